/** Every error code the UI can act on. Keep in sync with the messages the renderer shows. */
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_PROCEDURE',
  'NOT_FOUND',
  'ROOT_NOT_FOUND',
  'ROOT_NOT_DIRECTORY',
  'ROOT_NOT_READABLE',
  'ROOT_ALREADY_ADDED',
  'ROOT_OVERLAPS',
  'PATH_NOT_ALLOWED',
  'UNSUPPORTED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ContractError {
  code: ErrorCode;
  message: string;
}

/** What every procedure returns over either transport; thrown errors never cross it. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ContractError };
