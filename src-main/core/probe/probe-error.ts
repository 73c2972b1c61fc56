import { basename } from 'node:path';

/** ffprobe could not read a file, or said something we cannot trust. */
export class ProbeFailed extends Error {
  readonly code = 'PROBE_FAILED' as const;

  constructor(
    readonly path: string,
    /** ffprobe's complaint without the file's name, e.g. "Invalid data found when processing input." */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not read the video file "${basename(path)}": ${reason}`, options);
    this.name = 'ProbeFailed';
  }
}
