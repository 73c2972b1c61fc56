import type { DownloadRow } from '../db/schema';
import { ProbeFailed } from '../probe/probe-error';
import type { ProbeFile, ProbeResult } from '../probe/types';
import { ProcessTimedOut } from '../process/process-errors';
import { extensionOf } from './detect-trailers';
import type { IssueList } from './fs-entries';
import { forEachLimit } from './map-limit';
import type { FoundTrailer } from './scan-title';
import { messageOf } from '../errors';

/** What the download row records about a trailer file's content: those columns, no more. */
export type TrailerFacts = Pick<
  DownloadRow,
  | 'resolution'
  | 'width'
  | 'height'
  | 'fileFormat'
  | 'videoFormat'
  | 'audioFormat'
  | 'audioLanguage'
  | 'subtitleFormat'
  | 'subtitleLanguage'
  | 'duration'
  | 'youtubeId'
  | 'problem'
>;

/** A file's facts, and whether they are final: unchecked files are probed again by the next scan. */
export interface ProbedTrailer {
  facts: TrailerFacts;
  checked: boolean;
}

/** ffprobe is a process per file: two at a time keeps a 2-core machine usable during a first scan. */
export const PROBE_CONCURRENCY = 2;

/** What is known of a file ffprobe could not read: its container, by extension. */
export function factsFromName(fileName: string, problem: string | null = null): TrailerFacts {
  return {
    resolution: null,
    width: null,
    height: null,
    fileFormat: extensionOf(fileName) || null,
    videoFormat: null,
    audioFormat: null,
    audioLanguage: null,
    subtitleFormat: null,
    subtitleLanguage: null,
    duration: null,
    youtubeId: null,
    problem,
  };
}

/** Why a file ffprobe read is still no trailer: media servers would play nothing to look at. */
function contentProblem(r: ProbeResult): string | null {
  if (r.streamCounts.video > 0) return null;
  return r.streamCounts.audio > 0 ? 'It has no video stream, only sound.' : 'It has no video stream.';
}

function factsFromProbe(r: ProbeResult, fileName: string): TrailerFacts {
  return {
    resolution: r.resolution,
    width: r.width,
    height: r.height,
    fileFormat: r.fileFormat ?? (extensionOf(fileName) || null),
    videoFormat: r.videoFormat,
    audioFormat: r.audioFormat,
    audioLanguage: r.audioLanguage,
    subtitleFormat: r.subtitleFormat,
    subtitleLanguage: r.subtitleLanguage,
    duration: r.durationSeconds,
    youtubeId: r.youtubeId,
    problem: contentProblem(r),
  };
}

/**
 * True when ffprobe's failure says something about the file. A timeout (a sleeping share) or a
 * missing ffprobe says nothing: such a file is not called broken, and is looked at again.
 */
const isFileFault = (error: unknown): error is ProbeFailed =>
  error instanceof ProbeFailed && !(error.cause instanceof ProcessTimedOut);

/**
 * Probes trailer files outside any database transaction. An empty file, one ffprobe cannot read,
 * or one without a video stream is recorded with its problem (a broken trailer, which counts as
 * none) and listed in the summary; a file that could not be checked at all keeps the facts its
 * name gives, unchecked. An abort stops starting new probes.
 */
export async function probeTrailers(
  trailers: readonly FoundTrailer[],
  probe: ProbeFile,
  issues: IssueList,
  onDone: () => void,
  signal: AbortSignal,
): Promise<Map<string, ProbedTrailer>> {
  const probed = new Map<string, ProbedTrailer>();
  const broken = (trailer: FoundTrailer, problem: string): void => {
    probed.set(trailer.path, { facts: factsFromName(trailer.fileName, problem), checked: true });
    issues.add(trailer.path, 'probe-failed', `Recorded as a broken trailer: ${problem}`);
  };
  await forEachLimit(
    trailers,
    PROBE_CONCURRENCY,
    async (trailer) => {
      // ffprobe has nothing to say about no bytes at all; the plain fact is clearer.
      if (trailer.size === 0) {
        broken(trailer, 'The file is empty (0 bytes).');
        onDone();
        return;
      }
      try {
        const facts = factsFromProbe(await probe(trailer.path, signal), trailer.fileName);
        probed.set(trailer.path, { facts, checked: true });
        if (facts.problem)
          issues.add(trailer.path, 'probe-failed', `Recorded as a broken trailer: ${facts.problem}`);
      } catch (error) {
        if (signal.aborted) return;
        if (isFileFault(error)) {
          broken(trailer, `ffprobe cannot read it: ${error.reason}`);
        } else {
          probed.set(trailer.path, { facts: factsFromName(trailer.fileName), checked: false });
          const reason = messageOf(error);
          issues.add(trailer.path, 'probe-failed', `Not checked, looked at again next scan: ${reason}`);
        }
      }
      onDone();
    },
    signal,
  );
  return probed;
}
