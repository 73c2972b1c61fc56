// The TMDB client against a loopback server that answers like TMDB's v3 API (real HTTP, real fetch).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startTmdbServer,
  tmdbTestAccessToken,
  tmdbTestApiKey,
  tmdbVideo,
  type TmdbServer,
} from '../../../../e2e/support/tmdb-server';
import { TmdbError, tmdbTrailers, type TmdbOptions, type TmdbTitleRef } from './tmdb-client';
import { closedPort } from '../../../../e2e/support/closed-port';

const amelieVideos = [
  tmdbVideo({
    key: 'HUECWi5pX7o',
    name: 'Amélie - Official Trailer',
    type: 'Trailer',
    iso_639_1: 'en',
    published_at: '2011-05-02T10:00:00.000Z',
  }),
  tmdbVideo({
    key: 'B7Xf3bUmLUw',
    name: 'Amelie Trailer HD',
    type: 'Trailer',
    iso_639_1: 'en',
    official: false,
    published_at: '2009-01-10T10:00:00.000Z',
  }),
  tmdbVideo({ key: 'sECzJY07oK4', name: 'Making of Amélie', type: 'Featurette', iso_639_1: 'en' }),
  tmdbVideo({
    key: 'T1GrnKVBj6k',
    name: 'Amélie - Teaser',
    type: 'Teaser',
    iso_639_1: 'en',
    published_at: '2001-03-01T10:00:00.000Z',
  }),
  tmdbVideo({
    key: 'xQ0JqL2Aq5E',
    name: "Le Fabuleux Destin d'Amélie Poulain - Bande-annonce",
    type: 'Trailer',
    iso_639_1: 'fr',
    published_at: '2001-04-01T10:00:00.000Z',
  }),
  tmdbVideo({
    key: 'Zq3mUe1Yw9I',
    name: "Le Fabuleux Destin d'Amélie Poulain - Teaser",
    type: 'Teaser',
    iso_639_1: 'fr',
  }),
  tmdbVideo({
    key: 'p9Kc3Rr7ZbA',
    name: 'Die fabelhafte Welt der Amélie - Trailer (Deutsch)',
    type: 'Trailer',
    iso_639_1: 'de',
    official: false,
  }),
  tmdbVideo({ key: '123456789', name: 'Amélie Trailer', type: 'Trailer', iso_639_1: 'en', site: 'Vimeo' }),
  tmdbVideo({ key: 'broken', name: 'A clip with a bad key', type: 'Clip', iso_639_1: 'en' }),
];

const duneVideo = (key: string, year: number) =>
  tmdbVideo({ key, name: `Dune (${year}) Trailer`, type: 'Trailer', iso_639_1: 'en' });

let server: TmdbServer;
let slept: number[];

beforeAll(async () => {
  server = await startTmdbServer({
    movies: [
      {
        id: 194,
        imdbId: 'tt0211915',
        title: 'Amélie',
        originalTitle: "Le Fabuleux Destin d'Amélie Poulain",
        originalLanguage: 'fr',
        releaseDate: '2001-04-25',
        videos: amelieVideos,
      },
      {
        id: 841,
        title: 'Dune',
        originalLanguage: 'en',
        releaseDate: '1984-12-14',
        videos: [duneVideo('KwPTIEWTYEI', 1984)],
      },
      {
        id: 438631,
        title: 'Dune',
        originalLanguage: 'en',
        releaseDate: '2021-09-15',
        videos: [duneVideo('n9xhJrPXop4', 2021)],
      },
    ],
    series: [
      {
        id: 70523,
        imdbId: 'tt5753856',
        name: 'Dark',
        originalLanguage: 'de',
        firstAirDate: '2017-12-01',
        videos: [
          tmdbVideo({
            key: 'cq2Aj1Wq5Xg',
            name: 'Dark | Official Trailer [HD] | Netflix',
            type: 'Trailer',
            iso_639_1: 'en',
          }),
          tmdbVideo({
            key: 'rrwycJ08PSA',
            name: 'Dark | Offizieller Trailer | Netflix',
            type: 'Trailer',
            iso_639_1: 'de',
          }),
          tmdbVideo({ key: 'ESEUoa-mz2c', name: 'Dark | Teaser | Netflix', type: 'Teaser', iso_639_1: 'en' }),
        ],
      },
    ],
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  slept = [];
});

function options(extra: Partial<TmdbOptions> = {}): TmdbOptions {
  return {
    baseUrl: server.baseUrl,
    apiKey: tmdbTestApiKey,
    sleep: async (ms) => {
      slept.push(ms);
    },
    ...extra,
  };
}

const amelie: TmdbTitleRef = { tmdbId: '194', imdbId: null, title: 'Amélie', year: 2001, kind: 'movie' };
const ids = (result: { candidates: { id: string }[] }) => result.candidates.map((c) => c.id);
const paths = () => server.requests.map((r) => r.path);

async function tmdbFailure(promise: Promise<unknown>): Promise<TmdbError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TmdbError);
  return error as TmdbError;
}

describe('tmdbTrailers', () => {
  it('lists a movie’s YouTube trailers, then teasers, then the rest, in the profile’s and the original language', async () => {
    const result = await tmdbTrailers(options(), amelie, 'en');
    expect(result).toMatchObject({
      tmdbId: '194',
      originalTitle: "Le Fabuleux Destin d'Amélie Poulain",
      originalLanguage: 'fr',
    });
    // English before French within a type; official before not; the oldest first. No Vimeo, no bad key.
    expect(ids(result)).toEqual([
      'HUECWi5pX7o',
      'B7Xf3bUmLUw',
      'xQ0JqL2Aq5E',
      'T1GrnKVBj6k',
      'Zq3mUe1Yw9I',
      'sECzJY07oK4',
    ]);
    expect(result.candidates[0]).toEqual({
      id: 'HUECWi5pX7o',
      title: 'Amélie - Official Trailer',
      url: 'https://www.youtube.com/watch?v=HUECWi5pX7o',
      channel: null,
      duration: null,
      thumbnails: [{ url: 'https://i.ytimg.com/vi/HUECWi5pX7o/hqdefault.jpg', width: 480, height: 360 }],
      tmdb: { type: 'Trailer', official: true, language: 'en' },
    });
    expect(result.candidates[1]?.tmdb).toEqual({ type: 'Trailer', official: false, language: 'en' });
    expect(paths()).toEqual(['/3/movie/194', '/3/movie/194/videos']);
    expect(server.requests[1]?.query).toEqual({ language: 'en', include_video_language: 'en,fr,null' });
    expect(server.requests.every((r) => r.auth === 'api_key')).toBe(true);
  });

  it('puts the profile’s language first, given in three letters', async () => {
    const result = await tmdbTrailers(options(), amelie, 'deu');
    expect(ids(result)).toEqual(['p9Kc3Rr7ZbA', 'xQ0JqL2Aq5E', 'Zq3mUe1Yw9I']);
    expect(server.requests[1]?.query).toEqual({ language: 'de', include_video_language: 'de,fr,null' });
  });

  it('asks for the original language and English when the profile has no language', async () => {
    await tmdbTrailers(options(), amelie, null);
    expect(server.requests[1]?.query).toEqual({ language: 'fr', include_video_language: 'fr,en,null' });
  });

  it('finds a movie by its IMDb id', async () => {
    const result = await tmdbTrailers(options(), { ...amelie, tmdbId: null, imdbId: 'tt0211915' }, 'en');
    expect(result.tmdbId).toBe('194');
    expect(result.originalTitle).toBe("Le Fabuleux Destin d'Amélie Poulain");
    expect(ids(result)[0]).toBe('HUECWi5pX7o');
    expect(paths()).toEqual(['/3/find/tt0211915', '/3/movie/194/videos']);
    expect(server.requests[0]?.query).toEqual({ external_source: 'imdb_id' });
  });

  it('finds a movie by title and year, whatever the accents', async () => {
    const result = await tmdbTrailers(options(), { ...amelie, tmdbId: null, title: 'Amelie' }, 'en');
    expect(result.tmdbId).toBe('194');
    expect(server.requests[0]).toMatchObject({
      path: '/3/search/movie',
      query: { query: 'Amelie', year: '2001' },
    });
  });

  it('tells a remake from the original by the year, even one year off', async () => {
    const search = (year: number) =>
      tmdbTrailers(options(), { tmdbId: null, imdbId: null, title: 'Dune', year, kind: 'movie' }, 'en');
    expect(ids(await search(1984))).toEqual(['KwPTIEWTYEI']);
    expect(ids(await search(2021))).toEqual(['n9xhJrPXop4']);
    server.requests.length = 0;
    // The year search finds nothing; without the year both come back and the closer one wins.
    expect((await search(2020)).tmdbId).toBe('438631');
    expect(server.requests.map((r) => r.query.year ?? null)).toEqual(['2020', null, null]);
  });

  it('finds a series by search and by IMDb id, through the TV routes', async () => {
    const dark: TmdbTitleRef = { tmdbId: null, imdbId: null, title: 'Dark', year: 2017, kind: 'series' };
    const bySearch = await tmdbTrailers(options(), dark, 'en');
    expect(bySearch).toMatchObject({ tmdbId: '70523', originalTitle: 'Dark', originalLanguage: 'de' });
    expect(ids(bySearch)).toEqual(['cq2Aj1Wq5Xg', 'rrwycJ08PSA', 'ESEUoa-mz2c']);
    expect(server.requests[0]).toMatchObject({
      path: '/3/search/tv',
      query: { query: 'Dark', first_air_date_year: '2017' },
    });
    server.requests.length = 0;
    await tmdbTrailers(options(), { ...dark, imdbId: 'tt5753856' }, 'en');
    expect(paths()).toEqual(['/3/find/tt5753856', '/3/tv/70523/videos']);
  });

  it('sends a v4 read access token as a bearer token', async () => {
    const result = await tmdbTrailers(options({ apiKey: tmdbTestAccessToken }), amelie, 'en');
    expect(result.candidates).toHaveLength(6);
    expect(server.requests.map((r) => r.auth)).toEqual(['bearer', 'bearer']);
  });

  it('says the key was refused (401), without retrying', async () => {
    const failure = await tmdbFailure(
      tmdbTrailers(options({ apiKey: 'ffffffffffffffffffffffffffffffff' }), amelie, 'en'),
    );
    expect(failure).toMatchObject({ code: 'UNAUTHORIZED', status: 401, transient: false });
    expect(failure.message).toBe('TMDB refused the API key (HTTP 401). Check it in Settings.');
    expect(server.requests).toHaveLength(1);
  });

  it('asks nothing without a key', async () => {
    const failure = await tmdbFailure(tmdbTrailers(options({ apiKey: '  ' }), amelie, 'en'));
    expect(failure.code).toBe('UNAUTHORIZED');
    expect(server.requests).toHaveLength(0);
  });

  it('gives no candidates for a title TMDB does not know (404), trying the IMDb id and the title first', async () => {
    const unknown: TmdbTitleRef = {
      tmdbId: '999999',
      imdbId: 'tt0000001',
      title: 'No Such Film',
      year: 1999,
      kind: 'movie',
    };
    expect(await tmdbTrailers(options(), unknown, 'en')).toEqual({
      candidates: [],
      tmdbId: null,
      originalTitle: null,
      originalLanguage: null,
      localTitles: new Map(),
    });
    expect(server.requests[0]).toMatchObject({ path: '/3/movie/999999', status: 404 });
    expect(paths().slice(1, 3)).toEqual(['/3/find/tt0000001', '/3/search/movie']);
  });

  it('falls back to the IMDb id when the TMDB id is stale', async () => {
    const result = await tmdbTrailers(options(), { ...amelie, tmdbId: '999999', imdbId: 'tt0211915' }, 'en');
    expect(result.tmdbId).toBe('194');
  });

  it('says the address is wrong when a route that always exists is missing (404)', async () => {
    const failure = await tmdbFailure(
      tmdbTrailers(options({ baseUrl: `${server.baseUrl}/v9` }), amelie, 'en'),
    );
    expect(failure).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(failure.message).toMatch(/Check the TMDB address in Settings/);
  });

  it('waits as long as Retry-After says (at most 2 s) and tries once more after a 429', async () => {
    server.rateLimitNext(1, 1);
    expect(ids(await tmdbTrailers(options(), amelie, 'en'))).toHaveLength(6);
    expect(slept).toEqual([1000]);
    expect(server.requests.map((r) => r.status)).toEqual([429, 200, 200]);

    server.rateLimitNext(1, 30);
    await tmdbTrailers(options(), amelie, 'en');
    expect(slept).toEqual([1000, 2000]);
  });

  it('gives up with RATE_LIMITED after a second 429', async () => {
    server.rateLimitNext(2, 1);
    const failure = await tmdbFailure(tmdbTrailers(options(), amelie, 'en'));
    expect(failure).toMatchObject({ code: 'RATE_LIMITED', status: 429, transient: true });
    expect(slept).toEqual([1000]);
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ['cut-off JSON', '{"id": 194, "results": [{"iso_639_1": "en"'],
    ['a shape TMDB does not document', { id: 194, results: 'none' }],
  ])('calls %s a BAD_RESPONSE', async (_, body) => {
    server.respondNext(1, { status: 200, body, path: '/3/movie/194/videos' });
    const failure = await tmdbFailure(tmdbTrailers(options(), amelie, 'en'));
    expect(failure.code).toBe('BAD_RESPONSE');
    expect(failure.message).toMatch(/TMDB answered \/movie\/194\/videos with something unexpected/);
    expect(server.requests.map((r) => r.status)).toEqual([200, 200]);
  });

  it('calls a server error UNREACHABLE, worth trying later', async () => {
    server.respondNext(1, { status: 503, body: '<html>Service Unavailable</html>' });
    const failure = await tmdbFailure(tmdbTrailers(options(), amelie, 'en'));
    expect(failure).toMatchObject({ code: 'UNREACHABLE', status: 503, transient: true });
  });

  it('says TMDB cannot be reached, as OFFLINE, when nothing listens or the name does not resolve', async () => {
    const port = await closedPort();
    const refused = await tmdbFailure(
      tmdbTrailers(options({ baseUrl: `http://127.0.0.1:${port}/3` }), amelie, 'en'),
    );
    expect(refused).toMatchObject({ code: 'OFFLINE', status: null, transient: true });
    expect(refused.message).toMatch(`127.0.0.1:${port}`);
    expect(refused.message).toMatch('ECONNREFUSED');
    expect(refused.message).toMatch(/no internet connection/);
    // .invalid never resolves (RFC 2606); with no DNS to the outside here it fails at once.
    const unresolvable = await tmdbFailure(
      tmdbTrailers(options({ baseUrl: 'http://nonexistent.invalid/3' }), amelie, 'en'),
    );
    expect(unresolvable).toMatchObject({ code: 'OFFLINE', transient: true });
    expect(unresolvable.message).toMatch(/nonexistent\.invalid \((ENOTFOUND|EAI_AGAIN)\)/);
  });

  it('gives up on a server that does not answer in time', async () => {
    server.respondNext(1, { status: 200, body: '{}', delayMs: 5000 });
    const failure = await tmdbFailure(tmdbTrailers(options({ timeoutMs: 300 }), amelie, 'en'));
    expect(failure).toMatchObject({ code: 'UNREACHABLE' });
    expect(failure.message).toMatch(/did not answer within 1 s/);
  });

  it('stops when cancelled, with the reason rather than a TmdbError', async () => {
    server.respondNext(1, { status: 200, body: '{}', delayMs: 5000 });
    const controller = new AbortController();
    const pending = tmdbTrailers(options({ signal: controller.signal }), amelie, 'en');
    setTimeout(() => controller.abort(new Error('cancelled by the person')), 100);
    await expect(pending).rejects.toThrow('cancelled by the person');
  });
});
