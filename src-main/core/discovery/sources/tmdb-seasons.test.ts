// TMDB for more than one video per title: every wanted language, the title's name in each (its
// translations) and a season's videos. Against the loopback server that answers like TMDB's v3 API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startTmdbServer,
  tmdbTestApiKey,
  tmdbVideo,
  type TmdbServer,
} from '../../../../e2e/support/tmdb-server';
import { tmdbSeasonVideos, tmdbTrailers, type TmdbOptions, type TmdbTitleRef } from './tmdb-client';

let server: TmdbServer;
const video = (key: string, name: string, type: string, language: string) =>
  tmdbVideo({ key, name, type, iso_639_1: language });

beforeAll(async () => {
  server = await startTmdbServer({
    movies: [
      {
        id: 194,
        title: 'Amélie',
        originalTitle: "Le Fabuleux Destin d'Amélie Poulain",
        originalLanguage: 'fr',
        releaseDate: '2001-04-25',
        videos: [
          video('HUECWi5pX7o', 'Amélie - Official Trailer', 'Trailer', 'en'),
          video('sECzJY07oK4', 'Making of Amélie', 'Featurette', 'en'),
          video('p9Kc3Rr7ZbA', 'Die fabelhafte Welt der Amélie - Trailer (Deutsch)', 'Trailer', 'de'),
        ],
        translations: [
          { language: 'de', country: 'DE', title: 'Die fabelhafte Welt der Amélie' },
          { language: 'es', country: 'ES', title: 'Amelie' },
          { language: 'it', country: 'IT', title: '' },
        ],
      },
    ],
    series: [
      {
        id: 70523,
        name: 'Dark',
        originalLanguage: 'de',
        firstAirDate: '2017-12-01',
        videos: [video('cq2Aj1Wq5Xg', 'Dark | Official Trailer [HD] | Netflix', 'Trailer', 'en')],
        seasonVideos: {
          2: [
            video('darkS2trail', 'Dark Season 2 | Official Trailer', 'Trailer', 'en'),
            video('darkS2trlDE', 'Dark Staffel 2 | Trailer', 'Trailer', 'de'),
            video('darkS2trlFR', 'Dark Saison 2 | Bande-annonce', 'Trailer', 'fr'),
          ],
        },
      },
    ],
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const options: () => TmdbOptions = () => ({ baseUrl: server.baseUrl, apiKey: tmdbTestApiKey });
const amelie: TmdbTitleRef = { tmdbId: '194', imdbId: null, title: 'Amélie', year: 2001, kind: 'movie' };

describe('TMDB for more than one video per title', () => {
  it('asks for every wanted language and reads the title in each from its translations', async () => {
    const found = await tmdbTrailers(options(), amelie, 'de', ['es', 'en']);
    const videos = server.requests.find((request) => request.path === '/3/movie/194/videos');
    expect(videos?.query.include_video_language).toBe('de,es,en,fr,null');
    expect([...found.localTitles]).toEqual([
      ['de', 'Die fabelhafte Welt der Amélie'],
      ['es', 'Amelie'],
    ]);
    expect(found.candidates[0]?.tmdb?.language).toBe('de');
    // Every type comes back, not only trailers: a featurette slot is answered from the same list.
    expect(found.candidates.map((c) => c.tmdb?.type)).toContain('Featurette');
  });

  it('does not ask for translations when only the original language and English are wanted', async () => {
    const found = await tmdbTrailers(options(), amelie, 'en');
    expect(server.requests.map((request) => request.path)).not.toContain('/3/movie/194/translations');
    expect(found.localTitles.size).toBe(0);
  });

  it('lists a season’s videos in the wanted languages, each marked with its season', async () => {
    const found = await tmdbSeasonVideos(options(), '70523', 2, ['de']);
    expect(found.map((c) => c.id)).toEqual(['darkS2trlDE', 'darkS2trail']);
    expect(found.every((c) => c.tmdb?.season === 2)).toBe(true);
    expect(server.requests.at(-1)?.path).toBe('/3/tv/70523/season/2/videos');
  });

  it('gives no videos for a season TMDB does not know', async () => {
    expect(await tmdbSeasonVideos(options(), '70523', 7, ['de'])).toEqual([]);
  });
});
