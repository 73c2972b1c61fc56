// Discovery end to end on real parts: a real database and queue, the real ranking, real downloads
// from the loopback media server; YouTube's search answered by the stand-in yt-dlp (YouTube cannot
// be reached from here) and TMDB by a loopback server with TMDB's documented shapes.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startTmdbServer,
  tmdbTestApiKey,
  tmdbVideo,
  type TmdbServer,
} from '../../../e2e/support/tmdb-server';
// With the extension: without it Vite would pick the executable .mjs of the same name.
import {
  standinPath,
  standinQueries,
  writeStandinSearches,
  type StandinConfig,
  type StandinEntry,
} from '../../../e2e/support/ytdlp-standin.js';
import {
  openDownloadApp,
  startMediaHost,
  type DownloadApp,
  type MediaHost,
} from '../downloads/download-test-kit';
import { nextEvent } from '../library/test-helpers';
import { makeSoundOnly } from '../../../e2e/support/broken-media';
import { makeVideo } from '../../../e2e/support/media-fixtures';

let host: MediaHost;
let app: DownloadApp;
let tmdb: TmdbServer;
let standin: StandinConfig;
const dir = mkdtempSync(join(tmpdir(), 'trailerdeck discovery '));
const savedEnv = { ...process.env };

/** A search result the way YouTube lists it; its link points at the loopback server. */
function entry(id: string, title: string, channel: string, duration: number, views: number): StandinEntry {
  return {
    _type: 'url',
    ie_key: 'Youtube',
    id,
    url: host.server.url(`/media/video.mp4?v=${id}`),
    title,
    duration,
    channel,
    channel_id: `UC${id}`,
    uploader: channel,
    view_count: views,
    live_status: null,
    availability: null,
  };
}

function searches() {
  return {
    'Heat 1995 official trailer': {
      entries: [
        entry(
          'heatreact01',
          'HEAT (1995) Trailer REACTION!! First time watching',
          'Movie Reacts',
          900,
          2_000_000,
        ),
        entry(
          'heattrail01',
          'Heat (1995) Official Trailer - Al Pacino, Robert De Niro Movie HD',
          'Rotten Tomatoes Classic Trailers',
          150,
          1_500_000,
        ),
        entry(
          'heatscene01',
          'Heat (1995) - Bank Robbery Shootout Scene (8/10) | Movieclips',
          'Movieclips',
          290,
          9_000_000,
        ),
      ],
    },
    'Alien 1979 official trailer': {
      entries: [
        entry('romulus0001', 'Alien: Romulus | Official Trailer', '20th Century Studios', 150, 30_000_000),
        entry('alienrevu01', 'Alien (1979) Review - A Masterpiece?', 'Film Critic', 1200, 300_000),
      ],
    },
    'Arrival 2016 official trailer': { error: 'bot' as const },
  };
}

beforeAll(async () => {
  host = await startMediaHost();
  tmdb = await startTmdbServer({
    movies: [
      {
        id: 329865,
        imdbId: 'tt2543164',
        title: 'Arrival',
        originalLanguage: 'en',
        releaseDate: '2016-11-10',
        videos: [
          tmdbVideo({
            key: 'tEiXmr2rm0A',
            name: 'Arrival Official Trailer #1',
            type: 'Trailer',
            iso_639_1: 'en',
          }),
          tmdbVideo({ key: 'teaser00001', name: 'Arrival Teaser', type: 'Teaser', iso_639_1: 'en' }),
          tmdbVideo({
            key: 'featur00001',
            name: 'Arrival Featurette - Language',
            type: 'Featurette',
            iso_639_1: 'en',
          }),
        ],
      },
    ],
  });
});
afterAll(async () => {
  await host.close();
  await tmdb.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  standin = writeStandinSearches(join(dir, `standin-${Date.now()}`), searches());
  // The app hands its environment to the yt-dlp it runs: this is how the stand-in finds its answers.
  Object.assign(process.env, standin.env);
  app = await openDownloadApp({ ytdlpPath: standinPath });
  // Spacing between YouTube requests is the pacer's own test's business; here it would only wait.
  await app.call('downloads:updateSettings', { youtubePauseSeconds: 0 });
});
afterEach(async () => {
  await app.close();
  process.env = { ...savedEnv };
});

describe('Find trailer', () => {
  it('ranks the official trailer above a more-watched reaction and a clip, with reasons', async () => {
    const search = await app.call('discovery:findTrailer', { mediaId: app.mediaId('Heat (1995)') });
    expect(search.query).toBe('Heat 1995 official trailer');
    expect(search.candidates.map((c) => c.key)[0]).toBe(
      search.candidates.find((c) => c.title.includes('Official'))?.key,
    );
    const [best, ...rest] = search.candidates;
    expect(best?.title).toMatch(/Official Trailer/);
    expect(best?.source).toBe('youtube-search');
    expect(best?.score).toBeGreaterThanOrEqual(search.minScore);
    expect(best?.reasons.length).toBeGreaterThan(0);
    for (const other of rest) expect(other.score).toBeLessThan(best!.score);
    const reaction = search.candidates.find((c) => /REACTION/.test(c.title));
    expect(reaction?.reasons.some((r) => r.points < 0 && /reaction/i.test(r.label))).toBe(true);
  });

  it('does not propose a rejected candidate again, nor one whose download failed', async () => {
    const mediaId = app.mediaId('Heat (1995)');
    const first = await app.call('discovery:findTrailer', { mediaId });
    const best = first.candidates[0]!;
    await app.call('discovery:reject', { mediaId, key: best.key });
    const second = await app.call('discovery:findTrailer', { mediaId });
    expect(second.candidates.map((c) => c.key)).not.toContain(best.key);

    const job = await app.call('downloads:enqueue', {
      mediaId,
      source: host.server.url('/status/404/video.mp4'),
    });
    expect((await app.waitFor(job.id, ['completed', 'failed'])).status).toBe('failed');
    writeFileSync(
      standin.path,
      JSON.stringify({
        'Heat 1995 official trailer': {
          entries: [
            {
              ...searches()['Heat 1995 official trailer'].entries[1]!,
              url: host.server.url('/status/404/video.mp4'),
            },
          ],
        },
      }),
    );
    const third = await app.call('discovery:findTrailer', { mediaId });
    expect(third.candidates).toEqual([]);
  });

  it('offers the link the person set first, and TMDB trailers when a key is set', async () => {
    const mediaId = app.mediaId('Arrival (2016)');
    await app.call('media:setTrailerSource', { mediaId, source: 'https://youtu.be/ZZZZZZZZZZZ' });
    await app.call('discovery:updateSettings', { tmdbApiKey: tmdbTestApiKey, tmdbBaseUrl: tmdb.baseUrl });
    const search = await app.call('discovery:findTrailer', { mediaId });
    expect(search.candidates[0]).toMatchObject({ source: 'manual', videoId: 'ZZZZZZZZZZZ', score: 100 });
    const fromTmdb = search.candidates.filter((c) => c.source === 'tmdb');
    expect(fromTmdb[0]).toMatchObject({
      videoId: 'tEiXmr2rm0A',
      url: 'https://www.youtube.com/watch?v=tEiXmr2rm0A',
    });
    // The bot check of this title's search is reported, not thrown, and holds YouTube.
    expect(search.warnings.join(' ')).toMatch(/bot/i);
    expect(await app.call('discovery:youtubeLane')).toMatchObject({ paused: true });
  });

  it('a pick queues the candidate with the score and reasons the search showed, as the person’s choice', async () => {
    const mediaId = app.mediaId('Heat (1995)');
    const search = await app.call('discovery:findTrailer', { mediaId });
    const reaction = search.candidates.find((c) => /REACTION/.test(c.title))!;
    const job = await app.call('discovery:pick', { mediaId, key: reaction.key });
    expect(job).toMatchObject({
      sourceUrl: reaction.url,
      choice: {
        source: 'youtube-search',
        chosenBy: 'person',
        score: reaction.score,
        minScore: search.minScore,
      },
    });
    expect(await app.call('downloads:choice', { jobId: job.id })).toEqual({
      source: 'youtube-search',
      chosenBy: 'person',
      title: reaction.title,
      score: reaction.score,
      minScore: search.minScore,
      reasons: reaction.reasons,
      reasonsReadable: true,
    });
    // Only what main ranked can be picked: a key the search did not offer is refused.
    await expect(app.call('discovery:pick', { mediaId, key: 'notOffered1' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('explains a refused TMDB key instead of failing', async () => {
    await app.call('discovery:updateSettings', {
      tmdbApiKey: 'wrong-key-0000000000000000000000',
      tmdbBaseUrl: tmdb.baseUrl,
    });
    const search = await app.call('discovery:findTrailer', { mediaId: app.mediaId('Heat (1995)') });
    expect(search.warnings.join(' ')).toMatch(/TMDB/);
    expect(search.candidates.length).toBeGreaterThan(0);
    expect((await app.call('discovery:getSettings')).tmdbKeySet).toBe(true);
  });
});

describe('Download missing trailers', () => {
  it('queues good picks, lists the rest for a choice, and skips satisfied titles', async () => {
    // Amélie has a trailer on disk: the default profile counts it.
    makeVideo(join(app.folder('Amélie (2001)'), 'Amélie (2001)-trailer.mkv'), { duration: 1 });
    makeVideo(join(app.folder('Heat (1995)'), 'Featurettes', 'Making of.mkv'), { duration: 1 });
    await app.call('library:rescan');
    await nextEvent(app.core.events, 'scan:finished');
    const finished = nextEvent(app.core.events, 'discovery:runChanged', (run) => !run.running);
    const started = await app.call('discovery:downloadMissing');
    expect(started).toMatchObject({ running: true, total: expect.any(Number) });

    // Arrival's search meets a bot check: the run waits for the person to resume YouTube.
    await nextEvent(app.core.events, 'discovery:youtubeLaneChanged', (lane) => lane.paused);
    await app.call('discovery:resumeYoutube');
    const run = await finished;

    expect(run).toMatchObject({ running: false, queued: 1, satisfied: 1, needsChoice: 2, failed: 0 });
    const jobs = (await app.call('downloads:window', { filter: 'all', offset: 0, limit: 500 })).rows;
    expect(jobs.map((j) => j.mediaTitle)).toEqual(['Heat']);
    const review = (await app.call('discovery:needsChoiceWindow', { offset: 0, limit: 500 })).rows;
    expect(review.map((r) => r.mediaTitle).sort()).toEqual(['Alien', 'Arrival']);
    expect(review.find((r) => r.mediaTitle === 'Alien')).toMatchObject({
      outcome: 'needs-choice',
      bestTitle: expect.stringMatching(/Romulus|Review/),
    });
    expect(review.find((r) => r.mediaTitle === 'Arrival')?.message).toMatch(/bot/i);

    // Once Heat's trailer is in, a second run does not download it again.
    expect((await app.waitFor(jobs[0]!.id, ['completed', 'failed'])).status).toBe('completed');
    const before = standinQueries(standin.logPath).length;
    const again = nextEvent(app.core.events, 'discovery:runChanged', (r) => !r.running);
    await app.call('discovery:downloadMissing', { mediaIds: [app.mediaId('Heat (1995)')] });
    expect(await again).toMatchObject({ queued: 0, satisfied: 1 });
    expect(standinQueries(standin.logPath).length).toBe(before);
  });

  it('records with each queued job why its video was chosen: source, score against the minimum, reasons', async () => {
    await app.call('discovery:updateSettings', { tmdbApiKey: tmdbTestApiKey, tmdbBaseUrl: tmdb.baseUrl });
    const minScore = (await app.call('profiles:list')).find((p) => p.isDefault)!.minScore;
    const finished = nextEvent(app.core.events, 'discovery:runChanged', (run) => !run.running);
    const heatId = app.mediaId('Heat (1995)');
    await app.call('discovery:downloadMissing', { mediaIds: [heatId, app.mediaId('Arrival (2016)')] });
    expect(await finished).toMatchObject({ queued: 2 });

    const jobs = (await app.call('downloads:window', { filter: 'all', offset: 0, limit: 500 })).rows;
    const heat = jobs.find((j) => j.mediaTitle === 'Heat')!;
    const arrival = jobs.find((j) => j.mediaTitle === 'Arrival')!;
    expect(heat.choice).toEqual({
      source: 'youtube-search',
      chosenBy: 'run',
      score: expect.any(Number),
      minScore,
    });
    expect(heat.choice!.score).toBeGreaterThanOrEqual(minScore);
    const why = await app.call('downloads:choice', { jobId: heat.id });
    expect(why?.title).toMatch(/Heat \(1995\) Official Trailer/);
    expect(why?.reasons.length).toBeGreaterThan(0);
    expect(why?.reasons.every((r) => r.label.length > 0 && Number.isFinite(r.points))).toBe(true);
    // The reasons are the ones Find trailer gives the same video.
    const search = await app.call('discovery:findTrailer', { mediaId: heatId });
    const same = search.candidates.find((c) => c.url === heat.sourceUrl)!;
    expect(why).toMatchObject({ score: same.score, reasons: same.reasons });

    // TMDB's trailer was good enough: YouTube was not asked for Arrival.
    expect(arrival.choice).toMatchObject({ source: 'tmdb', chosenBy: 'run', minScore });
    expect(await app.call('downloads:choice', { jobId: arrival.id })).toMatchObject({
      title: 'Arrival Official Trailer #1',
      reasons: expect.arrayContaining([expect.objectContaining({ points: expect.any(Number) })]),
    });

    // The filed trailer points back at its job, so the title page can say why it is this one.
    await app.waitFor(heat.id, 'completed');
    expect((await app.call('media:trailers', { mediaId: heatId }))[0]?.jobId).toBe(heat.id);
  });

  it('searches a title whose only trailer file is broken, files a real one beside it, keeps the broken file', async () => {
    const broken = makeSoundOnly(join(app.folder('Heat (1995)'), 'Heat (1995)-trailer.mkv'));
    const scanned = nextEvent(app.core.events, 'scan:finished');
    await app.call('library:rescan');
    await scanned;
    const heat = app.mediaId('Heat (1995)');
    const finished = nextEvent(app.core.events, 'discovery:runChanged', (run) => !run.running);
    await app.call('discovery:downloadMissing', { mediaIds: [heat] });
    expect(await finished).toMatchObject({ queued: 1, satisfied: 0 });

    const [job] = (await app.call('downloads:window', { filter: 'all', offset: 0, limit: 500 })).rows;
    expect((await app.waitFor(job!.id, ['completed', 'failed'])).status).toBe('completed');
    const trailers = await app.call('media:trailers', { mediaId: heat });
    expect(trailers.map((t) => [t.path === broken, t.problem])).toEqual(
      expect.arrayContaining([
        [true, 'It has no video stream, only sound.'],
        [false, null],
      ]),
    );
    expect(existsSync(broken)).toBe(true);
    expect(await app.call('media:get', { mediaId: heat })).toMatchObject({
      trailerCount: 1,
      brokenTrailerCount: 1,
    });
  });

  it('a pick from the review list clears it', async () => {
    const finished = nextEvent(app.core.events, 'discovery:runChanged', (run) => !run.running);
    await app.call('discovery:downloadMissing', { mediaIds: [app.mediaId('Alien (1979)')] });
    await finished;
    expect(
      (await app.call('discovery:needsChoiceWindow', { offset: 0, limit: 500 })).rows.map(
        (r) => r.mediaTitle,
      ),
    ).toEqual(['Alien']);
    await app.call('downloads:enqueue', {
      mediaId: app.mediaId('Alien (1979)'),
      source: host.server.url('/media/video.mp4'),
    });
    expect((await app.call('discovery:needsChoiceWindow', { offset: 0, limit: 500 })).rows).toEqual([]);
  });

  it('tells how many titles a profile would add downloads for before it is switched on', async () => {
    makeVideo(join(app.folder('Amélie (2001)'), 'Amélie (2001)-trailer.mkv'), { duration: 1 });
    makeVideo(join(app.folder('Heat (1995)'), 'Featurettes', 'Making of.mkv'), { duration: 1 });
    await app.call('library:rescan');
    await nextEvent(app.core.events, 'scan:finished');
    const all = await app.call('discovery:missingCount', { acceptDetectedTrailers: false });
    // Amélie's trailer on disk counts for a profile that accepts found trailers; Heat's featurette not.
    expect(await app.call('discovery:missingCount', { acceptDetectedTrailers: true })).toEqual({
      titles: all.titles - 1,
    });
    expect(all.titles).toBeGreaterThan(1);
  });

  it('counts titles apart from searches: one title and two profiles are two searches, one title to review', async () => {
    const second = await app.call('profiles:create', { name: 'Second' });
    await app.call('profiles:update', { id: second.id, enabled: true });
    const finished = nextEvent(app.core.events, 'discovery:runChanged', (run) => !run.running);
    await app.call('discovery:downloadMissing', { mediaIds: [app.mediaId('Alien (1979)')] });
    expect(await finished).toMatchObject({
      titles: 1,
      profiles: 2,
      total: 2,
      needsChoice: 2,
      needsChoiceTitles: 1,
    });
  });

  it('runs on the schedule when one is set, and not again before its interval', async () => {
    expect(app.core.discovery.checkSchedule()).toBe(false);
    await app.call('discovery:updateSettings', { scheduleHours: 6 });
    const finished = nextEvent(app.core.events, 'discovery:runChanged', (run) => !run.running);
    expect(app.core.discovery.checkSchedule()).toBe(true);
    await nextEvent(app.core.events, 'discovery:youtubeLaneChanged', (lane) => lane.paused);
    await app.call('discovery:resumeYoutube');
    expect((await finished).done).toBe((await finished).total);
    expect(app.core.discovery.checkSchedule()).toBe(false);
    expect((await app.call('discovery:getSettings')).lastScheduledRunAt).not.toBeNull();
  });
});
