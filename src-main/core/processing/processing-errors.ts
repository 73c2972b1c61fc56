// Why processing a download failed, in words a person can act on. The job runner maps the code to
// the job's error code (TOOL_MISSING as it is; PROCESSING_FAILED fails the job and keeps the
// download, so a retry only redoes processing). A cancel is not a failure: ProcessAborted passes
// through unchanged, as it does in verify-trailer.ts.

export type ProcessingErrorCode = 'PROCESSING_FAILED' | 'TOOL_MISSING';

export class ProcessingFailed extends Error {
  constructor(
    readonly code: ProcessingErrorCode,
    message: string,
    /** What the person can do about it. */
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ProcessingFailed';
  }
}
