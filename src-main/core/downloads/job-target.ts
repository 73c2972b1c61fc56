// Where a finished job's file goes: the naming preset's name for the job's slot, in the season's
// folder as the scan found it, with the video's own title when the job was chosen from results.
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import type { NamingPreset } from '../../../src-preload/contract/video-kinds';
import type { AppDatabase } from '../db/open-database';
import { videoPath } from '../naming/video-path';
import type { PlacementFacts } from '../profiles/placement';
import { jobSlot, type JobRow } from './job-store';

/** The title a job files into. */
export interface MediaTarget {
  id: number;
  title: string;
  year: number | null;
  kind: 'movie' | 'series';
  folderPath: string;
}

/** The path relative to the title's folder, "/" between folders. */
export function jobTargetPath(
  db: AppDatabase,
  job: JobRow,
  media: MediaTarget,
  profile: TrailerProfile,
  preset: NamingPreset,
  facts: PlacementFacts,
): string {
  const slot = jobSlot(job);
  return videoPath({
    preset,
    profile,
    media,
    slot,
    seasonFolder: slot.season === null ? null : seasonFolderOf(db, media.id, slot.season),
    videoTitle: videoTitleOf(db, job.id),
    facts,
  });
}

/** The season's folder as the scan found it; null when it has none yet (filing creates "Season NN"). */
function seasonFolderOf(db: AppDatabase, mediaId: number, season: number): string | null {
  const folder = db.$client
    .prepare('SELECT folder_name FROM media_season WHERE media_id = ? AND season = ?')
    .pluck()
    .get(mediaId, season);
  return typeof folder === 'string' ? folder : null;
}

/** The video's title as its source named it, when the job was chosen from search results. */
function videoTitleOf(db: AppDatabase, jobId: number): string | null {
  const title = db.$client.prepare('SELECT choice_title FROM download_job WHERE id = ?').pluck().get(jobId);
  return typeof title === 'string' ? title : null;
}
