// The download_job table: every read and write of jobs goes through here, and every status change
// is checked against the transition table inside the same transaction that writes it.
import type { Database, Statement } from 'better-sqlite3';
import type {
  DownloadJob,
  JobErrorCode,
  JobFilter,
  JobStatus,
} from '../../../src-preload/contract/downloads';
import {
  parseSlotKey,
  slotKey,
  titleTrailerSlot,
  type VideoSlot,
  type VideoType,
} from '../../../src-preload/contract/video-kinds';
import type { ProcessingSettings } from '../../../src-preload/contract/processing';
import type { AppDatabase } from '../db/open-database';
import { AppError } from '../errors';
import {
  choiceColumns,
  pastedChoice,
  readChoiceSummary,
  type ChoiceColumns,
  type NewJobChoice,
} from './job-choice';
import { assertTransition } from './job-transitions';
import type { SiteLane } from './trailer-source';

export interface JobRow extends ChoiceColumns {
  id: number;
  media_id: number;
  profile_id: number | null;
  profile_name: string;
  source_url: string;
  video_id: string | null;
  site: SiteLane;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  error_code: string | null;
  error_message: string | null;
  error_hint: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  next_attempt_at: string | null;
  temp_dir: string;
  final_path: string | null;
  holder: string | null;
  held_since: string | null;
  worker_pid: number | null;
  download_id: number | null;
  updated_at: string;
  media_title: string;
  media_year: number | null;
  slot: string;
  video_type: VideoType;
  season: number | null;
  language: string | null;
  /** The file this job replaces when it completes (the audit's Upgrade); null for a plain download. */
  replaces_download_id: number | null;
  /** JSON processing settings used instead of the profile's (an Upgrade that converts); else null. */
  processing_override: string | null;
}

export interface NewJob {
  mediaId: number;
  profileId: number;
  profileName: string;
  sourceUrl: string;
  videoId: string | null;
  site: SiteLane;
  maxAttempts: number;
  /** Why this video: its source, score and reasons as they were when it was queued (default: a link given by the person). */
  choice?: NewJobChoice;
  /** Called with the new id: the job's own temp folder is named after it. */
  tempDirFor: (jobId: number) => string;
  /** The video it fills; default the title's trailer. */
  slot?: VideoSlot;
  /** The file it replaces once it is verified and filed (see replace-file.ts). */
  replacesDownloadId?: number;
  /** Processing settings to use instead of the profile's (an Upgrade that converts on disk). */
  processingOverride?: ProcessingSettings;
}

/** Columns a status change may set along with the status. */
export interface JobPatch {
  attempts?: number;
  errorCode?: JobErrorCode | null;
  errorMessage?: string | null;
  errorHint?: string | null;
  startedAt?: string | null;
  finishedAt?: string | null;
  nextAttemptAt?: string | null;
  finalPath?: string | null;
  holder?: string | null;
  heldSince?: string | null;
  workerPid?: number | null;
  downloadId?: number | null;
  maxAttempts?: number;
}

const patchColumns: Record<keyof JobPatch, string> = {
  attempts: 'attempts',
  errorCode: 'error_code',
  errorMessage: 'error_message',
  errorHint: 'error_hint',
  startedAt: 'started_at',
  finishedAt: 'finished_at',
  nextAttemptAt: 'next_attempt_at',
  finalPath: 'final_path',
  holder: 'holder',
  heldSince: 'held_since',
  workerPid: 'worker_pid',
  downloadId: 'download_id',
  maxAttempts: 'max_attempts',
};

const siteLanes: readonly SiteLane[] = ['youtube', 'other', 'local'];

const SELECT_JOB = `
  SELECT j.*, m.title AS media_title, m.year AS media_year
  FROM download_job j JOIN media m ON m.id = j.media_id`;

const filterClauses: Record<JobFilter, string> = {
  active: `j.status IN ('queued', 'downloading', 'processing', 'paused')`,
  completed: `j.status = 'completed'`,
  failed: `j.status IN ('failed', 'cancelled')`,
  all: '1 = 1',
};

/** The video a job fills, from its columns (the ordinal lives only in the slot key). */
export function jobSlot(row: Pick<JobRow, 'slot' | 'video_type' | 'season' | 'language'>): VideoSlot {
  return {
    type: row.video_type,
    season: row.season,
    language: row.language,
    ordinal: parseSlotKey(row.slot)?.ordinal ?? 1,
  };
}

export function toDownloadJob(row: JobRow): DownloadJob {
  return {
    id: row.id,
    mediaId: row.media_id,
    mediaTitle: row.media_title,
    mediaYear: row.media_year,
    profileId: row.profile_id,
    profileName: row.profile_name,
    sourceUrl: row.source_url,
    videoId: row.video_id,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    errorCode: row.error_code as JobErrorCode | null,
    errorMessage: row.error_message,
    errorHint: row.error_hint,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    nextAttemptAt: row.next_attempt_at,
    finalPath: row.final_path,
    downloadId: row.download_id,
    choice: readChoiceSummary(row),
    slot: jobSlot(row),
  };
}

export class JobStore {
  private readonly sqlite: Database;
  private readonly byId: Statement<[number]>;
  private readonly runnable: Statement<[SiteLane, string, number]>;
  // Prepared once: a bulk run inserts and moves thousands of jobs, and preparing is a good part of
  // each (one UPDATE per set of columns a transition writes: a handful of shapes).
  private readonly liveJob: Statement<[number, number, string]>;
  private readonly insertRow: Statement<unknown[]>;
  private readonly setTempDir: Statement<[string, number]>;
  private readonly setReplaces: Statement<[number, string | null, number]>;
  private readonly queuedOf: Statement<[string], { mediaId: number; profileId: number; slot: string }>;
  private readonly updates = new Map<string, Statement<unknown[]>>();

  constructor(
    db: AppDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.sqlite = db.$client;
    this.byId = this.sqlite.prepare(`${SELECT_JOB} WHERE j.id = ?`);
    this.liveJob = this.sqlite
      .prepare<[number, number, string]>(
        `SELECT id FROM download_job WHERE media_id = ? AND profile_id = ? AND slot = ?
         AND status IN ('queued', 'downloading', 'processing', 'paused')`,
      )
      .pluck();
    this.insertRow = this.sqlite.prepare(
      `INSERT INTO download_job (media_id, profile_id, profile_name, source_url, video_id, site, status,
         attempts, max_attempts, created_at, updated_at, temp_dir, choice_source, chosen_by,
         choice_title, choice_score, choice_min_score, choice_reasons, slot, video_type, season, language)
       VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.queuedOf = this.sqlite.prepare<[string], { mediaId: number; profileId: number; slot: string }>(
      // From the ids to the rows (CROSS JOIN keeps that order): a lookup per id, not a walk of the queue.
      `SELECT j.media_id AS mediaId, j.profile_id AS profileId, j.slot
       FROM json_each(?) AS e CROSS JOIN download_job j ON j.id = e.value
       WHERE j.status = 'queued' AND j.profile_id IS NOT NULL`,
    );
    this.setTempDir = this.sqlite.prepare<[string, number]>(
      'UPDATE download_job SET temp_dir = ? WHERE id = ?',
    );
    this.setReplaces = this.sqlite.prepare<[number, string | null, number]>(
      'UPDATE download_job SET replaces_download_id = ?, processing_override = ? WHERE id = ?',
    );
    // Oldest first, so a bulk run goes in the order the person asked for. The queue index walks one
    // lane's queued jobs in that order, so the pick stops after `limit` rows however long the queue.
    this.runnable = this.sqlite.prepare(
      `${SELECT_JOB}
       WHERE j.status = 'queued' AND j.site = ? AND (j.next_attempt_at IS NULL OR j.next_attempt_at <= ?)
       ORDER BY j.created_at, j.id LIMIT ?`,
    );
  }

  timestamp(): string {
    return this.now().toISOString();
  }

  /** Inserts a queued job; ALREADY_QUEUED when the title has a live job for that profile and video. */
  insert(job: NewJob): JobRow {
    const at = this.timestamp();
    const slot = job.slot ?? titleTrailerSlot;
    const key = slotKey(slot);
    const insertTx = this.sqlite.transaction(() => {
      const live = this.liveJob.get(job.mediaId, job.profileId, key);
      if (live !== undefined) {
        throw new AppError(
          'ALREADY_QUEUED',
          `This title already has a download for the profile "${job.profileName}" in the queue (job ${String(live)}).`,
        );
      }
      const choice = choiceColumns(job.choice ?? pastedChoice);
      const { lastInsertRowid } = this.insertRow.run(
        job.mediaId,
        job.profileId,
        job.profileName,
        job.sourceUrl,
        job.videoId,
        job.site,
        job.maxAttempts,
        at,
        at,
        choice.choice_source,
        choice.chosen_by,
        choice.choice_title,
        choice.choice_score,
        choice.choice_min_score,
        choice.choice_reasons,
        key,
        slot.type,
        slot.season,
        slot.language,
      );
      const id = Number(lastInsertRowid);
      this.setTempDir.run(job.tempDirFor(id), id);
      if (job.replacesDownloadId !== undefined) {
        const override = job.processingOverride ? JSON.stringify(job.processingOverride) : null;
        this.setReplaces.run(job.replacesDownloadId, override, id);
      }
      return this.getRow(id);
    });
    return insertTx.immediate();
  }

  /** Of these jobs, those queued, with their title and profile (read by id, not carried in events). */
  queuedTitles(ids: readonly number[]): { mediaId: number; profileId: number; slot: string }[] {
    return this.queuedOf.all(JSON.stringify(ids));
  }

  findRow(id: number): JobRow | undefined {
    return this.byId.get(id) as JobRow | undefined;
  }

  getRow(id: number): JobRow {
    const row = this.findRow(id);
    if (!row) throw new AppError('NOT_FOUND', `There is no download job ${id}.`);
    return row;
  }

  get(id: number): DownloadJob {
    return toDownloadJob(this.getRow(id));
  }

  list(options: { filter?: JobFilter; mediaId?: number; limit?: number } = {}): DownloadJob[] {
    const where = [filterClauses[options.filter ?? 'all']];
    const params: (number | string)[] = [];
    if (options.mediaId !== undefined) {
      where.push('j.media_id = ?');
      params.push(options.mediaId);
    }
    params.push(options.limit ?? 500);
    const rows = this.sqlite
      .prepare(`${SELECT_JOB} WHERE ${where.join(' AND ')} ORDER BY j.created_at DESC, j.id DESC LIMIT ?`)
      .all(...params) as JobRow[];
    return rows.map(toDownloadJob);
  }

  /**
   * Queued jobs whose wait (if any) is over, oldest first: at most `perLane` of each lane (YouTube,
   * other sites), which is all a pump with that many free slots can start.
   */
  runnableJobs(perLane: number): JobRow[] {
    if (perLane <= 0) return [];
    const at = this.timestamp();
    const rows = siteLanes.flatMap((lane) => this.runnable.all(lane, at, perLane) as JobRow[]);
    return rows.sort((a, b) =>
      a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? -1 : 1,
    );
  }

  /** The earliest time a waiting job becomes runnable, for the queue's timer. */
  nextWakeAt(): string | null {
    const at = this.sqlite
      .prepare(
        `SELECT min(next_attempt_at) FROM download_job WHERE status = 'queued' AND next_attempt_at IS NOT NULL`,
      )
      .pluck()
      .get();
    return typeof at === 'string' ? at : null;
  }

  withStatus(statuses: readonly JobStatus[]): JobRow[] {
    const marks = statuses.map(() => '?').join(', ');
    return this.sqlite
      .prepare(`${SELECT_JOB} WHERE j.status IN (${marks}) ORDER BY j.id`)
      .all(...statuses) as JobRow[];
  }

  /**
   * Moves a job to a new status with the columns that go with it. Throws IllegalJobTransition for a
   * move the table forbids. `extra` runs in the same transaction (the download row on completion).
   */
  transition(
    id: number,
    to: JobStatus,
    patch: JobPatch = {},
    extra?: (job: JobRow) => JobPatch | void,
  ): JobRow {
    const tx = this.sqlite.transaction(() => {
      const current = this.getRow(id);
      assertTransition(id, current.status, to);
      const merged = { ...patch, ...(extra?.(current) ?? {}) };
      this.write(id, to, merged);
      return this.getRow(id);
    });
    return tx.immediate();
  }

  /** Sets columns without a status change (the worker's pid, the target path before a move). */
  update(id: number, patch: JobPatch): JobRow {
    const current = this.getRow(id);
    this.write(id, current.status, patch);
    return this.getRow(id);
  }

  private write(id: number, status: JobStatus, patch: JobPatch): void {
    const sets = ['status = ?', 'updated_at = ?'];
    const values: (string | number | null)[] = [status, this.timestamp()];
    for (const [key, value] of Object.entries(patch) as [
      keyof JobPatch,
      string | number | null | undefined,
    ][]) {
      if (value === undefined) continue;
      sets.push(`${patchColumns[key]} = ?`);
      values.push(value);
    }
    const sql = `UPDATE download_job SET ${sets.join(', ')} WHERE id = ?`;
    let update = this.updates.get(sql);
    if (!update) {
      update = this.sqlite.prepare<unknown[]>(sql);
      this.updates.set(sql, update);
    }
    update.run(...values, id);
  }
}
