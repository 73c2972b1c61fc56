// The kinds of video a title can have beside its main file, and the "slot" one video fills: its
// type, the season it belongs to (null: the whole title) and the language it was wanted in. Shared
// by main (scan, discovery, queue, filing) and the window (profile editor, title page, activity),
// which imports this module at run time (eslint.config.js): it imports nothing but types.
import { languageName } from './language-names';

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
 * What a person calls the video a slot stands for: "Trailer", "Featurette #2", "Season 2 trailer",
 * "Specials teaser", "Trailer · German" (a language with no known name shows its code).
 */
export function slotLabel(slot: VideoSlot): string {
  const type = videoTypeLabels[slot.type];
  const season = slot.season === null ? null : slot.season === 0 ? 'Specials' : `Season ${slot.season}`;
  const kind = season === null ? type : `${season} ${type.toLowerCase()}`;
  const numbered = slot.ordinal > 1 ? `${kind} #${slot.ordinal}` : kind;
  if (slot.language === null) return numbered;
  return `${numbered} · ${languageName(slot.language) ?? slot.language}`;
}
