import { z } from 'zod';
import { languageName } from './language-names';

// The kinds of video a title can have beside its main file, and the "slot" one video fills: its
// type, the season it belongs to (null: the whole title) and the language it was wanted in. Shared
// by main (scan, discovery, queue, filing) and the window (profile editor, title page).

/**
 * Video types, in the order they are shown. "clip" covers scenes and clips (Plex's `-scene`,
 * Jellyfin's `-clip`/`-scene`); "deleted" is a deleted scene; "other" is any other extra.
 */
export const videoTypes = [
  'trailer',
  'teaser',
  'featurette',
  'behindthescenes',
  'clip',
  'interview',
  'deleted',
  'short',
  'other',
] as const;
export type VideoType = (typeof videoTypes)[number];

export const videoTypeLabels: Record<VideoType, string> = {
  trailer: 'Trailer',
  teaser: 'Teaser',
  featurette: 'Featurette',
  behindthescenes: 'Behind the scenes',
  clip: 'Clip or scene',
  interview: 'Interview',
  deleted: 'Deleted scene',
  short: 'Short',
  other: 'Other extra',
};

/** How files are named and where they go: each media server documents its own conventions. */
export const namingPresets = ['plex', 'jellyfin', 'emby', 'kodi', 'custom'] as const;
export type NamingPreset = (typeof namingPresets)[number];

export const namingPresetLabels: Record<NamingPreset, string> = {
  plex: 'Plex',
  jellyfin: 'Jellyfin',
  emby: 'Emby',
  kodi: 'Kodi',
  custom: "Custom (the profile's own template)",
};

/** The most of one type a profile may want per title (and season, and language). */
export const maxPerType = 5;
/** The most videos a profile may want per title, all types, seasons and languages together. */
export const maxVideosPerTitleLimit = 50;

/** How many of each type a profile fetches per title; a type left out is not fetched. */
export const wantedVideosSchema = z
  .partialRecord(
    z.enum(videoTypes),
    z.number().int().min(0).max(maxPerType, `At most ${maxPerType} of one type`),
  )
  .refine((wanted) => Object.values(wanted).some((count) => (count ?? 0) > 0), {
    message: 'A profile wants at least one video (a trailer, a teaser or an extra)',
  });
export type WantedVideos = Partial<Record<VideoType, number>>;

/** One video a title should have: what the queue fills and what a filed file is recorded as. */
export interface VideoSlot {
  type: VideoType;
  /** Null for the whole title; a season's number (0 for specials) for a season's video. */
  season: number | null;
  /** The language it was wanted in (ISO 639-1, e.g. "de"); null when any language will do. */
  language: string | null;
  /** 1 for the first of its kind, 2 for the second featurette, and so on. */
  ordinal: number;
}

export const titleTrailerSlot: VideoSlot = { type: 'trailer', season: null, language: null, ordinal: 1 };

/**
 * A slot as one short text, unique per title and profile: `trailer`, `featurette#2`, `trailer/s2`,
 * `trailer@de`, `teaser/s1@de#2`. Stored with jobs and search results, so the database can refuse a
 * second live job for the same slot.
 */
export function slotKey(slot: VideoSlot): string {
  const season = slot.season === null ? '' : `/s${slot.season}`;
  const language = slot.language === null ? '' : `@${slot.language}`;
  const ordinal = slot.ordinal <= 1 ? '' : `#${slot.ordinal}`;
  return `${slot.type}${season}${language}${ordinal}`;
}

const slotKeyPattern = /^([a-z]+)(?:\/s(\d{1,4}))?(?:@([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*))?(?:#(\d{1,2}))?$/;

/** The slot a key names, or null when the key is not one (read back from the database). */
export function parseSlotKey(key: string): VideoSlot | null {
  const match = slotKeyPattern.exec(key);
  if (!match) return null;
  const type = match[1] as VideoType;
  if (!(videoTypes as readonly string[]).includes(type)) return null;
  return {
    type,
    season: match[2] === undefined ? null : Number(match[2]),
    language: match[3] ?? null,
    ordinal: match[4] === undefined ? 1 : Number(match[4]),
  };
}

/**
 * A slot in a few words for a person: "Trailer", "Featurette 2 · Season 2 · German". Main sends it
 * with search results and Review rows (the window imports this module for types only), so every
 * place names a slot the same way.
 */
export function slotLabel(slot: VideoSlot): string {
  const type = videoTypeLabels[slot.type] + (slot.ordinal > 1 ? ` ${slot.ordinal}` : '');
  const season = slot.season === null ? [] : [slot.season === 0 ? 'Specials' : `Season ${slot.season}`];
  const language = slot.language === null ? [] : [languageName(slot.language) ?? slot.language.toUpperCase()];
  return [type, ...season, ...language].join(' · ');
}

/** A slot key as a payload field: refused unless it names a slot. */
export const slotKeySchema = z
  .string()
  .max(40)
  .refine((key) => parseSlotKey(key) !== null, 'Not a video slot (such as "trailer" or "featurette/s2@de")');
