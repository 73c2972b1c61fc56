import type { JobErrorCode } from '../../../src-preload/contract/downloads';

/** Why a job stopped, classified: transient failures go back in the queue, the rest fail the job. */
export class JobFailure extends Error {
  constructor(
    readonly code: JobErrorCode,
    message: string,
    readonly options: {
      transient?: boolean;
      hint?: string;
      /** Keep the finished download so a retry files it without downloading again. */
      keepDownload?: boolean;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'JobFailure';
  }

  get transient(): boolean {
    return this.options.transient ?? false;
  }
}

/**
 * Failures that keep the finished download: placement and processing ones, so a retry after fixing
 * the folder (or installing ffmpeg) files it at once, or redoes only the processing.
 */
export const keptForRetry: ReadonlySet<JobErrorCode> = new Set<JobErrorCode>([
  'PERMISSION_DENIED',
  'DISK_FULL',
  'TITLE_FOLDER_MISSING',
  'PROCESSING_FAILED',
  'FFMPEG_MISSING',
]);
