// Where the audit's Upgrade gets a better copy of a file from. No search runs here (a library run
// re-ranks live, and nothing keeps its pool of links): the file is downloaded again from the source
// known for it, with its profile's current settings (resolution, codecs; the processing stage then
// converts and levels it). In order of trust:
//   1. the link of the job that filed this very file (same video, now fetched as the profile says);
//   2. the video id recorded on the file (its metadata, or its name);
//   3. for the title's own trailer, the link set on the title, else its NFO's trailer.
// (A link of a job that converted a file on disk names that file, not a video: it does not count.)
// A file with none of these is skipped with a reason: "Find trailer" on its title finds one, unless
// converting it on disk fixes it (upgrade-files.ts, upgrade-conversion.ts).
import type { Database, Statement } from 'better-sqlite3';
import { parseSlotKey, type VideoSlot, type VideoType } from '../../../src-preload/contract/video-kinds';

/** A file to replace and the link to replace it from (null: none known). */
export interface UpgradePlan {
  downloadId: number;
  mediaId: number;
  link: { url: string; from: UpgradeLinkOrigin } | null;
  /** The profile the file was filed with ('detected' for a file found on disk). */
  profileName: string;
  slot: VideoSlot;
}

/** Where the link came from: the choice recorded on the new job. */
export type UpgradeLinkOrigin = 'job' | 'file' | 'title' | 'nfo';

export interface UpgradeSkip {
  code: 'NOT_IN_LIBRARY' | 'NO_SOURCE';
  reason: string;
}

export const noSourceSkip: UpgradeSkip = {
  code: 'NO_SOURCE',
  reason: 'no source known, use Find trailer on the title',
};

interface SourceRow {
  id: number;
  media_id: number;
  profile_name: string;
  video_type: VideoType;
  season: number | null;
  language: string | null;
  youtube_id: string | null;
  job_url: string | null;
  job_slot: string | null;
  title_link: string | null;
  nfo_link: string | null;
}

export class UpgradeSources {
  private readonly byId: Statement<[number], SourceRow>;

  constructor(sqlite: Database) {
    // Prepared once: an Upgrade of a whole filter plans thousands of files in one transaction.
    this.byId = sqlite.prepare<[number], SourceRow>(
      `SELECT d.id, d.media_id, d.profile_name, d.video_type, d.season, d.language, d.youtube_id,
              CASE WHEN j.site = 'local' THEN NULL ELSE j.source_url END AS job_url, j.slot AS job_slot,
              m.trailer_source AS title_link, m.nfo_trailer_id AS nfo_link
       FROM download d JOIN media m ON m.id = d.media_id
       LEFT JOIN download_job j ON j.id = (
         SELECT max(id) FROM download_job WHERE download_id = d.id AND status = 'completed')
       WHERE d.id = ?`,
    );
  }

  /** The plan for one file, or why it cannot be upgraded. */
  of(downloadId: number): UpgradePlan | UpgradeSkip {
    const row = this.byId.get(downloadId);
    if (row === undefined) return { code: 'NOT_IN_LIBRARY', reason: 'no longer in the library' };
    const titleTrailer = row.video_type === 'trailer' && row.season === null;
    const found: [UpgradeLinkOrigin, string | null][] = [
      ['job', row.job_url],
      ['file', row.youtube_id],
      ['title', titleTrailer ? row.title_link : null],
      ['nfo', titleTrailer ? row.nfo_link : null],
    ];
    const known = found.find((entry): entry is [UpgradeLinkOrigin, string] => entry[1] !== null);
    const slot = (row.job_slot === null ? null : parseSlotKey(row.job_slot)) ?? {
      type: row.video_type,
      season: row.season,
      language: row.language,
      ordinal: 1,
    };
    return {
      downloadId: row.id,
      mediaId: row.media_id,
      link: known === undefined ? null : { url: known[1], from: known[0] },
      profileName: row.profile_name,
      slot,
    };
  }
}
