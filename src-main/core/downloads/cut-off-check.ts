// The check between yt-dlp's fetch and finish steps: is every file the site sent whole? It reads
// the files as they arrived, before ffmpeg rewrites a cut-off file into a clean, shorter one whose
// header agrees with its data, after which nothing shows that anything is missing.
import { basename } from 'node:path';
import { ProbeFailed } from '../probe/probe-error';
import type { ProbeFile } from '../probe/types';
import { formatSeconds, isCutOff, isMuchShorter, type ReadableEnd } from './verify-trailer';

export interface CutOffCheckDeps {
  probe: ProbeFile;
  /** Where a file's data really ends; without it only the site's length is compared. */
  readableEnd?: ReadableEnd;
}

/** The person's message when a download arrived cut off. */
export function cutOffMessage(detail: string): string {
  return `The download was cut off: ${detail}. Nothing was filed.`;
}

export const cutOffHint =
  'The site sent less than the whole video. Retry downloads it again; if it keeps happening, try another link.';

/**
 * Why the fetched files are not whole (a sentence for cutOffMessage), or null when each one holds
 * all it says it holds and, when the site gave a length, about that length. A file whose length
 * cannot be read is left to the verification after the finish step.
 */
export async function findCutOff(
  files: readonly string[],
  expectedDurationSeconds: number | null,
  deps: CutOffCheckDeps,
  signal?: AbortSignal,
): Promise<string | null> {
  for (const file of files) {
    const problem = await cutOffIn(file, expectedDurationSeconds, deps, signal).catch((error: unknown) => {
      if (error instanceof ProbeFailed) return `"${basename(file)}" cannot be read to the end`;
      throw error;
    });
    if (problem) return problem;
  }
  return null;
}

async function cutOffIn(
  file: string,
  expected: number | null,
  deps: CutOffCheckDeps,
  signal?: AbortSignal,
): Promise<string | null> {
  const duration = (await deps.probe(file, signal)).durationSeconds;
  if (duration === null || !(duration > 0)) return null;
  if (expected !== null && expected > 0 && isMuchShorter(duration, expected)) {
    return `the video on the site lasts ${formatSeconds(expected)}, but only ${formatSeconds(duration)} arrived`;
  }
  const end = deps.readableEnd ? await deps.readableEnd(file, duration, signal) : null;
  if (end !== null && isCutOff(end, duration)) {
    return `the file says it lasts ${formatSeconds(duration)}, but its data stops after ${formatSeconds(end)}`;
  }
  return null;
}
