// TMDB's videos for one title: the YouTube trailers and teasers the studio or TMDB's editors linked,
// in the profile's language and the original one. Finding the title comes first: the TMDB id from
// the NFO, else the IMDb id, else a search by title and year (which tells a remake from the original).
import { z } from 'zod';
import type { FlatCandidate } from '../rank/types';
import { iso6391 } from './language-names';
import { parseTmdb, routeNotFound, tmdbRequester, type TmdbGet, type TmdbOptions } from './tmdb-http';
import { youtubeWatchUrl } from '../../downloads/trailer-source';

export { defaultTmdbBaseUrl, TmdbError, type TmdbErrorCode, type TmdbOptions } from './tmdb-http';

export interface TmdbTitleRef {
  tmdbId: string | null;
  imdbId: string | null;
  title: string;
  year: number | null;
  kind: 'movie' | 'series';
}

export interface TmdbTrailerResult {
  /** YouTube videos, trailers first (see orderVideos). Empty when TMDB does not know the title. */
  candidates: FlatCandidate[];
  /** The id TMDB knows the title by, once found. */
  tmdbId: string | null;
  originalTitle: string | null;
  /** ISO 639-1, as TMDB gives it. */
  originalLanguage: string | null;
  /** The title's name in the asked languages other than its own (TMDB's translations), by ISO 639-1. */
  localTitles: Map<string, string>;
}

type Kind = TmdbTitleRef['kind'];
interface Found {
  id: number;
  kind: Kind;
  originalTitle: string | null;
  originalLanguage: string | null;
}

const text = z.string().nullish().catch(null);
// Search and find results: movies have title/release_date, series name/first_air_date.
const titleSchema = z.object({
  id: z.number().int(),
  title: text,
  name: text,
  original_title: text,
  original_name: text,
  original_language: text,
  release_date: text,
  first_air_date: text,
});
type TitleResult = z.infer<typeof titleSchema>;
const searchSchema = z.object({ results: z.array(titleSchema) });
const findSchema = z.object({ movie_results: z.array(titleSchema), tv_results: z.array(titleSchema) });
const videosSchema = z.object({ results: z.array(z.unknown()) });
const translationsSchema = z.object({
  translations: z.array(
    z.object({
      iso_639_1: text,
      data: z.object({ title: text, name: text }).partial().nullish().catch(null),
    }),
  ),
});
const videoSchema = z.object({
  iso_639_1: text,
  name: z.string().catch(''),
  key: z.string().regex(/^[A-Za-z0-9_-]{11}$/),
  site: z.string(),
  type: z.string().catch('Other'),
  official: z.boolean().catch(false),
  published_at: text,
});
type Video = z.infer<typeof videoSchema>;

const paths: Record<Kind, string> = { movie: 'movie', series: 'tv' };

/**
 * The title's YouTube videos on TMDB. A title TMDB does not know gives no candidates; a refused key,
 * a wrong address, a rate limit or a bad answer is a TmdbError.
 */
export async function tmdbTrailers(
  options: TmdbOptions,
  ref: TmdbTitleRef,
  language: string | null,
  /** More languages wanted after `language` (a profile's fallbacks): their videos and titles too. */
  moreLanguages: readonly string[] = [],
): Promise<TmdbTrailerResult> {
  const get = tmdbRequester(options);
  const found =
    (await byTmdbId(get, ref)) ??
    (await byImdbId(get, ref)) ??
    (await bySearch(get, ref, true)) ??
    (ref.year === null ? null : await bySearch(get, ref, false));
  if (found === null) {
    return {
      candidates: [],
      tmdbId: null,
      originalTitle: null,
      originalLanguage: null,
      localTitles: new Map(),
    };
  }

  const profile = iso6391(language);
  const original = iso6391(found.originalLanguage);
  const more = moreLanguages.map(iso6391);
  // Without a profile language: the original one, and English, which most trailers are in.
  const wanted = [...new Set([profile, ...more, original, profile === null ? 'en' : null])].filter(
    (code): code is string => code !== null,
  );
  const region = /-([A-Za-z]{2})$/.exec(language ?? '')?.[1]?.toUpperCase();
  const candidates = await videosOf(get, `/${paths[found.kind]}/${found.id}/videos`, wanted, profile, region);
  const foreign = wanted.filter((code) => code !== original && code !== 'en');
  return {
    candidates,
    tmdbId: String(found.id),
    originalTitle: found.originalTitle,
    originalLanguage: found.originalLanguage,
    localTitles: foreign.length > 0 ? await translations(get, found, foreign) : new Map(),
  };
}

/**
 * A season's videos (TMDB's /tv/{id}/season/{n}/videos), each marked with its season. A season
 * TMDB does not know gives none.
 */
export async function tmdbSeasonVideos(
  options: TmdbOptions,
  tvId: string,
  season: number,
  languages: readonly string[],
): Promise<FlatCandidate[]> {
  if (!/^\d+$/.test(tvId) || !Number.isInteger(season) || season < 0) return [];
  const wanted = [...new Set([...languages.map(iso6391), 'en'])].filter(
    (code): code is string => code !== null,
  );
  const found = await videosOf(
    tmdbRequester(options),
    `/tv/${tvId}/season/${season}/videos`,
    wanted,
    wanted[0] ?? null,
  );
  return found.map((candidate) => ({
    ...candidate,
    tmdb: candidate.tmdb ? { ...candidate.tmdb, season } : null,
  }));
}

/** The title's name in each of these languages, from its translations (an empty name is none). */
async function translations(get: TmdbGet, title: Found, languages: string[]): Promise<Map<string, string>> {
  const path = `/${paths[title.kind]}/${title.id}/translations`;
  const answer = await get(path);
  const names = new Map<string, string>();
  if (!answer.found) return names;
  for (const translation of parseTmdb(translationsSchema, answer.json, path).translations) {
    const code = iso6391(translation.iso_639_1);
    const name = (translation.data?.title ?? translation.data?.name ?? '').trim();
    if (code && languages.includes(code) && name !== '' && !names.has(code)) names.set(code, name);
  }
  return names;
}

async function videosOf(
  get: TmdbGet,
  path: string,
  wanted: string[],
  profile: string | null,
  region?: string,
): Promise<FlatCandidate[]> {
  // A region the profile names ("pt-BR") goes along: TMDB's language takes a locale.
  const answer = await get(path, {
    // TMDB's language picks the first language; include_video_language adds the others, and
    // "null" the videos TMDB has no language for (often a studio's featurettes and clips).
    language: profile === null ? (wanted[0] ?? null) : region ? `${profile}-${region}` : profile,
    include_video_language: [...wanted, 'null'].join(','),
  });
  const videos = answer.found ? parseTmdb(videosSchema, answer.json, path).results : [];
  const youtube = videos.flatMap((raw) => {
    const video = videoSchema.safeParse(raw);
    return video.success && video.data.site === 'YouTube' ? [video.data] : [];
  });
  return orderVideos(youtube, wanted).map(toCandidate);
}

async function byTmdbId(get: TmdbGet, ref: TmdbTitleRef): Promise<Found | null> {
  const id = ref.tmdbId?.trim();
  if (!id || !/^\d+$/.test(id)) return null;
  const path = `/${paths[ref.kind]}/${id}`;
  const answer = await get(path);
  // An id TMDB no longer knows (a stale NFO): the other ways may still find the title.
  if (!answer.found) return null;
  return found(parseTmdb(titleSchema, answer.json, path), ref.kind);
}

async function byImdbId(get: TmdbGet, ref: TmdbTitleRef): Promise<Found | null> {
  const id = ref.imdbId?.trim();
  if (!id || !/^tt\d+$/.test(id)) return null;
  const path = `/find/${id}`;
  const answer = await get(path, { external_source: 'imdb_id' });
  if (!answer.found) return null;
  const { movie_results: movies, tv_results: series } = parseTmdb(findSchema, answer.json, path);
  // The library's kind first; an IMDb id names one thing, so the other list is right if it is the one.
  const [first, second] = ref.kind === 'movie' ? [movies, series] : [series, movies];
  const hit = first[0] ?? second[0];
  if (!hit) return null;
  return found(hit, first[0] ? ref.kind : ref.kind === 'movie' ? 'series' : 'movie');
}

async function bySearch(get: TmdbGet, ref: TmdbTitleRef, withYear: boolean): Promise<Found | null> {
  const title = ref.title.trim();
  if (title === '') return null;
  const path = `/search/${paths[ref.kind]}`;
  const year = withYear && ref.year !== null ? String(ref.year) : null;
  const answer = await get(path, {
    query: title,
    ...(ref.kind === 'movie' ? { year } : { first_air_date_year: year }),
  });
  if (!answer.found) throw routeNotFound(path);
  const best = bestMatch(parseTmdb(searchSchema, answer.json, path).results, ref);
  return best ? found(best, ref.kind) : null;
}

/**
 * The result with the same (normalised) title and the closest year, TMDB's order breaking ties.
 * Without a title match, the first result only when its year is the title's: the search already
 * ranks by relevance, and the year keeps a same-named remake out.
 */
export function bestMatch(
  results: readonly TitleResult[],
  ref: Pick<TmdbTitleRef, 'title' | 'year'>,
): TitleResult | null {
  const wanted = normaliseTitle(ref.title);
  let best: { result: TitleResult; rank: number } | null = null;
  for (const result of results) {
    const names = [result.title, result.name, result.original_title, result.original_name];
    if (!names.some((name) => name && normaliseTitle(name) === wanted)) continue;
    const year = yearOf(result);
    const distance = ref.year === null || year === null ? 1.5 : Math.abs(year - ref.year);
    if (distance > 1.5) continue;
    if (best === null || distance < best.rank) best = { result, rank: distance };
  }
  if (best) return best.result;
  const first = results[0];
  return first && ref.year !== null && yearOf(first) === ref.year ? first : null;
}

/** Case, accents, punctuation, "&"/"and" and a leading article do not make two titles differ. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|a|an|der|die|das|le|la|les|el|los|las|il|lo|gli)\s+/, '');
}

function yearOf(result: TitleResult): number | null {
  const match = /^(\d{4})/.exec(result.release_date ?? result.first_air_date ?? '');
  return match ? Number(match[1]) : null;
}

function found(result: TitleResult, kind: Kind): Found {
  return {
    id: result.id,
    kind,
    originalTitle: result.original_title ?? result.original_name ?? null,
    originalLanguage: result.original_language ?? null,
  };
}

const typeOrder = ['Trailer', 'Teaser'];

/**
 * Trailers, then teasers, then the rest (clips, featurettes…); within each, the profile's language,
 * then the original one; official videos first; then the oldest, which is the release trailer
 * rather than a later re-release.
 */
export function orderVideos(videos: readonly Video[], languages: readonly string[]): Video[] {
  const rank = (list: readonly string[], value: string | null) => {
    const index = value === null ? -1 : list.indexOf(value);
    return index === -1 ? list.length : index;
  };
  const seen = new Set<string>();
  return videos
    .filter((video) => !seen.has(video.key) && seen.add(video.key))
    .map((video, index) => ({ video, index }))
    .sort(
      (a, b) =>
        rank(typeOrder, a.video.type) - rank(typeOrder, b.video.type) ||
        rank(languages, a.video.iso_639_1 ?? null) - rank(languages, b.video.iso_639_1 ?? null) ||
        Number(b.video.official) - Number(a.video.official) ||
        publishedRank(a.video) - publishedRank(b.video) ||
        a.index - b.index,
    )
    .map(({ video }) => video);
}

function publishedRank(video: Video): number {
  const time = video.published_at ? Date.parse(video.published_at) : Number.NaN;
  return Number.isNaN(time) ? Number.MAX_SAFE_INTEGER : time;
}

function toCandidate(video: Video): FlatCandidate {
  return {
    id: video.key,
    title: video.name || video.type,
    url: youtubeWatchUrl(video.key),
    channel: null,
    duration: null,
    // YouTube's own still for every video, so the choice dialog has a picture before any search.
    thumbnails: [{ url: `https://i.ytimg.com/vi/${video.key}/hqdefault.jpg`, width: 480, height: 360 }],
    tmdb: { type: video.type, official: video.official, language: video.iso_639_1 ?? null },
  };
}
