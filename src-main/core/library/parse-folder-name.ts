/** What a title folder's name tells about the movie or series in it. */
export interface FolderNameInfo {
  title: string;
  year: number | null;
  imdbId: string | null;
  tmdbId: string | null;
  tvdbId: string | null;
}

const FIRST_YEAR = 1880;
// A folder can name a film announced a few years ahead; later numbers are title parts (Blade Runner 2049).
const lastYear = (): number => new Date().getFullYear() + 5;

const isYear = (token: string): boolean => {
  if (!/^\d{4}$/.test(token)) return false;
  const n = Number(token);
  return n >= FIRST_YEAR && n <= lastYear();
};

// Plex `{imdb-tt…}`, `{tmdb-…}`, `{tvdb-…}`; Jellyfin/Emby `[imdbid-tt…]`, `[tmdbid=…]`.
const ID_TAG = /[[{]\s*(imdb|tmdb|tvdb)(?:id)?\s*[-=:]\s*([a-z0-9]+)\s*[\]}]/gi;

// Tokens that surely end the title part of a release-style name (scene and p2p naming).
const STRONG_TOKEN =
  /^(?:\d{3,4}[pi]|4k|8k|uhd|bluray|blu-ray|bdrip|brrip|bdremux|remux|web-?dl|web-?rip|webrip|hdtv|hdrip|dvdrip|dvdscr|dvd5|dvd9|xvid|divx|x264|x265|h264|h265|hevc|av1|10bit|s\d{1,2}(?:e\d{1,3})*)$/i;
// Words that end it only when no year does: they also occur in titles (A Complete Unknown).
const WEAK_TOKEN =
  /^(?:web|dvd|hdr|hdr10|dv|sdr|avc|8bit|aac|ac3|dts|truehd|atmos|ddp?5\.?1|proper|repack|extended|unrated|remastered|limited|internal|multi|subbed|dubbed|complete|imax|season)$/i;

const bare = (token: string): string => token.replace(/-[^-]*$/, '');

/**
 * Title, year and database ids from a title folder's name, as media managers write them:
 * `Title (Year)`, `Title (Year) {imdb-tt0133093}`, `Title (Year) [tmdbid-603]`, year first
 * (`[2019] Title`, `(2019) Title`) and release-style `Title.Year.1080p.BluRay.x264-GRP`. Numbers inside titles stay (`2001 A Space Odyssey (1968)`,
 * `Blade Runner 2049 (2017)`, `1917 (2019)`).
 */
export function parseFolderName(folderName: string): FolderNameInfo {
  const info: FolderNameInfo = { title: '', year: null, imdbId: null, tmdbId: null, tvdbId: null };
  let rest = folderName.replace(ID_TAG, (_match, source: string, value: string) => {
    storeId(info, source.toLowerCase(), value);
    return ' ';
  });

  // Year first, as some collections sort: `[2019] Parasite`, `(1999) - The Matrix`. Only a
  // bracketed year: a bare leading number is a title (`1917 (2019)`, `2001 A Space Odyssey`).
  const yearFirst = /^\s*[([]\s*(\d{4})\s*[)\]][\s\-–—:._]*(\S.*)$/u.exec(rest);
  if (yearFirst?.[1] !== undefined && yearFirst[2] !== undefined && isYear(yearFirst[1])) {
    info.year = Number(yearFirst[1]);
    rest = yearFirst[2];
  }

  const bracketed = /^(.*?\S.*?)\s*[([]\s*(\d{4})\s*[)\]]/.exec(rest);
  if (bracketed?.[1] !== undefined && bracketed[2] !== undefined && isYear(bracketed[2])) {
    info.year = Number(bracketed[2]);
    rest = bracketed[1];
    info.title = cleanTitle(rest.includes(' ') ? rest : rest.replace(/[._]+/g, ' '));
  } else {
    parseReleaseStyle(rest, info, info.year !== null);
  }
  if (!info.title) info.title = folderName.trim() || folderName;
  return info;
}

function storeId(info: FolderNameInfo, source: string, value: string): void {
  if (source === 'imdb') {
    if (/^tt\d{5,10}$/i.test(value)) info.imdbId = value.toLowerCase();
  } else if (/^\d{1,10}$/.test(value)) {
    if (source === 'tmdb') info.tmdbId = value;
    else info.tvdbId = value;
  }
}

/** `yearKnown`: the name began with its year, so words such as "Complete" are title words. */
function parseReleaseStyle(name: string, info: FolderNameInfo, yearKnown: boolean): void {
  // Release names use dots or underscores for spaces; a name with spaces keeps its dots (Mr. Robot).
  const spaced = /\s/.test(name.trim()) ? name.replace(/_+/g, ' ') : name.replace(/[._]+/g, ' ');
  // Strip other bracketed tags ([1080p], [GRP]) but keep a bracketed year as a plain token.
  const unbracketed = spaced.replace(/[([]([^)\]]*)[)\]]/g, (_m, inner: string) =>
    isYear(inner.trim()) ? ` ${inner.trim()} ` : ' ',
  );
  const tokens = unbracketed.split(/\s+/).filter(Boolean);
  let cut = tokens.findIndex((token, i) => i > 0 && STRONG_TOKEN.test(bare(token)));
  if (cut < 0) cut = tokens.length;
  // The last year-like token after the first word is the year; the words before it are the title.
  let yearAt = -1;
  for (let i = cut - 1; i >= 1; i--) {
    if (isYear(tokens[i] ?? '')) {
      yearAt = i;
      break;
    }
  }
  if (yearAt > 0) {
    info.year = Number(tokens[yearAt]);
    cut = yearAt;
  } else if (!yearKnown) {
    const weak = tokens.findIndex((token, i) => i > 0 && i < cut && WEAK_TOKEN.test(bare(token)));
    if (weak > 0) cut = weak;
  }
  info.title = cleanTitle(tokens.slice(0, cut).join(' '));
}

function cleanTitle(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—:.,]+|[\s\-–—:,]+$/g, '')
    .trim();
}

const LEADING_ARTICLE = /^(?:the|a|an)\s+(?=\S)/;

/** Lower-cased, accents kept, without a leading English article: "The Matrix" sorts under m. */
export function sortTitleOf(title: string): string {
  const lower = title.trim().toLowerCase();
  return lower.replace(LEADING_ARTICLE, '') || lower;
}
