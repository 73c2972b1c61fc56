// Trailer profiles: how trailers are chosen, muxed, processed and named.
import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
