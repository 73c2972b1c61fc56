import type { ContractError, ErrorCode } from '../../src-preload/contract/result';

/** An error with a code the UI can act on and a message a person can read. */
export class AppError extends Error {
  /** INVALID_INPUT: the input a form shows the message by (ContractError.field). */
  readonly field: string | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; field?: string },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.field = options?.field;
  }

  toContract(): ContractError {
    const error = { code: this.code, message: this.message };
    return this.field === undefined ? error : { ...error, field: this.field };
  }
}

/** The message of anything thrown, for logs and for wrapping in a friendlier error. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The `code` of a Node or SQLite error (ENOENT, SQLITE_CONSTRAINT_UNIQUE…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** A write refused by a UNIQUE constraint or index. */
export const isUniqueViolation = (error: unknown): boolean => errorCode(error) === 'SQLITE_CONSTRAINT_UNIQUE';

/**
 * Why a request reached nothing: Node's fetch says "fetch failed" and keeps the reason
 * (ECONNREFUSED, ENOTFOUND, a certificate code…) in `cause`.
 */
export function networkReason(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return messageOf(error);
}
