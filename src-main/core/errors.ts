import type { ContractError, ErrorCode } from '../../src-preload/contract/result';

/** An error with a code the UI can act on and a message a person can read. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }

  toContract(): ContractError {
    return { code: this.code, message: this.message };
  }
}

/** The message of anything thrown, for logs and for wrapping in a friendlier error. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
