// One run fills every video a profile wants of a title: a trailer and a featurette, season
// trailers, the first language that exists. Real database, queue and ranking; TMDB answered by the
// loopback server with TMDB's documented shapes (seasons' videos, translations); YouTube by the
// yt-dlp stand-in (YouTube cannot be reached from here). The queue is paused: what is queued, for
// which slot, is the point, not the download.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileFields } from '../../../src-preload/contract/profiles';
import {
  startTmdbServer,
  tmdbTestApiKey,
  tmdbVideo,
  type TmdbServer,
} from '../../../e2e/support/tmdb-server';
import {
  standinPath,
  standinQueries,
  writeStandinSearches,
  type StandinConfig,
} from '../../../e2e/support/ytdlp-standin.js';
import { openDownloadApp, type DownloadApp } from '../downloads/download-test-kit';
import { nextEvent } from '../library/test-helpers';

let app: DownloadApp;
let tmdb: TmdbServer;
let standin: StandinConfig;
const dir = mkdtempSync(join(tmpdir(), 'trailerdeck slots '));
const savedEnv = { ...process.env };

const video = (key: string, name: string, type: string, language = 'en') =>
  tmdbVideo({ key, name, type, iso_639_1: language });

beforeAll(async () => {
  tmdb = await startTmdbServer({
    movies: [
      {
        id: 329865,
        title: 'Arrival',
        originalLanguage: 'en',
        releaseDate: '2016-11-10',
        translations: [{ language: 'de', country: 'DE', title: 'Arrival' }],
        videos: [
          video('arrivtrail1', 'Arrival Official Trailer #1', 'Trailer'),
          video('arrivteas01', 'Arrival Teaser', 'Teaser'),
          video('arrivfeat01', 'Arrival Featurette - Language', 'Featurette'),
          video('arrivtrlde1', 'ARRIVAL Trailer German Deutsch', 'Trailer', 'de'),
        ],
      },
      {
        id: 949,
        title: 'Heat',
        originalLanguage: 'en',
        releaseDate: '1995-12-15',
        translations: [{ language: 'de', country: 'DE', title: 'Heat' }],
        videos: [video('heattrail01', 'Heat Official Trailer', 'Trailer')],
      },
    ],
    series: [
      {
        id: 70523,
        name: 'Dark',
        originalLanguage: 'de',
        firstAirDate: '2017-12-01',
        videos: [
          video('darktrail01', 'Dark | Official Trailer [HD] | Netflix', 'Trailer'),
          video('darkfeat001', 'Dark | Featurette: The Time Travel | Netflix', 'Featurette'),
        ],
        seasonVideos: {
          1: [video('darks1trl01', 'Dark Season 1 | Official Trailer | Netflix', 'Trailer')],
          2: [video('darks2trl01', 'Dark Season 2 | Official Trailer | Netflix', 'Trailer')],
        },
      },
    ],
  });
});
afterAll(async () => {
  await tmdb.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  standin = writeStandinSearches(join(dir, `standin-${Date.now()}`), {});
  Object.assign(process.env, standin.env);
  app = await openDownloadApp({ ytdlpPath: standinPath });
  await app.call('downloads:updateSettings', { youtubePauseSeconds: 0 });
  await app.call('downloads:pauseAll');
  await app.call('discovery:updateSettings', { tmdbApiKey: tmdbTestApiKey, tmdbBaseUrl: tmdb.baseUrl });
});
afterEach(async () => {
  await app.close();
  process.env = { ...savedEnv };
});

async function wantOnDefault(fields: Partial<ProfileFields>): Promise<void> {
  const profile = (await app.call('profiles:list')).find((p) => p.isDefault)!;
  await app.call('profiles:update', { id: profile.id, ...fields });
}

async function runFor(mediaIds: number[]) {
  const finished = nextEvent(app.core.events, 'discovery:runChanged', (run) => !run.running);
  await app.call('discovery:downloadMissing', { mediaIds });
  return finished;
}

/** The queued jobs as "title: slot ← video". */
async function queued(): Promise<string[]> {
  const rows = (await app.call('downloads:window', { filter: 'all', offset: 0, limit: 500 })).rows;
  const key = (url: string) => new URL(url).searchParams.get('v');
  return rows.map((job) => `${job.mediaTitle}: ${slotText(job.slot)} ← ${key(job.sourceUrl)}`).sort();
}

function slotText(slot: { type: string; season: number | null; language: string | null }): string {
  return `${slot.type}${slot.season === null ? '' : `/s${slot.season}`}${slot.language ? `@${slot.language}` : ''}`;
}

/** Adds a series library with season folders (the season rows the scan records for them). */
async function addSeries(name: string, seasons: number[]): Promise<number> {
  const root = join(app.dir, 'Series');
  for (const season of seasons) {
    const folder = join(root, name, `Season ${String(season).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${name} S${String(season).padStart(2, '0')}E01.mkv`), '');
  }
  const scanned = nextEvent(app.core.events, 'scan:finished');
  await app.call('library:addRoot', { path: root, kind: 'series' });
  await scanned;
  const sqlite = app.core.db.$client;
  const id = sqlite.prepare("SELECT id FROM media WHERE kind = 'series'").pluck().get() as number;
  const insert = sqlite.prepare(
    'INSERT OR IGNORE INTO media_season (media_id, season, folder_name) VALUES (?, ?, ?)',
  );
  for (const season of seasons) insert.run(id, season, `Season ${String(season).padStart(2, '0')}`);
  return id;
}

describe('one run fills every wanted video of a title', () => {
  it('queues a trailer and a featurette of a movie from TMDB, each for its slot, without asking YouTube', async () => {
    await wantOnDefault({ wantedVideos: { trailer: 1, featurette: 1 } });
    const run = await runFor([app.mediaId('Arrival (2016)')]);
    expect(run).toMatchObject({ queued: 2, needsChoice: 0, failed: 0 });
    expect(await queued()).toEqual(['Arrival: featurette ← arrivfeat01', 'Arrival: trailer ← arrivtrail1']);
    expect(standinQueries(standin.logPath)).toEqual([]);
    // A second run finds every slot filled.
    expect(await runFor([app.mediaId('Arrival (2016)')])).toMatchObject({ queued: 0, satisfied: 1 });
    // The profile editor's count: the other three titles lack both; wanting an interview too, all four.
    const profileId = (await app.call('profiles:list')).find((p) => p.isDefault)!.id;
    expect(await app.call('discovery:missingCount', { profileId, acceptDetectedTrailers: true })).toEqual({
      titles: 3,
    });
    expect(
      await app.call('discovery:missingCount', {
        profileId,
        acceptDetectedTrailers: true,
        wantedVideos: { trailer: 1, featurette: 1, interview: 1 },
      }),
    ).toEqual({ titles: 4 });
  });

  it('gives a series its trailer, a trailer per season folder and a featurette, asking TMDB once per season', async () => {
    const dark = await addSeries('Dark (2017)', [1, 2]);
    await wantOnDefault({ wantedVideos: { trailer: 1, featurette: 1 }, seasonTrailers: true });
    const before = tmdb.requests.length;
    expect(await runFor([dark])).toMatchObject({ queued: 4, needsChoice: 0 });
    expect(await queued()).toEqual([
      'Dark: featurette ← darkfeat001',
      'Dark: trailer ← darktrail01',
      'Dark: trailer/s1 ← darks1trl01',
      'Dark: trailer/s2 ← darks2trl01',
    ]);
    // The series found once, its videos once, each season's videos once; no YouTube search.
    const paths = tmdb.requests.slice(before).map((request) => request.path);
    expect(paths.filter((path) => path.endsWith('/videos')).sort()).toEqual([
      '/3/tv/70523/season/1/videos',
      '/3/tv/70523/season/2/videos',
      '/3/tv/70523/videos',
    ]);
    expect(paths.length).toBeLessThanOrEqual(5);
    expect(standinQueries(standin.logPath)).toEqual([]);
  });

  it('picks the German trailer for a German-first profile when one exists, the English one otherwise', async () => {
    await wantOnDefault({ languages: ['de', 'en'] });
    await runFor([app.mediaId('Arrival (2016)'), app.mediaId('Heat (1995)')]);
    expect(await queued()).toEqual(['Arrival: trailer ← arrivtrlde1', 'Heat: trailer ← heattrail01']);
  });

  it('searches YouTube in the first language when TMDB knows only a fallback’s trailer, and takes the one it finds', async () => {
    const id = 'heattrlde01';
    standin = writeStandinSearches(join(dir, `standin-de-${Date.now()}`), {
      'Heat 1995 offizieller trailer deutsch': {
        entries: [
          {
            _type: 'url',
            ie_key: 'Youtube',
            id,
            url: `https://www.youtube.com/watch?v=${id}`,
            title: 'HEAT Trailer German Deutsch (1995)',
            duration: 150,
            channel: 'KinoCheck',
            channel_id: `UC${id}`,
            view_count: 50_000,
            live_status: null,
          },
        ],
      },
    });
    Object.assign(process.env, standin.env);
    await wantOnDefault({ languages: ['de', 'en'] });
    await runFor([app.mediaId('Heat (1995)')]);
    expect(standinQueries(standin.logPath)).toEqual(['Heat 1995 offizieller trailer deutsch']);
    expect(await queued()).toEqual([`Heat: trailer ← ${id}`]);
  });

  it('wants one trailer per language with one per language, each filed for its language', async () => {
    await wantOnDefault({ languages: ['de', 'en'], onePerLanguage: true });
    await runFor([app.mediaId('Arrival (2016)')]);
    expect(await queued()).toEqual([
      'Arrival: trailer@de ← arrivtrlde1',
      'Arrival: trailer@en ← arrivtrail1',
    ]);
  });

  it('lists a slot nothing answers for in Review, named by its slot, and searches YouTube in its words', async () => {
    await wantOnDefault({ wantedVideos: { trailer: 1, interview: 1 } });
    await runFor([app.mediaId('Arrival (2016)')]);
    const review = (await app.call('discovery:needsChoiceWindow', { offset: 0, limit: 50 })).rows;
    expect(review).toMatchObject([{ mediaTitle: 'Arrival', slot: 'interview', slotLabel: 'Interview' }]);
    expect(standinQueries(standin.logPath)).toEqual(['Arrival 2016 interview']);
  });

  it('lets Find trailer search for another slot and queues the pick for that slot', async () => {
    const search = await app.call('discovery:findTrailer', {
      mediaId: app.mediaId('Arrival (2016)'),
      slot: 'featurette',
    });
    expect(search).toMatchObject({ slot: 'featurette', slotLabel: 'Featurette' });
    expect(search.slotChoices.map((choice) => choice.label)).toContain('Behind the scenes');
    expect(search.candidates[0]?.key).toBe('arrivfeat01');
    const job = await app.call('discovery:pick', {
      mediaId: app.mediaId('Arrival (2016)'),
      key: 'arrivfeat01',
      slot: 'featurette',
    });
    expect(job.slot).toMatchObject({ type: 'featurette', season: null });
  });

  it('queues a link pasted in Find trailer for the slot the dialog names, and refuses a slot that is none', async () => {
    const mediaId = app.mediaId('Heat (1995)');
    const link = (id: string) => `https://www.youtube.com/watch?v=${id}`;
    const featurette = await app.call('downloads:enqueue', {
      mediaId,
      source: link('heatfeat001'),
      slot: 'featurette',
    });
    expect(featurette.slot).toEqual({ type: 'featurette', season: null, language: null, ordinal: 1 });
    const trailer = await app.call('downloads:enqueue', { mediaId, source: link('heattrail02') });
    expect(trailer.slot).toMatchObject({ type: 'trailer', season: null, language: null });
    await expect(
      app.call('downloads:enqueue', { mediaId, source: link('heattrail03'), slot: 'trailer/sx' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await queued()).toEqual(['Heat: featurette ← heatfeat001', 'Heat: trailer ← heattrail02']);
  });
});
