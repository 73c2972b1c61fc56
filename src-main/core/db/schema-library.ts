// The library, its trailers, profiles, the download queue and discovery: the app's own tables.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { videoTypes } from '../../../src-preload/contract/video-kinds';
import { videoFilterIndexes } from './media-filter-indexes';

const timestamps = {
  addedAt: text('added_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
};

/** A folder the person added: a movies or a series library. */
export const libraryRoot = sqliteTable('library_root', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  path: text('path').notNull().unique(),
  kind: text('kind', { enum: ['movies', 'series'] }).notNull(),
  kindSource: text('kind_source', { enum: ['auto', 'user'] })
    .notNull()
    .default('auto'),
  reachable: integer('reachable', { mode: 'boolean' }).notNull().default(true),
  lastScanAt: text('last_scan_at'),
  /** JSON of the last ScanSummary, shown in Settings. */
  lastScanSummary: text('last_scan_summary'),
  ...timestamps,
});

/** One movie or series: a title folder inside a library root. */
export const media = sqliteTable(
  'media',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    rootId: integer('root_id')
      .notNull()
      .references(() => libraryRoot.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['movie', 'series'] }).notNull(),
    title: text('title').notNull(),
    /** Lower-cased title without a leading article, for sorting. */
    sortTitle: text('sort_title').notNull(),
    /** Folded title for "sort by title" (see db/title-keys.ts); kept by a trigger. */
    sortKey: text('sort_key').notNull().default(''),
    /**
     * The folded "title year" search key (as in media_search), kept by the same triggers: words
     * under three letters, which the trigram index cannot answer, are looked for in its index.
     */
    searchKey: text('search_key').notNull().default(''),
    year: integer('year'),
    folderPath: text('folder_path').notNull().unique(),
    imdbId: text('imdb_id'),
    tmdbId: text('tmdb_id'),
    tvdbId: text('tvdb_id'),
    nfoTrailerId: text('nfo_trailer_id'),
    /** The trailer link or YouTube id the person set by hand; wins over the NFO's. */
    trailerSource: text('trailer_source'),
    posterPath: text('poster_path'),
    monitored: integer('monitored', { mode: 'boolean' }).notNull().default(true),
    /** Set when the folder vanished from a reachable root; cleared when it returns. */
    missingSince: text('missing_since'),
    /** What the last scan saw (mtimes of the folder, its NFO and trailer folders): unchanged means skip. */
    scanSignature: text('scan_signature'),
    /** Usable trailers (db/usable-trailer.ts), kept by triggers on `download`: no grouped pass per read. */
    trailerCount: integer('trailer_count').notNull().default(0),
    /** Files named like a trailer that are broken, kept by the same triggers. */
    brokenTrailerCount: integer('broken_trailer_count').notNull().default(0),
    /** Usable videos that are not the title's trailers (teasers, featurettes…), kept by the same triggers. */
    extraCount: integer('extra_count').notNull().default(0),
    /** Seasons found on disk (rows of media_season), kept by triggers on media_season. */
    seasonCount: integer('season_count').notNull().default(0),
    /** Seasons on disk with a usable trailer of their own, kept by the download and season triggers. */
    seasonTrailerCount: integer('season_trailer_count').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    // The media of one folder (scans, removal); its counts live in library_count.
    index('media_root_id_idx').on(t.rootId, t.missingSince, t.trailerCount),
    index('media_sort_title_idx').on(t.sortTitle),
    // One index per sort of the library page, carrying the filter columns: a window deep into a
    // filtered list skips rows in the index without reading the table.
    index('media_sort_key_idx').on(t.sortKey, t.id, t.kind, t.trailerCount),
    index('media_year_idx').on(sql`${t.year} DESC`, t.sortKey, t.id, t.kind, t.trailerCount),
    index('media_added_at_idx').on(t.addedAt, t.id, t.kind, t.trailerCount),
    index('media_kind_trailers_idx').on(t.kind, t.trailerCount),
    // Covers a short-word search's count and facets: one walk of small entries, not of the table.
    index('media_search_key_idx').on(t.searchKey, t.kind, t.trailerCount),
    // "Has extras" and "missing season trailers": partial sort indexes (media-filter-indexes.ts).
    ...videoFilterIndexes(t),
    // The Arr sync links a title by its ids when its folder path does not match.
    index('media_tmdb_id_idx').on(t.tmdbId),
    index('media_imdb_id_idx').on(t.imdbId),
    index('media_tvdb_id_idx').on(t.tvdbId),
  ],
);

/**
 * How many titles (and usable trailers) each folder holds per kind, presence and trailer state,
 * kept by triggers on `media` (hand-written at the end of its migration): the folder list and the
 * library page's unfiltered counts read a few rows here instead of walking an index of `media`.
 */
export const libraryCount = sqliteTable(
  'library_count',
  {
    rootId: integer('root_id')
      .notNull()
      .references(() => libraryRoot.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['movie', 'series'] }).notNull(),
    /** 1 when the title's folder is there (`media.missing_since IS NULL`). */
    present: integer('present').notNull(),
    /** 1 when the title has a usable trailer (`media.trailer_count > 0`). */
    hasTrailer: integer('has_trailer').notNull(),
    titles: integer('titles').notNull().default(0),
    /** The sum of `media.trailer_count` over these titles. */
    trailers: integer('trailers').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.rootId, t.kind, t.present, t.hasTrailer] })],
);

/** A season folder of a series on disk (`Season 01`, `Staffel 2`, `S03`, `Specials`): where its trailers go. */
export const mediaSeason = sqliteTable(
  'media_season',
  {
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    season: integer('season').notNull(),
    /** The folder's name as it is on disk, inside the title's folder. */
    folderName: text('folder_name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.season] })],
);

export type MediaSeasonRow = typeof mediaSeason.$inferSelect;

/** One trailer file: detected on disk (profile 'detected') or downloaded with a profile. */
export const download = sqliteTable(
  'download',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    path: text('path').notNull(),
    fileName: text('file_name').notNull(),
    size: integer('size').notNull(),
    resolution: text('resolution'),
    /** The picture's size as ffprobe read it; null for files probed before these were recorded. */
    width: integer('width'),
    height: integer('height'),
    fileFormat: text('file_format'),
    videoFormat: text('video_format'),
    audioFormat: text('audio_format'),
    audioLanguage: text('audio_language'),
    subtitleFormat: text('subtitle_format'),
    subtitleLanguage: text('subtitle_language'),
    duration: real('duration'),
    youtubeId: text('youtube_id'),
    fileExists: integer('file_exists', { mode: 'boolean' }).notNull().default(true),
    profileName: text('profile_name').notNull(),
    /** mtime in ms when last probed: a rescan re-probes only files that changed. */
    fileMtimeMs: integer('file_mtime_ms'),
    /**
     * Why the file is no trailer although it is named like one (empty, unreadable by ffprobe, no
     * video stream); null for a usable trailer. A broken file is shown, never counted, never deleted.
     */
    problem: text('problem'),
    /** What kind of video it is (contract/video-kinds.ts); a file found on disk by its name or folder. */
    videoType: text('video_type', { enum: videoTypes }).notNull().default('trailer'),
    /** The season it belongs to; null for the whole title. */
    season: integer('season'),
    /** The language it was filed as (wanted by the profile, or tagged in its name); null when unknown. */
    language: text('language'),
    // What processing did (contract/processing.ts ProcessingRecord); null when not done or measured.
    originalVideoFormat: text('original_video_format'),
    originalAudioFormat: text('original_audio_format'),
    encoder: text('encoder'),
    /** Integrated loudness in LUFS as downloaded, and as filed. */
    originalLoudness: real('original_loudness'),
    loudness: real('loudness'),
    trimmedSeconds: real('trimmed_seconds'),
    /** The picture inside black bars, for the audit's "letterboxed into a small picture". */
    pictureWidth: integer('picture_width'),
    pictureHeight: integer('picture_height'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('download_path_idx').on(t.path),
    index('download_media_id_idx').on(t.mediaId, t.addedAt),
    // Covers the per-title counts of usable and broken trailers (see db/usable-trailer.ts).
    index('download_media_exists_idx').on(t.mediaId, t.fileExists, t.problem),
  ],
);

export type LibraryRootRow = typeof libraryRoot.$inferSelect;
export type MediaRow = typeof media.$inferSelect;
export type DownloadRow = typeof download.$inferSelect;
export type NewDownloadRow = typeof download.$inferInsert;

/** Settings as JSON values by key; each capability validates its own keys when reading them. */
export const appSetting = sqliteTable('app_setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

/** How trailers are chosen, muxed and named; exactly one is the default (see the partial index). */
export const trailerProfile = sqliteTable(
  'trailer_profile',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    isDefault: integer('is_default', { mode: 'boolean' }).notNull().default(false),
    maxResolution: text('max_resolution', {
      enum: ['360', '480', '720', '1080', '1440', '2160', 'best'],
    }).notNull(),
    videoCodec: text('video_codec', { enum: ['any', 'h264', 'h265', 'vp9', 'av1'] }).notNull(),
    audioCodec: text('audio_codec', { enum: ['any', 'aac', 'opus', 'mp3', 'vorbis'] }).notNull(),
    container: text('container', { enum: ['mkv', 'mp4', 'webm'] }).notNull(),
    audioLanguage: text('audio_language'),
    subtitlesEnabled: integer('subtitles_enabled', { mode: 'boolean' }).notNull().default(false),
    /** JSON array of language codes. */
    subtitleLanguages: text('subtitle_languages').notNull().default('[]'),
    includeAutoSubtitles: integer('include_auto_subtitles', { mode: 'boolean' }).notNull().default(false),
    placement: text('placement', { enum: ['next-to-media', 'trailers-folder', 'custom'] }).notNull(),
    customTemplate: text('custom_template'),
    minDurationSeconds: integer('min_duration_seconds'),
    maxDurationSeconds: integer('max_duration_seconds'),
    embedMetadata: integer('embed_metadata', { mode: 'boolean' }).notNull().default(true),
    searchTemplate: text('search_template').notNull().default('{title} {year} official trailer'),
    /** JSON array of words. */
    excludeWords: text('exclude_words').notNull().default('[]'),
    /** JSON array of channel names or ids. */
    channelAllowList: text('channel_allow_list').notNull().default('[]'),
    minScore: integer('min_score').notNull().default(50),
    acceptDetectedTrailers: integer('accept_detected_trailers', { mode: 'boolean' }).notNull().default(true),
    skipWhenPlexHasTrailer: integer('skip_when_plex_has_trailer', { mode: 'boolean' })
      .notNull()
      .default(false),
    /** JSON object: how many of each video type per title, e.g. {"trailer":1,"featurette":2}. */
    wantedVideos: text('wanted_videos').notNull().default('{"trailer":1}'),
    /** A cap on all videos per title (types × seasons × languages), so a library never fills with duplicates. */
    maxVideosPerTitle: integer('max_videos_per_title').notNull().default(6),
    /** Series: also a trailer per season on disk, filed in the season's folder. */
    seasonTrailers: integer('season_trailers', { mode: 'boolean' }).notNull().default(false),
    /** JSON array of language codes in the order wanted (first found wins); empty: any language. */
    languages: text('languages').notNull().default('[]'),
    /** One video per wanted language instead of the first language found. */
    onePerLanguage: integer('one_per_language', { mode: 'boolean' }).notNull().default(false),
    /** Prefer a dubbed video over one subtitled in the wanted language. */
    preferDubbed: integer('prefer_dubbed', { mode: 'boolean' }).notNull().default(true),
    /** JSON object: conversion, loudness and trimming after the download (contract/processing.ts). */
    processing: text('processing').notNull().default('{}'),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    // Names are unique whatever their case: "Default" and "default" side by side would confuse.
    uniqueIndex('trailer_profile_name_idx').on(sql`lower(${t.name})`),
    // At most one default; the service keeps it at exactly one.
    uniqueIndex('trailer_profile_default_idx')
      .on(t.isDefault)
      .where(sql`${t.isDefault} = 1`),
  ],
);

export type TrailerProfileRow = typeof trailerProfile.$inferSelect;
export type NewTrailerProfileRow = typeof trailerProfile.$inferInsert;

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
