// Radarr's trailer id as a discovery source, through the whole core: a real database, the real
// sync against the loopback Radarr (e2e/support/arr-server.ts), the real ranking; YouTube's search
// answered by the stand-in yt-dlp (YouTube cannot be reached from here).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startArrServer, type ArrServer } from '../../../e2e/support/arr-server';
import {
  standinPath,
  standinQueries,
  writeStandinSearches,
  type StandinConfig,
} from '../../../e2e/support/ytdlp-standin.js';
import { openDownloadApp, type DownloadApp } from '../downloads/download-test-kit';
import { nextEvent } from '../library/test-helpers';

let radarr: ArrServer;
let app: DownloadApp;
let standin: StandinConfig;
const dir = mkdtempSync(join(tmpdir(), 'trailerdeck radarr discovery '));
const savedEnv = { ...process.env };

beforeAll(async () => {
  radarr = await startArrServer({
    app: 'radarr',
    rootFolders: ['/movies'],
    movies: [
      {
        id: 1,
        title: 'Heat',
        year: 1995,
        tmdbId: 949,
        path: '/movies/Heat (1995)',
        youTubeTrailerId: 'tbSjIqDq9XU',
      },
    ],
  });
});
afterAll(async () => {
  await radarr.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  standin = writeStandinSearches(join(dir, `standin-${Date.now()}`), {
    'Heat 1995 official trailer': { entries: [] },
  });
  Object.assign(process.env, standin.env);
  app = await openDownloadApp({ ytdlpPath: standinPath });
  await app.call('downloads:updateSettings', { youtubePauseSeconds: 0 });
  const connection = await app.call('connections:add', {
    kind: 'radarr',
    name: 'Radarr',
    url: radarr.url,
    apiKey: radarr.apiKey,
    pathMappings: [{ remote: '/movies', local: dirname(app.folder('Heat (1995)')) }],
  });
  await app.call('connections:sync', { id: connection.id });
  await app.core.arr.settled(connection.id);
});
afterEach(async () => {
  await app.close();
  process.env = { ...savedEnv };
});

describe("Radarr's trailer as a candidate", () => {
  it('is offered for the linked movie, ranked with the others, with the reason "From Radarr"', async () => {
    const search = await app.call('discovery:findTrailer', { mediaId: app.mediaId('Heat (1995)') });
    expect(search.candidates[0]).toMatchObject({
      source: 'radarr',
      videoId: 'tbSjIqDq9XU',
      url: 'https://www.youtube.com/watch?v=tbSjIqDq9XU',
      reasons: [{ label: 'From Radarr', points: search.candidates[0]?.score }],
    });
    // The other titles are not in Radarr: no Radarr candidate for them.
    const alien = await app.call('discovery:findTrailer', { mediaId: app.mediaId('Alien (1979)') });
    expect(alien.candidates.some((c) => c.source === 'radarr')).toBe(false);
  });

  it('is queued by Download missing trailers without searching YouTube for that movie', async () => {
    const mediaId = app.mediaId('Heat (1995)');
    const finished = nextEvent(app.core.events, 'discovery:runChanged', (run) => !run.running);
    await app.call('discovery:downloadMissing', { mediaIds: [mediaId] });
    expect(await finished).toMatchObject({ queued: 1 });
    const [job] = await app.call('downloads:forMedia', { mediaId });
    expect(job).toMatchObject({
      sourceUrl: 'https://www.youtube.com/watch?v=tbSjIqDq9XU',
      choice: { source: 'radarr', chosenBy: 'run' },
    });
    expect(standinQueries(standin.logPath)).not.toContain('Heat 1995 official trailer');
  });
});
