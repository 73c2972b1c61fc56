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
  /** The top of a file system or a system folder such as /proc: never a library. */
  'ROOT_NOT_ALLOWED',
  'PATH_NOT_ALLOWED',
  'UNSUPPORTED',
  /** The title already has a queued or running job for that profile. */
  'ALREADY_QUEUED',
  /** The job cannot do that in its current status (pause a completed job, say). */
  'JOB_STATE_CONFLICT',
  /** The chosen profile is switched off in Settings. */
  'PROFILE_DISABLED',
  /** The operating system refused a file operation (permissions, a read-only share). */
  'FILE_OPERATION_FAILED',
  /** The internet, or the site, cannot be reached (name not found, connection refused). */
  'OFFLINE',
  /** A connected app (Radarr, Sonarr, Plex, Jellyfin, Emby) could not be reached or refused the request. */
  'CONNECTION_FAILED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ContractError {
  code: ErrorCode;
  /** For a person to read; never names internal fields. */
  message: string;
  /** INVALID_INPUT: which input was refused ("tmdbBaseUrl"), for a form to show the message by it. */
  field?: string;
}

/** What every procedure returns over either transport; thrown errors never cross it. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ContractError };
