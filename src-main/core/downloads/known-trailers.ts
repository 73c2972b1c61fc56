// "Download missing" for a selection of titles: one job per title for the trailer link it already
// knows (the link set on the title wins over the NFO's; the job records which one it was). Answers
// counts, like every bulk queueing: how many were queued, and the rest counted by reason.
import type { Database } from 'better-sqlite3';
import type { EnqueueManyResult } from '../../../src-preload/contract/downloads';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import { pastedChoice, type NewJobChoice } from './job-choice';
import type { JobRow } from './job-store';
import { SkipTally } from './skip-tally';
import { parseTrailerSource, type TrailerSource } from './trailer-source';

export interface KnownTrailerDeps {
  sqlite: Database;
  /** The download service's insert for the title's trailer (emit false: the caller announces). */
  insert: (
    mediaId: number,
    profile: TrailerProfile,
    source: TrailerSource,
    choice: NewJobChoice,
    emit: boolean,
  ) => JobRow;
}

/** Queues, in one transaction, the known trailer of each title; the rows for the caller to announce. */
export function queueKnownTrailers(
  deps: KnownTrailerDeps,
  profile: TrailerProfile,
  mediaIds: readonly number[],
): { rows: JobRow[]; result: EnqueueManyResult } {
  const sources = deps.sqlite.prepare<[number], { set: string | null; nfo: string | null }>(
    'SELECT trailer_source AS "set", nfo_trailer_id AS nfo FROM media WHERE id = ?',
  );
  const skipped = new SkipTally();
  const rows: JobRow[] = [];
  deps.sqlite.transaction(() => {
    for (const mediaId of new Set(mediaIds)) {
      const known = sources.get(mediaId);
      if (known === undefined) {
        skipped.add('NOT_IN_LIBRARY', 'no longer in the library');
        continue;
      }
      const link = known.set ?? known.nfo;
      if (link === null) {
        skipped.add('NO_LINK', 'no trailer link known');
        continue;
      }
      const choice: NewJobChoice = { ...pastedChoice, source: known.set === null ? 'nfo' : 'manual' };
      try {
        rows.push(deps.insert(mediaId, profile, parseTrailerSource(link), choice, false));
      } catch (error) {
        skipped.addRefusal(error);
      }
    }
  })();
  return { rows, result: { queued: rows.length, skipped: skipped.list() } };
}
