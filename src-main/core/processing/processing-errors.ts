// Why processing a download failed, in words a person can act on. The job runner maps the code to
// the job's error code (TOOL_MISSING as it is; PROCESSING_FAILED fails the job and keeps the
// download, so a retry only redoes processing). A cancel is not a failure: ProcessAborted passes
// through unchanged, as it does in verify-trailer.ts.
import { messageOf } from '../errors';
import { ProcessFailed, ProcessTimedOut } from '../process/process-errors';

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

/** The last few lines ffmpeg wrote before failing: the cause is usually among them, not only last. */
export function ffmpegReason(error: unknown): string {
  const tail = error instanceof ProcessFailed || error instanceof ProcessTimedOut ? error.stderrTail : '';
  const lines = tail
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length > 0 ? lines.slice(-3).join(' / ') : messageOf(error);
}
