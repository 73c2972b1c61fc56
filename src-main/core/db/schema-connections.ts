// The tables of Connections (issue 12): the outside apps, and what Radarr/Sonarr syncs brought in.
// Re-exported by schema.ts, which drizzle-kit reads.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { media } from './schema-library';

/**
 * An outside app Trailerdeck talks to: a Radarr or Sonarr it imports titles from, or a Plex,
 * Jellyfin or Emby server it tells about new trailers. The key is read only by the connection
 * store's `target`, never sent to a window; the JSON columns are validated when read.
 */
export const connection = sqliteTable(
  'connection',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['radarr', 'sonarr', 'plex', 'jellyfin', 'emby'] }).notNull(),
    name: text('name').notNull(),
    url: text('url').notNull(),
    urlBase: text('url_base').notNull().default(''),
    apiKey: text('api_key').notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    /** JSON: PathMapping[]. */
    pathMappings: text('path_mappings').notNull().default('[]'),
    /** JSON: ArrSyncOptions for Radarr/Sonarr, null for media servers. */
    syncOptions: text('sync_options'),
    /** JSON: the last ConnectionTestResult. */
    lastTest: text('last_test'),
    /** JSON: { message, at } of the last failure to use it. */
    lastError: text('last_error'),
    /** JSON: { at, titles } of the last refresh a media server was asked for after filing. */
    lastRefresh: text('last_refresh'),
    /** Radarr/Sonarr webhooks authenticate with this (HTTP Basic password), never the UI token. */
    webhookSecret: text('webhook_secret'),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [uniqueIndex('connection_name_idx').on(t.name)],
);

export type ConnectionRow = typeof connection.$inferSelect;

/**
 * A movie (Radarr) or series (Sonarr) as one Arr connection lists it, linked to the title folder
 * scanned here when there is one. Written by the Arr sync only when its signature changes; a title
 * the Arr no longer lists is flagged (`removed_at`), never deleted.
 */
export const arrItem = sqliteTable(
  'arr_item',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    connectionId: integer('connection_id')
      .notNull()
      .references(() => connection.id, { onDelete: 'cascade' }),
    /** The Arr's own id (movie id / series id). */
    arrId: integer('arr_id').notNull(),
    kind: text('kind', { enum: ['movie', 'series'] }).notNull(),
    title: text('title').notNull(),
    year: integer('year'),
    tmdbId: text('tmdb_id'),
    imdbId: text('imdb_id'),
    tvdbId: text('tvdb_id'),
    /** The folder as the Arr sees it. */
    remotePath: text('remote_path').notNull(),
    /** After the connection's path mappings; null when none applies. */
    localPath: text('local_path'),
    monitored: integer('monitored', { mode: 'boolean' }).notNull(),
    hasFile: integer('has_file', { mode: 'boolean' }).notNull(),
    youtubeTrailerId: text('youtube_trailer_id'),
    /** The title folder scanned here; null: not on disk (see `not_on_disk`) or skipped. */
    mediaId: integer('media_id').references(() => media.id, { onDelete: 'set null' }),
    /** Why there is no folder here: 'NO_MAPPING' | 'FOLDER_NOT_VISIBLE'; null when linked or skipped. */
    notOnDisk: text('not_on_disk', { enum: ['NO_MAPPING', 'FOLDER_NOT_VISIBLE'] }),
    /** Left out by the connection's options ("only monitored", "only with a file"). */
    skipped: integer('skipped', { mode: 'boolean' }).notNull().default(false),
    /** When the Arr stopped listing it. */
    removedAt: text('removed_at'),
    /** Every stored field above, joined: an unchanged title is not written again. */
    signature: text('signature').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('arr_item_connection_arr_idx').on(t.connectionId, t.arrId),
    index('arr_item_media_id_idx').on(t.mediaId),
    // The not-on-disk list of one connection, by title, a window at a time.
    index('arr_item_not_on_disk_idx').on(t.connectionId, t.notOnDisk, t.title, t.id),
  ],
);

export type ArrItemRow = typeof arrItem.$inferSelect;

/** Per Radarr/Sonarr connection: its last sync's summary and what its webhook does. */
export const arrSyncState = sqliteTable('arr_sync_state', {
  connectionId: integer('connection_id')
    .primaryKey()
    .references(() => connection.id, { onDelete: 'cascade' }),
  /** JSON: the last ArrSyncSummary. */
  lastSync: text('last_sync'),
  lastSyncAt: text('last_sync_at'),
  /** Digest of the Arr's title list at the last good sync: an identical answer is not parsed again. */
  titlesDigest: text('titles_digest'),
  /** Digest of what else a sync's result depends on (mappings, options, the titles here) then. */
  syncMark: text('sync_mark'),
  /** Queue the trailer of a title the webhook announces (imported or added). */
  webhookFetchTrailers: integer('webhook_fetch_trailers', { mode: 'boolean' }).notNull().default(true),
});
