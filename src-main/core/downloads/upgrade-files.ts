// The audit's Upgrade: one job per selected file, for the same title, profile and slot, that
// replaces that file once it is verified and filed (replace-file.ts). The file already on disk is
// converted (a local job, no network) when its problems are all ones converting fixes
// (upgrade-conversion.ts); otherwise it is downloaded again from its known source
// (upgrade-source.ts). Answers like `downloads:enqueueMany`: how many were queued, and the rest
// counted by reason.
import type { Database } from 'better-sqlite3';
import type { EnqueueManyResult } from '../../../src-preload/contract/downloads';
import type { ProcessingSettings } from '../../../src-preload/contract/processing';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import type { AuditProblem } from '../../../src-preload/contract/values';
import type { VideoSlot } from '../../../src-preload/contract/video-kinds';
import type { ProfileService } from '../profiles/profile-service';
import { pastedChoice, type NewJobChoice } from './job-choice';
import type { JobRow } from './job-store';
import { libraryFileSource, parseTrailerSource, type TrailerSource } from './trailer-source';
import { conversionSettings } from './upgrade-conversion';
import { noSourceSkip, UpgradeSources, type UpgradeLinkOrigin } from './upgrade-source';
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
  processingOverride?: ProcessingSettings,
) => JobRow;

export interface UpgradeDeps {
  sqlite: Database;
  profiles: Pick<ProfileService, 'list' | 'usable'>;
  insert: InsertJob;
  /** The audit's problems of a file, under the profiles as they are now (AuditStore.problemReader). */
  problems: (downloadId: number) => readonly AuditProblem[];
}

const choiceSource: Record<UpgradeLinkOrigin, NewJobChoice['source']> = {
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
      if ('code' in plan) {
        skipped.add(plan.code, plan.reason);
        continue;
      }
      try {
        // The file's own profile when it still exists and is on; a file found on disk, or of a
        // profile since deleted, gets the default one (as the audit checked it).
        const own = byName.get(plan.profileName);
        const profile = own?.enabled ? own : deps.profiles.usable();
        const conversion = conversionSettings(profile, deps.problems(downloadId));
        if (conversion !== null) {
          const choice = { ...pastedChoice, source: 'library-file' as const };
          // Stored only when it differs from the profile's: otherwise the job reads the profile's.
          const override = conversion === profile.processing ? undefined : conversion;
          const source = libraryFileSource(plan.downloadId);
          rows.push(
            deps.insert(plan.mediaId, profile, source, choice, false, plan.slot, plan.downloadId, override),
          );
          continue;
        }
        if (plan.link === null) {
          skipped.add(noSourceSkip.code, noSourceSkip.reason);
          continue;
        }
        const choice = { ...pastedChoice, source: choiceSource[plan.link.from] };
        const source = parseTrailerSource(plan.link.url);
        rows.push(deps.insert(plan.mediaId, profile, source, choice, false, plan.slot, plan.downloadId));
      } catch (error) {
        skipped.addRefusal(error);
      }
    }
  })();
  return { rows, result: { queued: rows.length, skipped: skipped.list() } };
}
