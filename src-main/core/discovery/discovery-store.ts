// The database side of discovery: which titles still lack a trailer for a profile, what the last
// search found for them, and which candidates they must not be offered again.
import type { Database } from 'better-sqlite3';
import type { NeedsChoice, NeedsChoiceWindow } from '../../../src-preload/contract/discovery';
import type { AppDatabase } from '../db/open-database';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import {
  parseSlotKey,
  slotKey,
  slotLabel,
  titleTrailerSlot,
  type VideoSlot,
} from '../../../src-preload/contract/video-kinds';
import { usableVideo } from '../db/usable-trailer';
import { videoFaultCodes } from '../downloads/failure-blame';
import { unsatisfiedCondition } from './slot-sql';
import { wantedSlots, type SlotProfile } from './wanted-slots';

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

/** What the store needs of a profile to tell which slots a title still lacks. */
export type SlotOwner = SlotProfile & Pick<TrailerProfile, 'id' | 'acceptDetectedTrailers'>;

const LIVE = new Set(['queued', 'downloading', 'processing', 'paused']);

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

  /** Monitored titles (or the given ones) lacking a video the profile wants, by title. */
  unsatisfied(profile: SlotOwner, mediaIds?: number[]): TitleToSearch[] {
    const condition = unsatisfiedCondition(profile, profile.id, profile.acceptDetectedTrailers);
    // A selection is read by id (the primary key), not by filtering the whole library.
    const which = mediaIds ? 'm.id IN (SELECT value FROM json_each(@mediaIds))' : 'm.monitored = 1';
    return this.sqlite
      .prepare(
        `SELECT ${TITLE_COLUMNS} FROM media m
         WHERE ${which} AND ${condition.sql}
         ORDER BY m.sort_title, m.year, m.id`,
      )
      .all({
        ...condition.params,
        ...(mediaIds ? { mediaIds: JSON.stringify(mediaIds) } : {}),
      }) as TitleToSearch[];
  }

  /**
   * How many monitored titles a library-wide run would search for this profile: those lacking one
   * of its videos. A profile not saved yet (id 0) has no jobs, so only detected files can count.
   */
  unsatisfiedCount(profile: SlotProfile, profileId: number, acceptDetected: boolean): number {
    const condition = unsatisfiedCondition(profile, profileId, acceptDetected);
    return this.sqlite
      .prepare(`SELECT count(*) FROM media m WHERE m.monitored = 1 AND ${condition.sql}`)
      .pluck()
      .get(condition.params) as number;
  }

  /** Titles a library-wide run looks at. */
  monitoredCount(): number {
    return this.sqlite
      .prepare('SELECT count(*) FROM media WHERE monitored = 1 AND missing_since IS NULL')
      .pluck()
      .get() as number;
  }

  /** Season numbers with a folder on disk. */
  seasons(mediaId: number): number[] {
    return this.sqlite
      .prepare('SELECT season FROM media_season WHERE media_id = ? ORDER BY season')
      .pluck()
      .all(mediaId) as number[];
  }

  /**
   * The profile's slots the title still lacks, in the order they are filled (see wanted-slots.ts);
   * the same rules as unsatisfiedCondition, read for one title.
   */
  openSlots(mediaId: number, kind: TitleToSearch['kind'], profile: SlotOwner): VideoSlot[] {
    const slots = wantedSlots(profile, { kind, seasons: this.seasons(mediaId) });
    const jobs = this.sqlite
      .prepare(
        `SELECT j.slot, j.status, CASE WHEN d.id IS NOT NULL AND ${usableVideo('d')} THEN 1 ELSE 0 END AS usable
         FROM download_job j LEFT JOIN download d ON d.id = j.download_id
         WHERE j.media_id = ? AND +j.profile_id = ?`,
      )
      .all(mediaId, profile.id) as { slot: string; status: string; usable: number }[];
    const filled = new Set(
      jobs
        .filter((job) => LIVE.has(job.status) || (job.status === 'completed' && job.usable === 1))
        .map((job) => job.slot),
    );
    const detected = profile.acceptDetectedTrailers
      ? (this.sqlite
          .prepare(
            `SELECT video_type AS type, season, language FROM download d
             WHERE d.media_id = ? AND d.profile_name = 'detected' AND ${usableVideo('d')}`,
          )
          .all(mediaId) as { type: string; season: number | null; language: string | null }[])
      : [];
    const onDisk = (slot: VideoSlot) =>
      detected.filter(
        (file) =>
          file.type === slot.type &&
          file.season === slot.season &&
          (slot.language === null || file.language === slot.language),
      ).length >= slot.ordinal;
    return slots.filter((slot) => !filled.has(slotKey(slot)) && !onDisk(slot));
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

  /**
   * Videos the title already has for the profile (queued, downloading or downloaded): a video fills
   * one slot, so another slot is never offered it.
   */
  takenKeys(mediaId: number, profileId: number): { key: string; slot: string }[] {
    return this.sqlite
      .prepare(
        `SELECT coalesce(j.video_id, j.source_url) AS key, j.slot FROM download_job j LEFT JOIN download d ON d.id = j.download_id
         WHERE j.media_id = ? AND +j.profile_id = ?
           AND (j.status IN ('queued', 'downloading', 'processing', 'paused')
                OR (j.status = 'completed' AND ${usableVideo('d')}))`,
      )
      .all(mediaId, profileId) as { key: string; slot: string }[];
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
    slot: VideoSlot,
    outcome: StoredOutcome,
    best: { score: number | null; title: string | null; message: string | null },
  ): void {
    this.sqlite
      .prepare(
        `INSERT INTO discovery_result (media_id, profile_id, slot, outcome, best_score, best_title, message, checked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(media_id, profile_id, slot) DO UPDATE SET outcome = excluded.outcome,
           best_score = excluded.best_score, best_title = excluded.best_title, message = excluded.message,
           checked_at = excluded.checked_at`,
      )
      .run(
        mediaId,
        profileId,
        slotKey(slot),
        outcome,
        best.score,
        best.title,
        best.message,
        this.now().toISOString(),
      );
  }

  /**
   * Forgets the search results of titles that got a job for the profile (from any path), in one
   * transaction: a bulk queue reports thousands of jobs at once. Returns the titles that had one.
   */
  clearOutcomes(jobs: readonly { mediaId: number; profileId: number; slot: string }[]): number[] {
    const remove = this.sqlite.prepare(
      `DELETE FROM discovery_result WHERE media_id = ? AND profile_id = ? AND slot = ? AND outcome != 'queued'`,
    );
    return this.sqlite.transaction(() =>
      jobs
        .filter((job) => remove.run(job.mediaId, job.profileId, job.slot).changes > 0)
        .map((job) => job.mediaId),
    )();
  }

  /** One page of the Review list, newest check first (the id breaks ties), and its totals. */
  needsChoiceWindow(offset: number, limit: number): NeedsChoiceWindow {
    const rows = (
      this.sqlite
        .prepare(`${NEEDS_CHOICE} ORDER BY r.checked_at DESC, r.id DESC LIMIT ? OFFSET ?`)
        .all(limit, offset) as (Omit<NeedsChoice, 'slotLabel'> & { slot: string })[]
    ).map((row) => {
      const slot = parseSlotKey(row.slot) ?? titleTrailerSlot;
      return { ...row, slot: slotKey(slot), slotLabel: slotLabel(slot) };
    });
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
         p.name AS profileName, r.slot, r.outcome, r.best_score AS bestScore, r.best_title AS bestTitle,
         r.message, r.checked_at AS checkedAt
  FROM discovery_result r JOIN media m ON m.id = r.media_id JOIN trailer_profile p ON p.id = r.profile_id
  WHERE r.outcome IN ('needs-choice', 'no-candidates', 'error')`;
