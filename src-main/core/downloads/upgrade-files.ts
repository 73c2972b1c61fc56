// The audit's Upgrade: one job per selected file, for the same title, profile and slot, that
// replaces that file once it is verified and filed (replace-file.ts). Answers like
// `downloads:enqueueMany`: how many were queued, and the rest counted by reason.
import type { Database } from 'better-sqlite3';
import type { EnqueueManyResult } from '../../../src-preload/contract/downloads';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import type { VideoSlot } from '../../../src-preload/contract/video-kinds';
import type { ProfileService } from '../profiles/profile-service';
import { pastedChoice, type NewJobChoice } from './job-choice';
import type { JobRow } from './job-store';
import { parseTrailerSource, type TrailerSource } from './trailer-source';
import { UpgradeSources, type UpgradePlan } from './upgrade-source';
import { SkipTally } from './skip-tally';

/** The download service's insert (emit false: the caller announces the batch once). */
export type InsertJob = (
  mediaId: number,
  profile: TrailerProfile,
  source: TrailerSource,
  choice: NewJobChoice,
  emit: boolean,
  slot: VideoSlot,
  replacesDownloadId: number,
) => JobRow;

export interface UpgradeDeps {
  sqlite: Database;
  profiles: Pick<ProfileService, 'list' | 'usable'>;
  insert: InsertJob;
}

const choiceSource: Record<UpgradePlan['from'], NewJobChoice['source']> = {
  job: 'manual',
  file: 'manual',
  title: 'manual',
  nfo: 'nfo',
};

/** Queues the upgrades in one transaction; returns the jobs queued and the skips. */
export function upgradeFiles(
  deps: UpgradeDeps,
  downloadIds: readonly number[],
): { rows: JobRow[]; result: EnqueueManyResult } {
  const sources = new UpgradeSources(deps.sqlite);
  const byName = new Map(deps.profiles.list().map((profile) => [profile.name, profile]));
  const skipped = new SkipTally();
  const rows: JobRow[] = [];
  deps.sqlite.transaction(() => {
    for (const downloadId of new Set(downloadIds)) {
      const plan = sources.of(downloadId);
      if (!('source' in plan)) {
        skipped.add(plan.code, plan.reason);
        continue;
      }
      try {
        // The file's own profile when it still exists and is on; a file found on disk, or of a
        // profile since deleted, gets the default one (as the audit checked it).
        const own = byName.get(plan.profileName);
        const profile = own?.enabled ? own : deps.profiles.usable();
        const choice = { ...pastedChoice, source: choiceSource[plan.from] };
        const source = parseTrailerSource(plan.source);
        rows.push(deps.insert(plan.mediaId, profile, source, choice, false, plan.slot, plan.downloadId));
      } catch (error) {
        skipped.addRefusal(error);
      }
    }
  })();
  return { rows, result: { queued: rows.length, skipped: skipped.list() } };
}
