// A loopback server laid out like TMDB's v3 API, answering with its documented JSON shapes, for the
// TMDB client's tests and the e2e tests. Routes (under /3, like the real base URL):
//   GET /find/{imdb_id}?external_source=imdb_id      {movie_results, tv_results, …}
//   GET /search/movie?query=&year=                   {page, results, total_pages, total_results}
//   GET /search/tv?query=&first_air_date_year=       the same, with series
//   GET /movie/{id}, /tv/{id}                        the title's details
//   GET /movie/{id}/videos, /tv/{id}/videos          {id, results}, filtered like TMDB: the
//       `language` parameter's language (English when absent) plus `include_video_language`'s
//   GET /tv/{id}/season/{n}/videos                   {id, results}: a season's videos, filtered the
//       same way ("TV Seasons › Videos", developer.themoviedb.org/reference/tv-season-videos)
//   GET /movie/{id}/translations, /tv/{id}/translations
//       {id, translations: [{iso_3166_1, iso_639_1, name, english_name, data}]}, data holding the
//       title (movies) or name (series) in that language, with overview, homepage, tagline (and a
//       movie's runtime) ("Movies › Translations", developer.themoviedb.org/reference/movie-translations;
//       "TV Series › Translations", developer.themoviedb.org/reference/tv-series-translations)
// Every request needs the key (api_key=) or the token (Authorization: Bearer), else 401 with TMDB's
// error body; an unknown id or route is a 404 with TMDB's body. respondNext/rateLimitNext make the
// next requests misbehave on purpose.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A video as TMDB documents it. */
export interface TmdbVideo {
  iso_639_1: string;
  iso_3166_1: string;
  name: string;
  key: string;
  site: string;
  size: number;
  type: string;
  official: boolean;
  published_at: string;
  id: string;
}

/** The title in another language, as a translation lists it. */
export interface TmdbTranslation {
  /** ISO 639-1. */
  language: string;
  /** ISO 3166-1. */
  country: string;
  title: string;
}

export interface TmdbMovieFixture {
  id: number;
  translations?: TmdbTranslation[];
  imdbId?: string;
  title: string;
  originalTitle?: string;
  originalLanguage: string;
  /** YYYY-MM-DD */
  releaseDate: string;
  videos: TmdbVideo[];
}

export interface TmdbSeriesFixture {
  id: number;
  translations?: TmdbTranslation[];
  /** Videos of a season, by its number. */
  seasonVideos?: Record<number, TmdbVideo[]>;
  imdbId?: string;
  name: string;
  originalName?: string;
  originalLanguage: string;
  /** YYYY-MM-DD */
  firstAirDate: string;
  videos: TmdbVideo[];
}

export interface TmdbServerData {
  /** The accepted v3 key (default tmdbTestApiKey). */
  apiKey?: string;
  /** The accepted v4 read access token (default tmdbTestAccessToken). */
  accessToken?: string;
  movies?: TmdbMovieFixture[];
  series?: TmdbSeriesFixture[];
}

interface Entry {
  kind: 'movie' | 'tv';
  id: number;
  imdbId?: string;
  name: string;
  originalName: string;
  originalLanguage: string;
  date: string;
  videos: TmdbVideo[];
  translations?: TmdbTranslation[];
  seasonVideos?: Record<number, TmdbVideo[]>;
}

export interface TmdbServedRequest {
  path: string;
  /** The query parameters, api_key left out. */
  query: Record<string, string>;
  auth: 'api_key' | 'bearer' | 'none';
  status: number;
}

export interface TmdbCannedResponse {
  status: number;
  /** Sent as is: a string may be deliberately broken JSON. */
  body: string | object;
  headers?: Record<string, string>;
  /** Holds the answer back this long (a server that does not answer in time). */
  delayMs?: number;
  /** Only for requests to this path (e.g. '/3/movie/194/videos'); any request when absent. */
  path?: string;
}

export interface TmdbServer {
  /** Like https://api.themoviedb.org/3. */
  baseUrl: string;
  /** Every request so far, in arrival order. */
  requests: TmdbServedRequest[];
  /** The next `count` requests get this answer instead of the real one. */
  respondNext(count: number, response: TmdbCannedResponse): void;
  /** The next `count` requests get a 429 with Retry-After (seconds, default 1). */
  rateLimitNext(count: number, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

export const tmdbTestApiKey = '0123456789abcdef0123456789abcdef';
export const tmdbTestAccessToken =
  'eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiIwMTIzNDU2Nzg5YWJjZGVmIiwic2NvcGVzIjpbImFwaV9yZWFkIl19.c2lnbmF0dXJl';

const invalidKey = {
  status_code: 7,
  status_message: 'Invalid API key: You must be granted a valid key.',
  success: false,
};
const notFound = {
  success: false,
  status_code: 34,
  status_message: 'The resource you requested could not be found.',
};
const rateLimited = {
  status_code: 25,
  status_message: 'Your request count (41) is over the allowed limit of (40).',
  success: false,
};

export async function startTmdbServer(data: TmdbServerData = {}): Promise<TmdbServer> {
  const apiKey = data.apiKey ?? tmdbTestApiKey;
  const accessToken = data.accessToken ?? tmdbTestAccessToken;
  const titles: Entry[] = [
    ...(data.movies ?? []).map((m): Entry => ({
      ...m,
      kind: 'movie',
      name: m.title,
      originalName: m.originalTitle ?? m.title,
      date: m.releaseDate,
    })),
    ...(data.series ?? []).map((s): Entry => ({
      ...s,
      kind: 'tv',
      originalName: s.originalName ?? s.name,
      date: s.firstAirDate,
    })),
  ];
  const ofKind = (kind: string) => titles.filter((title) => title.kind === kind);
  const requests: TmdbServedRequest[] = [];
  const canned: TmdbCannedResponse[] = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const query = Object.fromEntries([...url.searchParams].filter(([name]) => name !== 'api_key'));
    const entry: TmdbServedRequest = { path: url.pathname, query, auth: authOf(req, url), status: 0 };
    requests.push(entry);
    res.on('finish', () => (entry.status = res.statusCode));
    const index = canned.findIndex(
      (response) => response.path === undefined || response.path === url.pathname,
    );
    const override = index === -1 ? undefined : canned.splice(index, 1)[0];
    if (override) {
      const send = () => reply(res, override.status, override.body, override.headers);
      if (override.delayMs) setTimeout(send, override.delayMs);
      else send();
      return;
    }
    if (!authorised(req, url)) return reply(res, 401, invalidKey);
    if (req.method !== 'GET') return reply(res, 405, notFound);
    const body = route(url);
    if (body === null) return reply(res, 404, notFound);
    reply(res, 200, body);
  });

  function authorised(req: IncomingMessage, url: URL): boolean {
    const header = req.headers.authorization ?? '';
    if (header !== '') return header === `Bearer ${accessToken}`;
    return url.searchParams.get('api_key') === apiKey;
  }

  function route(url: URL): object | null {
    const parts = url.pathname.split('/').filter((part) => part !== '');
    if (parts.shift() !== '3') return null;
    const [first, second, third, ...rest] = parts;
    const params = url.searchParams;
    if (first === 'tv' && third === 'season' && rest.length === 2 && rest[1] === 'videos') {
      const title = ofKind('tv').find((entry) => entry.id === Number(second));
      const videos = title?.seasonVideos?.[Number(rest[0])];
      // TMDB answers a season the series does not have with its 404.
      if (!title || !videos) return null;
      return { id: title.id * 1000 + Number(rest[0]), results: videosIn(videos, params) };
    }
    if (rest.length > 0) return null;
    if (first === 'find' && second && !third) {
      if (params.get('external_source') !== 'imdb_id') return null;
      const withId = (kind: string) =>
        ofKind(kind)
          .filter((title) => title.imdbId === second)
          .map((title) => ({ ...summary(title), media_type: kind }));
      return {
        movie_results: withId('movie'),
        person_results: [],
        tv_results: withId('tv'),
        tv_episode_results: [],
        tv_season_results: [],
      };
    }
    if (first === 'search' && !third && (second === 'movie' || second === 'tv')) {
      const words = fold(params.get('query') ?? '').split(' ');
      const year = params.get(second === 'movie' ? 'year' : 'first_air_date_year');
      const results = ofKind(second)
        .filter((title) => words[0] !== '' && (!year || title.date.startsWith(year)))
        .filter((title) => [title.name, title.originalName].some((name) => hasWords(name, words)))
        .map(summary);
      return { page: 1, results, total_pages: results.length > 0 ? 1 : 0, total_results: results.length };
    }
    if ((first === 'movie' || first === 'tv') && second && /^\d+$/.test(second)) {
      const title = ofKind(first).find((entry) => entry.id === Number(second));
      if (!title) return null;
      if (third === undefined) return details(title);
      if (third === 'videos') return { id: title.id, results: videosIn(title.videos, params) };
      if (third === 'translations') return { id: title.id, translations: translationsOf(title) };
    }
    return null;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/3`,
    requests,
    respondNext(count, response) {
      for (let i = 0; i < count; i += 1) canned.push(response);
    },
    rateLimitNext(count, retryAfterSeconds = 1) {
      for (let i = 0; i < count; i += 1) {
        canned.push({
          status: 429,
          body: rateLimited,
          headers: { 'retry-after': String(retryAfterSeconds) },
        });
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function authOf(req: IncomingMessage, url: URL): TmdbServedRequest['auth'] {
  if (req.headers.authorization?.startsWith('Bearer ')) return 'bearer';
  return url.searchParams.has('api_key') ? 'api_key' : 'none';
}

function reply(
  res: ServerResponse,
  status: number,
  body: string | object,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...headers });
  res.end(text);
}

/** TMDB's language filter: the `language` parameter's language plus include_video_language's. */
function videosIn(videos: TmdbVideo[], params: URLSearchParams): TmdbVideo[] {
  const languages = new Set(
    (params.get('include_video_language') ?? '').split(',').filter((code) => code !== ''),
  );
  languages.add((params.get('language') ?? 'en-US').split('-')[0] ?? 'en');
  return videos.filter((video) => languages.has(video.iso_639_1));
}

/** A title's translations, each with the fields TMDB sends (its own language's name and English name). */
function translationsOf(title: Entry) {
  const names = (code: string) => ({
    name: new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code,
    english_name: new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code,
  });
  return (title.translations ?? []).map((translation) => ({
    iso_3166_1: translation.country,
    iso_639_1: translation.language,
    ...names(translation.language),
    data:
      title.kind === 'movie'
        ? { homepage: '', overview: '', runtime: 120, tagline: '', title: translation.title }
        : { homepage: '', overview: '', tagline: '', name: translation.title },
  }));
}

/** Case and accents do not matter to TMDB's search; every word of the query must appear. */
function hasWords(name: string, words: string[]): boolean {
  const nameWords = fold(name).split(' ');
  return words.every((word) => nameWords.includes(word));
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A movie or series as search and find list it: movies have title/release_date, series name/first_air_date. */
function summary(title: Entry) {
  const common = {
    adult: false,
    backdrop_path: `/backdrop${title.id}.jpg`,
    genre_ids: [18],
    id: title.id,
    original_language: title.originalLanguage,
    overview: '',
    popularity: 10.5,
    poster_path: `/poster${title.id}.jpg`,
    vote_average: 7.5,
    vote_count: 1000,
  };
  return title.kind === 'movie'
    ? {
        ...common,
        original_title: title.originalName,
        release_date: title.date,
        title: title.name,
        video: false,
      }
    : {
        ...common,
        origin_country: [],
        original_name: title.originalName,
        first_air_date: title.date,
        name: title.name,
      };
}

/** /movie/{id} and /tv/{id}: the summary with genres spelled out and a few details. */
function details(title: Entry) {
  const { genre_ids: _genreIds, ...rest } = summary(title);
  const extra =
    title.kind === 'movie'
      ? { imdb_id: title.imdbId ?? null, runtime: 120, status: 'Released' }
      : { number_of_seasons: 3, number_of_episodes: 26, status: 'Ended' };
  return { ...rest, genres: [{ id: 18, name: 'Drama' }], ...extra };
}

let videoCount = 0;

/** A video with TMDB's usual values for the fields a test does not care about. */
export function tmdbVideo(
  fields: Pick<TmdbVideo, 'key' | 'name' | 'type' | 'iso_639_1'> & Partial<TmdbVideo>,
): TmdbVideo {
  videoCount += 1;
  return {
    iso_3166_1: fields.iso_639_1 === 'en' ? 'US' : fields.iso_639_1.toUpperCase(),
    site: 'YouTube',
    size: 1080,
    official: true,
    published_at: '2021-07-22T16:00:05.000Z',
    id: `5f${String(videoCount).padStart(22, '0')}`,
    ...fields,
  };
}
