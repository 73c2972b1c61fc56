// Which videos in a title's folder are its trailers and extras, of which type, season and language:
// every convention the naming presets write (core/naming) and those the servers read, so a library
// filed by hand, by another tool or by any preset is recognised.
//
// Sources, as in core/naming/server-conventions.ts: Jellyfin's VideoExtraRules (NamingOptions.cs)
// and ExtraRuleResolver.cs, Plex's "Local Files for Trailers and Extras", Kodi's GetLocalTrailer.
// - Suffixes end the name, any case, with digits allowed after them (Jellyfin trims them):
//   "-trailer" (also ".trailer", "_trailer", " trailer"), "-featurette", "-behindthescenes",
//   "-deleted", "-deletedscene", "-interview", "-scene", "-clip", "-short", "-other", "-extra";
//   a file named just "trailer" is a trailer.
// - Folders, any case: Trailers, Featurettes, Behind The Scenes, Deleted Scenes, Interviews, Scenes,
//   Clips, Shorts, Other, Extras, Extra. In a folder, a file's own suffix says its type (Kodi's
//   "Extras/" holds every type); without one, the folder does.
// - A language tag in brackets just before the numbering and suffix: "Heat (1995) [Deutsch] (2)-trailer".
// - Never an extra: an episode (S01E02, 1x02), or the main video, whose name is the title's own
//   ("Blair-Trailer/Blair-Trailer.mkv", "The Short (2020)/The-Short.mkv").
import type { VideoType } from '../../../src-preload/contract/video-kinds';
import { languageFromTag } from '../naming/language-tag';
import { isEpisodeFileName, isVideoFile } from './detect-trailers';

export interface DetectedVideo {
  type: VideoType;
  /** From a "[Deutsch]" / "[de]" tag in the name; null when the name has none. */
  language: string | null;
}

const TRAILER_SUFFIX = /[-._ ]trailer\d*$/i;
const TRAILER_NAME = /^trailer\d*$/i;
const EXTRA_SUFFIX =
  /-(featurette|behindthescenes|deletedscene|deleted|interview|scene|clip|short|other|extra)\d*$/i;

const suffixTypes: Record<string, VideoType> = {
  featurette: 'featurette',
  behindthescenes: 'behindthescenes',
  deletedscene: 'deleted',
  deleted: 'deleted',
  interview: 'interview',
  scene: 'clip',
  clip: 'clip',
  short: 'short',
  other: 'other',
  extra: 'other',
};

const folderTypes: Record<string, VideoType> = {
  trailers: 'trailer',
  featurettes: 'featurette',
  'behind the scenes': 'behindthescenes',
  'deleted scenes': 'deleted',
  interviews: 'interview',
  scenes: 'clip',
  clips: 'clip',
  shorts: 'short',
  other: 'other',
  extras: 'other',
  extra: 'other',
};

const LANGUAGE_TAG = /\[([^[\]]{2,40})\]\s*(?:\(\d{1,3}\))?\s*$/;

function stemOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** Letters and digits only, lower case: "The-Short (2020)" and "the short 2020" compare equal. */
function squashed(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when the file is the title's own video: named as the folder, with or without its year or ids. */
function isMainVideoName(stem: string, titleFolderName: string): boolean {
  const name = squashed(stem);
  const folder = squashed(titleFolderName);
  const titleOnly = squashed(titleFolderName.replace(/\s*[([{][^)\]}]*[)\]}]/g, ''));
  return name === folder || (titleOnly !== '' && name === titleOnly);
}

function languageOf(stemWithoutSuffix: string): string | null {
  const match = LANGUAGE_TAG.exec(stemWithoutSuffix);
  return match?.[1] === undefined ? null : languageFromTag(match[1]);
}

/** The type a name's suffix gives, and the name without it; null when it has none. */
function bySuffix(stem: string): { type: VideoType; rest: string } | null {
  if (TRAILER_NAME.test(stem)) return { type: 'trailer', rest: '' };
  const trailer = TRAILER_SUFFIX.exec(stem);
  if (trailer) return { type: 'trailer', rest: stem.slice(0, trailer.index) };
  const extra = EXTRA_SUFFIX.exec(stem);
  const word = extra?.[1]?.toLowerCase();
  if (extra && word !== undefined) {
    const type = suffixTypes[word];
    if (type) return { type, rest: stem.slice(0, extra.index) };
  }
  return null;
}

/**
 * A video lying beside the main video (in the title's folder or a season's folder): a trailer or
 * extra by its suffix, or null. `titleFolderName` protects the main video.
 */
export function videoByName(fileName: string, titleFolderName: string): DetectedVideo | null {
  if (!isVideoFile(fileName) || isEpisodeFileName(fileName)) return null;
  const stem = stemOf(fileName);
  if (isMainVideoName(stem, titleFolderName)) return null;
  const found = bySuffix(stem);
  return found ? { type: found.type, language: languageOf(found.rest) } : null;
}

/** A video inside an extras folder of `folderType`: its own suffix wins, else the folder's type. */
export function videoInExtrasFolder(fileName: string, folderType: VideoType): DetectedVideo | null {
  if (!isVideoFile(fileName) || isEpisodeFileName(fileName)) return null;
  const stem = stemOf(fileName);
  const found = bySuffix(stem);
  return found
    ? { type: found.type, language: languageOf(found.rest) }
    : { type: folderType, language: languageOf(stem) };
}

/** The type of the videos an extras folder holds ("Behind The Scenes" → behindthescenes), or null. */
export function extrasFolderType(folderName: string): VideoType | null {
  return folderTypes[folderName.trim().toLowerCase()] ?? null;
}

const SEASON_WORDS =
  /^(?:season|series|staffel|saison|temporada|stagione|seizoen|sezon|säsong|sæson|sesong)[ ._-]*(\d{1,4})(?!\d)/i;
const SEASON_SHORT = /^s(\d{1,4})$/i;
const SPECIALS = /^specials?$/i;

/** The season a folder holds: "Season 1", "Season 01", "S01", "Staffel 2", "Saison 3", "Temporada 4"; "Specials" → 0. */
export function seasonOfFolder(folderName: string): number | null {
  const name = folderName.trim();
  if (SPECIALS.test(name)) return 0;
  const match = SEASON_WORDS.exec(name) ?? SEASON_SHORT.exec(name);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** True when a video beside the main video is a trailer by name (the title's trailer convention). */
export function isTrailerFileName(fileName: string, titleFolderName: string): boolean {
  return videoByName(fileName, titleFolderName)?.type === 'trailer';
}
