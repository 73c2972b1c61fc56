// The database side of discovery: which titles still lack a trailer for a profile, what the last
// search found for them, and which candidates they must not be offered again.
import type { Database } from 'better-sqlite3';
import type { NeedsChoice, NeedsChoiceWindow } from '../../../src-preload/contract/discovery';
import type { AppDatabase } from '../db/open-database';
import { usableTrailer } from '../db/usable-trailer';
import { videoFaultCodes } from '../downloads/failure-blame';

export interface TitleToSearch {
  id: number;
  title: string;
  year: number | null;
  kind: 'movie' | 'series';
  folderPath: string;
  imdbId: string | null;
  tmdbId: string | null;
  trailerSource: string | null;
  nfoTrailerId: string | null;
  /** Radarr's `youTubeTrailerId` for this title folder, from a connection that still lists it. */
  arrTrailerId: string | null;
}

export type StoredOutcome = 'queued' | 'needs-choice' | 'no-candidates' | 'error';

const TITLE_COLUMNS = `m.id, m.title, m.year, m.kind, m.folder_path AS folderPath, m.imdb_id AS imdbId,
  m.tmdb_id AS tmdbId, m.trailer_source AS trailerSource, m.nfo_trailer_id AS nfoTrailerId,
  (SELECT a.youtube_trailer_id FROM arr_item a
   WHERE a.media_id = m.id AND a.youtube_trailer_id IS NOT NULL AND a.removed_at IS NULL AND a.skipped = 0
   ORDER BY a.connection_id LIMIT 1) AS arrTrailerId`;

// Satisfied: a completed trailer of this profile whose file still exists and is not broken, or
// (when the profile accepts them) a usable trailer found on disk; or a job for this profile already
// in the queue. A broken file named like a trailer (empty, unreadable, sound only) satisfies nothing.
const UNSATISFIED = `
  m.missing_since IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM download_job j LEFT JOIN download d ON d.id = j.download_id
    WHERE j.media_id = m.id AND j.profile_id = @profileId
      AND (j.status IN ('queued', 'downloading', 'processing', 'paused')
           OR (j.status = 'completed' AND ${usableTrailer('d')})))
  AND NOT (@acceptDetected = 1 AND EXISTS (
    SELECT 1 FROM download d WHERE d.media_id = m.id AND d.profile_name = 'detected' AND ${usableTrailer('d')}))`;

export class DiscoveryStore {
  private readonly sqlite: Database;

  constructor(
    db: AppDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.sqlite = db.$client;
  }

  title(mediaId: number): TitleToSearch | undefined {
    return this.sqlite.prepare(`SELECT ${TITLE_COLUMNS} FROM media m WHERE m.id = ?`).get(mediaId) as
      TitleToSearch | undefined;
  }

  /** Monitored titles (or the given ones) without a trailer for the profile, by title. */
  unsatisfied(profileId: number, acceptDetected: boolean, mediaIds?: number[]): TitleToSearch[] {
    const params = { profileId, acceptDetected: acceptDetected ? 1 : 0 };
    const rows = this.sqlite
      .prepare(
        `SELECT ${TITLE_COLUMNS} FROM media m
         WHERE ${mediaIds ? '1 = 1' : 'm.monitored = 1'} AND ${UNSATISFIED}
         ORDER BY m.sort_title, m.year, m.id`,
      )
      .all(params) as TitleToSearch[];
    if (!mediaIds) return rows;
    const wanted = new Set(mediaIds);
    return rows.filter((row) => wanted.has(row.id));
  }

  /**
   * How many monitored titles a library-wide run would search for this profile: those without its
   * trailer. A profile not saved yet (id 0) has no downloads, so only detected trailers can count.
   */
  unsatisfiedCount(profileId: number, acceptDetected: boolean): number {
    return this.sqlite
      .prepare(`SELECT count(*) FROM media m WHERE m.monitored = 1 AND ${UNSATISFIED}`)
      .pluck()
      .get({ profileId, acceptDetected: acceptDetected ? 1 : 0 }) as number;
  }

  /** Titles a library-wide run looks at. */
  monitoredCount(): number {
    return this.sqlite
      .prepare('SELECT count(*) FROM media WHERE monitored = 1 AND missing_since IS NULL')
      .pluck()
      .get() as number;
  }

  isSatisfied(mediaId: number, profileId: number, acceptDetected: boolean): boolean {
    const found = this.sqlite
      .prepare(`SELECT 1 FROM media m WHERE m.id = @mediaId AND ${UNSATISFIED}`)
      .get({ mediaId, profileId, acceptDetected: acceptDetected ? 1 : 0 });
    return found === undefined;
  }

  /**
   * Keys (video ids or links) never to offer this title again: those the person refused, and
   * those whose download failed because of the video itself (see failure-blame.ts).
   */
  excludedKeys(mediaId: number): Set<string> {
    const keys = this.sqlite
      .prepare(
        `SELECT candidate_key FROM rejected_candidate WHERE media_id = ?
         UNION SELECT coalesce(video_id, source_url) FROM download_job
           WHERE media_id = ? AND status = 'failed'
             AND error_code IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .all(mediaId, mediaId, JSON.stringify(videoFaultCodes)) as string[];
    return new Set(keys);
  }

  /** The person said "Not this one". Failed downloads need no row: they are read from the jobs. */
  reject(mediaId: number, key: string): void {
    this.sqlite
      .prepare(
        `INSERT INTO rejected_candidate (media_id, candidate_key, reason, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(media_id, candidate_key) DO NOTHING`,
      )
      .run(mediaId, key, 'rejected', this.now().toISOString());
  }

  saveOutcome(
    mediaId: number,
    profileId: number,
    outcome: StoredOutcome,
    best: { score: number | null; title: string | null; message: string | null },
  ): void {
    this.sqlite
      .prepare(
        `INSERT INTO discovery_result (media_id, profile_id, outcome, best_score, best_title, message, checked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(media_id, profile_id, slot) DO UPDATE SET outcome = excluded.outcome,
           best_score = excluded.best_score, best_title = excluded.best_title, message = excluded.message,
           checked_at = excluded.checked_at`,
      )
      .run(mediaId, profileId, outcome, best.score, best.title, best.message, this.now().toISOString());
  }

  /**
   * Forgets the search results of titles that got a job for the profile (from any path), in one
   * transaction: a bulk queue reports thousands of jobs at once. Returns the titles that had one.
   */
  clearOutcomes(jobs: readonly { mediaId: number; profileId: number }[]): number[] {
    const remove = this.sqlite.prepare(
      `DELETE FROM discovery_result WHERE media_id = ? AND profile_id = ? AND outcome != 'queued'`,
    );
    return this.sqlite.transaction(() =>
      jobs.filter((job) => remove.run(job.mediaId, job.profileId).changes > 0).map((job) => job.mediaId),
    )();
  }

  /** One page of the Review list, newest check first (the id breaks ties), and its totals. */
  needsChoiceWindow(offset: number, limit: number): NeedsChoiceWindow {
    const rows = this.sqlite
      .prepare(`${NEEDS_CHOICE} ORDER BY r.checked_at DESC, r.id DESC LIMIT ? OFFSET ?`)
      .all(limit, offset) as NeedsChoice[];
    const totals = this.sqlite
      .prepare(
        `SELECT count(*) AS total, count(DISTINCT media_id) AS titles FROM discovery_result
         WHERE outcome IN ('needs-choice', 'no-candidates', 'error')`,
      )
      .get() as { total: number; titles: number };
    return { rows, offset, ...totals };
  }
}

const NEEDS_CHOICE = `
  SELECT r.media_id AS mediaId, m.title AS mediaTitle, m.year AS mediaYear, r.profile_id AS profileId,
         p.name AS profileName, r.outcome, r.best_score AS bestScore, r.best_title AS bestTitle,
         r.message, r.checked_at AS checkedAt
  FROM discovery_result r JOIN media m ON m.id = r.media_id JOIN trailer_profile p ON p.id = r.profile_id
  WHERE r.outcome IN ('needs-choice', 'no-candidates', 'error')`;
