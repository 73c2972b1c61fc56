import {
  isProcedureName,
  procedures,
  type ProcedureName,
  type ProcedureOutput,
  type Procedures,
} from '../../../src-preload/contract/procedures';
import type { Result } from '../../../src-preload/contract/result';
import type { z } from 'zod';
import { AppError } from '../errors';
import { invalidInputField, invalidInputMessage } from './input-error';

/** One implementation per procedure; it receives the already validated input. */
export type Handlers = {
  [K in ProcedureName]: (
    input: z.output<Procedures[K]['input']>,
  ) => ProcedureOutput<K> | Promise<ProcedureOutput<K>>;
};

export type Dispatch = (name: unknown, rawInput: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Where unexpected failures go; the caller only ever sees a generic INTERNAL error. */
  onInternalError?: (name: string, error: unknown) => void;
}

/**
 * The single entry both transports use: checks the name, parses the payload with the contract's
 * schema, runs the handler and turns every outcome into a Result. Nothing thrown escapes.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (name, rawInput) => {
    if (!isProcedureName(name)) {
      return fail('UNKNOWN_PROCEDURE', `There is no procedure called ${describe(name)}.`);
    }
    const parsed = procedures[name].input.safeParse(rawInput);
    if (!parsed.success) {
      const field = invalidInputField(parsed.error);
      const error = { code: 'INVALID_INPUT' as const, message: invalidInputMessage(parsed.error) };
      return { ok: false as const, error: field ? { ...error, field } : error };
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toContract() };
      options.onInternalError?.(name, error);
      return fail('INTERNAL', 'Something went wrong inside Trailerdeck. The details are in the log.');
    }
  };
}

function fail(code: 'UNKNOWN_PROCEDURE' | 'INTERNAL', message: string) {
  return { ok: false as const, error: { code, message } };
}

function describe(name: unknown): string {
  if (typeof name !== 'string') return `a ${typeof name}`;
  return JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
}
