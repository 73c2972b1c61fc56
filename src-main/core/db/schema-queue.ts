// The download queue and discovery: jobs, their per-status counts, rejected candidates and the
// last search's result per title, profile and video.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { videoTypes } from '../../../src-preload/contract/video-kinds';
import { download, media } from './schema-library';
import { trailerProfile } from './schema-profiles';

/**
 * One request for a trailer and its way through the queue. Rows stay after the job ends: they are
 * the Activity page's history. Status changes follow job-transitions.ts.
 */
export const downloadJob = sqliteTable(
  'download_job',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    profileId: integer('profile_id').references(() => trailerProfile.id, { onDelete: 'set null' }),
    /** Copied when queued: history reads well after the profile is renamed or deleted. */
    profileName: text('profile_name').notNull(),
    sourceUrl: text('source_url').notNull(),
    videoId: text('video_id'),
    /**
     * 'youtube' or 'other': YouTube downloads are paced, others are not. 'local': the source is a
     * file already in the library (`trailerdeck-file:<download id>`), converted by the audit's Upgrade.
     */
    site: text('site', { enum: ['youtube', 'other', 'local'] }).notNull(),
    status: text('status', {
      enum: ['queued', 'downloading', 'processing', 'completed', 'failed', 'cancelled', 'paused'],
    }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    errorHint: text('error_hint'),
    createdAt: text('created_at').notNull(),
    startedAt: text('started_at'),
    finishedAt: text('finished_at'),
    /** A queued job is not started before this (backoff after a transient error). */
    nextAttemptAt: text('next_attempt_at'),
    /** The job's own folder of the app's: yt-dlp's partial files and its finished file. */
    tempDir: text('temp_dir').notNull(),
    /** Where the trailer goes; set before the move, so a crash mid-move can be finished at start-up. */
    finalPath: text('final_path'),
    /** The app instance running the job, and since when: start-up takes back what a dead one held. */
    holder: text('holder'),
    heldSince: text('held_since'),
    /** yt-dlp's process id while it runs: a crashed app's orphan is stopped before the job resumes. */
    workerPid: integer('worker_pid'),
    downloadId: integer('download_id').references(() => download.id, { onDelete: 'set null' }),
    updatedAt: text('updated_at').notNull(),
    /**
     * Why this video was queued, kept as it was then (the ranking and the profile may change later).
     * Null on jobs queued before this was recorded. The reasons are JSON, checked when read back.
     */
    choiceSource: text('choice_source', {
      enum: ['manual', 'nfo', 'radarr', 'tmdb', 'youtube-search', 'pasted', 'library-file'],
    }),
    chosenBy: text('chosen_by', { enum: ['run', 'person'] }),
    choiceTitle: text('choice_title'),
    choiceScore: integer('choice_score'),
    choiceMinScore: integer('choice_min_score'),
    /** JSON array of { label, points }. */
    choiceReasons: text('choice_reasons'),
    /** The video this job fills (contract/video-kinds.ts slotKey), and its parts for queries. */
    slot: text('slot').notNull().default('trailer'),
    videoType: text('video_type', { enum: videoTypes }).notNull().default('trailer'),
    season: integer('season'),
    language: text('language'),
    /**
     * The file this job replaces (the audit's Upgrade): the new file is verified and placed, then one
     * transaction records it and deletes this row. Null for a plain download.
     */
    replacesDownloadId: integer('replaces_download_id').references(() => download.id, {
      onDelete: 'set null',
    }),
    /**
     * JSON processing settings (contract processingSchema) this job uses instead of its profile's:
     * an Upgrade that converts a file to the profile's wanted codecs while the profile's processing
     * keeps them. Null: the profile's processing.
     */
    processingOverride: text('processing_override'),
  },
  (t) => [
    index('download_job_media_id_idx').on(t.mediaId),
    index('download_job_replaces_idx').on(t.replacesDownloadId),
    index('download_job_profile_id_idx').on(t.profileId),
    index('download_job_download_id_idx').on(t.downloadId),
    index('download_job_status_idx').on(t.status, t.nextAttemptAt),
    index('download_job_created_at_idx').on(t.createdAt),
    // download_job_tab_idx (the Activity tab of a status, see job-window.ts) is hand-written in
    // drizzle/0010_activity_window.sql: drizzle-kit splits an index expression at its commas.
    // The queue's pick: one lane's queued jobs, oldest first, read only as far as there are free slots.
    index('download_job_queue_idx').on(t.status, t.site, t.createdAt),
    // One live job per title and profile: the database refuses a double even if a check races.
    uniqueIndex('download_job_active_idx')
      .on(t.mediaId, t.profileId, t.slot)
      .where(sql`${t.status} IN ('queued', 'downloading', 'processing', 'paused')`),
  ],
);

/**
 * Jobs per status, kept by triggers on download_job (hand-written at the end of
 * drizzle/0010_activity_window.sql): the Activity tabs, the badge and the tray read a handful of
 * rows instead of counting 50,000 jobs on every change.
 */
export const downloadJobStatusCount = sqliteTable('download_job_status_count', {
  status: text('status').primaryKey(),
  count: integer('count').notNull(),
});

export type DownloadJobRow = typeof downloadJob.$inferSelect;
export type NewDownloadJobRow = typeof downloadJob.$inferInsert;

/**
 * Candidates a title must not be offered again: the person rejected them, or their download failed
 * for good. Keyed by the video id (YouTube) or the link.
 */
export const rejectedCandidate = sqliteTable(
  'rejected_candidate',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    candidateKey: text('candidate_key').notNull(),
    reason: text('reason', { enum: ['rejected', 'failed'] }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('rejected_candidate_media_key_idx').on(t.mediaId, t.candidateKey)],
);

/** What the last search found for a title and profile: the review view lists "needs a choice". */
export const discoveryResult = sqliteTable(
  'discovery_result',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    profileId: integer('profile_id')
      .notNull()
      .references(() => trailerProfile.id, { onDelete: 'cascade' }),
    outcome: text('outcome', { enum: ['queued', 'needs-choice', 'no-candidates', 'error'] }).notNull(),
    bestScore: integer('best_score'),
    /** The best candidate's title, for the review list. */
    bestTitle: text('best_title'),
    message: text('message'),
    checkedAt: text('checked_at').notNull(),
    /** The video searched for (contract/video-kinds.ts slotKey): one result per slot. */
    slot: text('slot').notNull().default('trailer'),
  },
  (t) => [
    uniqueIndex('discovery_result_media_profile_idx').on(t.mediaId, t.profileId, t.slot),
    index('discovery_result_profile_idx').on(t.profileId),
    index('discovery_result_outcome_idx').on(t.outcome),
    // The Review list's order: newest check first, the id breaking ties, a page at a time.
    index('discovery_result_checked_idx').on(t.checkedAt, t.id),
  ],
);
