import type { DownloadRow } from '../db/schema';
import type { ProbeFile } from '../probe/types';
import { extensionOf } from './detect-trailers';
import type { IssueList } from './fs-entries';
import { forEachLimit } from './map-limit';
import type { FoundTrailer } from './scan-title';
import { messageOf } from '../errors';

/** What the download row records about a trailer file's content: those columns, no more. */
export type TrailerFacts = Pick<
  DownloadRow,
  | 'resolution'
  | 'fileFormat'
  | 'videoFormat'
  | 'audioFormat'
  | 'audioLanguage'
  | 'subtitleFormat'
  | 'subtitleLanguage'
  | 'duration'
  | 'youtubeId'
>;

/** ffprobe is a process per file: two at a time keeps a 2-core machine usable during a first scan. */
export const PROBE_CONCURRENCY = 2;

/** What is known of a file ffprobe could not read: its container, by extension. */
export function factsFromName(fileName: string): TrailerFacts {
  return {
    resolution: null,
    fileFormat: extensionOf(fileName) || null,
    videoFormat: null,
    audioFormat: null,
    audioLanguage: null,
    subtitleFormat: null,
    subtitleLanguage: null,
    duration: null,
    youtubeId: null,
  };
}

/**
 * Probes trailer files outside any database transaction. A file that fails keeps the facts its
 * name gives and is reported as probe-failed; an abort stops starting new probes.
 */
export async function probeTrailers(
  trailers: readonly FoundTrailer[],
  probe: ProbeFile,
  issues: IssueList,
  onDone: () => void,
  signal: AbortSignal,
): Promise<Map<string, TrailerFacts>> {
  const facts = new Map<string, TrailerFacts>();
  await forEachLimit(
    trailers,
    PROBE_CONCURRENCY,
    async (trailer) => {
      try {
        const r = await probe(trailer.path, signal);
        facts.set(trailer.path, {
          resolution: r.resolution,
          fileFormat: r.fileFormat ?? (extensionOf(trailer.fileName) || null),
          videoFormat: r.videoFormat,
          audioFormat: r.audioFormat,
          audioLanguage: r.audioLanguage,
          subtitleFormat: r.subtitleFormat,
          subtitleLanguage: r.subtitleLanguage,
          duration: r.durationSeconds,
          youtubeId: r.youtubeId,
        });
      } catch (error) {
        if (signal.aborted) return;
        facts.set(trailer.path, factsFromName(trailer.fileName));
        const reason = messageOf(error);
        issues.add(trailer.path, 'probe-failed', `Recorded without its details: ${reason}`);
      }
      onDone();
    },
    signal,
  );
  return facts;
}
