// The library: its folders, titles, seasons and trailer files, and the app's settings.
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
