import { readFileStart } from './fs-ops';
import { parseShallowXml } from './shallow-xml';
import { extractYoutubeId } from '../youtube/youtube-id';

/** What a Kodi/Jellyfin/Emby `movie.nfo` or `tvshow.nfo` says; null where it says nothing usable. */
export interface NfoInfo {
  title: string | null;
  year: number | null;
  imdbId: string | null;
  tmdbId: string | null;
  tvdbId: string | null;
  /** YouTube id of the `<trailer>` reference. */
  trailerYoutubeId: string | null;
}

/** NFOs are small; anything past this is not metadata worth reading (or not an NFO at all). */
export const NFO_MAX_BYTES = 1024 * 1024;

export const emptyNfo = (): NfoInfo => ({
  title: null,
  year: null,
  imdbId: null,
  tmdbId: null,
  tvdbId: null,
  trailerYoutubeId: null,
});

const LEAF_NAMES = new Set([
  'title',
  'originaltitle',
  'sorttitle',
  'year',
  'premiered',
  'releasedate',
  'aired',
  'id',
  'imdbid',
  'imdb_id',
  'tmdbid',
  'tvdbid',
  'uniqueid',
  'trailer',
  'plot',
  'outline',
  'tagline',
]);

const IMDB = /^tt\d{5,10}$/i;
const NUMERIC = /^\d{1,10}$/;

function validYear(value: string | undefined): number | null {
  const m = /^\s*(\d{4})/.exec(value ?? '');
  if (!m?.[1]) return null;
  const year = Number(m[1]);
  return year >= 1880 && year <= new Date().getFullYear() + 5 ? year : null;
}

// Made once: a first scan decodes thousands of NFOs. ('latin1' is windows-1252 in the Encoding spec.)
const decoders = {
  utf8: new TextDecoder('utf-8'),
  utf8Strict: new TextDecoder('utf-8', { fatal: true }),
  utf16le: new TextDecoder('utf-16le'),
  utf16be: new TextDecoder('utf-16be'),
  latin1: new TextDecoder('windows-1252'),
};

/**
 * Decodes an NFO's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or the Windows-1252 that
 * older tools write. Returns null for binary content (a scene release's `.nfo` art is text, a
 * mislabelled video is not).
 */
export function decodeNfoBytes(bytes: Uint8Array, truncated = false): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoders.utf16le.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoders.utf16be.decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) return null;
  const head = decoders.latin1.decode(bytes.subarray(0, 200));
  const declared = /encoding\s*=\s*["']([\w-]+)["']/i.exec(head)?.[1]?.toLowerCase();
  if (declared && /^(iso-8859-1|latin-?1|windows-1252|cp1252)$/.test(declared))
    return decoders.latin1.decode(bytes);
  // A cut at the byte cap can split a character: only a whole file must be valid UTF-8.
  if (truncated) return decoders.utf8.decode(bytes);
  try {
    return decoders.utf8Strict.decode(bytes);
  } catch {
    return decoders.latin1.decode(bytes);
  }
}

/** Reads the fields Trailerdeck uses from an NFO's text. Never throws; NFO values win over the folder name. */
export function parseNfo(text: string): NfoInfo {
  const info = emptyNfo();
  const { root, children } = parseShallowXml(text, LEAF_NAMES);
  if (root === 'movie' || root === 'tvshow') {
    const first = (name: string): string | undefined => children.find((c) => c.name === name && c.text)?.text;
    info.title = first('title') ?? null;
    info.year = validYear(first('year')) ?? validYear(first('premiered')) ?? validYear(first('releasedate'));
    info.year ??= validYear(first('aired'));

    for (const child of children) {
      const value = child.text.trim();
      if (child.name === 'uniqueid') {
        const type = child.attrs.type?.toLowerCase();
        if (type === 'imdb' && IMDB.test(value)) info.imdbId ??= value.toLowerCase();
        if (type === 'tmdb' && NUMERIC.test(value)) info.tmdbId ??= value;
        if (type === 'tvdb' && NUMERIC.test(value)) info.tvdbId ??= value;
      } else if ((child.name === 'imdbid' || child.name === 'imdb_id') && IMDB.test(value)) {
        info.imdbId ??= value.toLowerCase();
      } else if (child.name === 'tmdbid' && NUMERIC.test(value)) {
        info.tmdbId ??= value;
      } else if (child.name === 'tvdbid' && NUMERIC.test(value)) {
        info.tvdbId ??= value;
      } else if (child.name === 'id') {
        // Older Kodi scrapers: an IMDb id for movies, a TVDB number for shows.
        if (IMDB.test(value)) info.imdbId ??= value.toLowerCase();
        else if (root === 'tvshow' && NUMERIC.test(value)) info.tvdbId ??= value;
      } else if (child.name === 'trailer') {
        info.trailerYoutubeId ??= extractYoutubeId(value);
      }
    }
  }
  // Kodi also accepts an NFO that is (or ends with) a plain IMDb URL.
  info.imdbId ??= /imdb\.com\/(?:[a-z]{2}\/)?title\/(tt\d{5,10})/i.exec(text)?.[1]?.toLowerCase() ?? null;
  return info;
}

export interface NfoFileResult {
  info: NfoInfo;
  mtimeMs: number;
  ctimeMs: number;
  size: number;
}

/**
 * Reads and parses an NFO file, at most NFO_MAX_BYTES of it; filesystem errors throw. Blocking:
 * for the scan's worker thread only.
 */
export function readNfoFile(path: string): NfoFileResult {
  const { bytes, truncated, stats } = readFileStart(path, NFO_MAX_BYTES);
  const text = decodeNfoBytes(bytes, truncated);
  return {
    info: text === null ? emptyNfo() : parseNfo(text),
    mtimeMs: stats.mtimeMs,
    ctimeMs: stats.ctimeMs,
    size: stats.size,
  };
}
