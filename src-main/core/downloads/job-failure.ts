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
