// Discovery without a connection, on real parts: the real yt-dlp (this machine has no DNS to the
// outside, so its YouTube search fails at once with "Name or service not known", as offline), a real
// database and queue, and TMDB either as the loopback server with TMDB's documented shapes or as a
// loopback port nobody listens on.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startTmdbServer,
  tmdbTestApiKey,
  tmdbVideo,
  type TmdbServer,
} from '../../../e2e/support/tmdb-server';
import { openDownloadApp, type DownloadApp } from '../downloads/download-test-kit';
import { nextEvent } from '../library/test-helpers';
import { closedPort } from '../../../e2e/support/closed-port';

let app: DownloadApp;
let tmdb: TmdbServer;

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(Error);
  return error as { code: string; message: string };
}

beforeAll(async () => {
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
        ],
      },
    ],
  });
});
afterAll(async () => {
  await tmdb.close();
});
beforeEach(async () => {
  app = await openDownloadApp({ ytdlpPath: 'yt-dlp' });
  await app.call('downloads:updateSettings', { youtubePauseSeconds: 0 });
});
afterEach(async () => {
  await app.close();
});

describe('Find trailer, offline', () => {
  it('says the internet cannot be reached, not that nothing was found', async () => {
    const error = await failure(app.call('discovery:findTrailer', { mediaId: app.mediaId('Heat (1995)') }));
    expect(error.code).toBe('OFFLINE');
    expect(error.message).toMatch(/^YouTube cannot be reached: there is no internet connection/);
    expect(error.message).not.toMatch(/search|template|excluded words/i);
    // Not a bot check: YouTube's lane is not held.
    expect(await app.call('discovery:youtubeLane')).toMatchObject({ paused: false });
  }, 60_000);

  it('names every source out of reach, TMDB included', async () => {
    const port = await closedPort();
    await app.call('discovery:updateSettings', {
      tmdbApiKey: tmdbTestApiKey,
      tmdbBaseUrl: `http://127.0.0.1:${port}/3`,
    });
    const error = await failure(app.call('discovery:findTrailer', { mediaId: app.mediaId('Heat (1995)') }));
    expect(error).toMatchObject({ code: 'OFFLINE' });
    expect(error.message).toMatch(/^TMDB and YouTube cannot be reached/);
  }, 60_000);

  it('still lists what TMDB gave when only YouTube is out of reach, and says so', async () => {
    await app.call('discovery:updateSettings', { tmdbApiKey: tmdbTestApiKey, tmdbBaseUrl: tmdb.baseUrl });
    const search = await app.call('discovery:findTrailer', { mediaId: app.mediaId('Arrival (2016)') });
    expect(search.candidates.map((c) => c.videoId)).toEqual(['tEiXmr2rm0A']);
    expect(search.warnings.join(' ')).toMatch(/YouTube cannot be reached: there is no internet connection/);
  }, 60_000);
});

describe('Download missing trailers, offline', () => {
  it('stops at the first title it cannot search, says why, and lists no title for a choice', async () => {
    const finished = nextEvent(app.core.events, 'discovery:runChanged', (run) => !run.running);
    await app.call('discovery:downloadMissing');
    const run = await finished;
    expect(run).toMatchObject({ running: false, done: 0, queued: 0, needsChoice: 0, failed: 0 });
    expect(run.stopped).toMatch(/^Stopped after 0 of 4 titles\. YouTube cannot be reached/);
    expect((await app.call('discovery:needsChoiceWindow', { offset: 0, limit: 500 })).rows).toEqual([]);
    expect((await app.call('downloads:window', { filter: 'all', offset: 0, limit: 500 })).rows).toEqual([]);
  }, 60_000);

  it('queues what TMDB answers for, then stops where only YouTube could tell', async () => {
    await app.call('discovery:updateSettings', { tmdbApiKey: tmdbTestApiKey, tmdbBaseUrl: tmdb.baseUrl });
    const finished = nextEvent(app.core.events, 'discovery:runChanged', (run) => !run.running);
    // In the order a run takes them: Arrival (TMDB has its trailer), then Heat (only YouTube).
    await app.call('discovery:downloadMissing', {
      mediaIds: [app.mediaId('Arrival (2016)'), app.mediaId('Heat (1995)')],
    });
    const run = await finished;
    expect(run).toMatchObject({ done: 1, queued: 1, needsChoice: 0, failed: 0 });
    expect(run.stopped).toMatch(/^Stopped after 1 of 2 titles\. YouTube cannot be reached/);
    expect(
      (await app.call('downloads:window', { filter: 'all', offset: 0, limit: 500 })).rows.map(
        (job) => job.mediaTitle,
      ),
    ).toEqual(['Arrival']);
    expect((await app.call('discovery:needsChoiceWindow', { offset: 0, limit: 500 })).rows).toEqual([]);
  }, 60_000);
});
