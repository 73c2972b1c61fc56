// Refresh after filing, end to end on real parts: a whole core (real SQLite file with the real
// migrations, real yt-dlp and ffprobe, real title folders) and loopback Plex and Jellyfin fakes
// standing in for the servers that cannot run here (e2e/support/plex-fake.ts, jellyfin-fake.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startJellyfinFake, type MediaBrowserFake } from '../../../../e2e/support/jellyfin-fake';
import { startPlexFake, type PlexFake } from '../../../../e2e/support/plex-fake';
import type { Connection } from '../../../../src-preload/contract/connections';
import {
  openDownloadApp,
  startMediaHost,
  titles,
  type DownloadApp,
  type MediaHost,
} from '../../downloads/download-test-kit';
import { nextEvent } from '../../library/test-helpers';

const plexToken = 'PLEX-token-9f8e7d6c5b4a';
const jellyfinKey = 'jellyfin-key-0a1b2c3d4e5f';
let host: MediaHost;
let app: DownloadApp;
let plex: PlexFake;
let jellyfin: MediaBrowserFake;

beforeAll(async () => {
  host = await startMediaHost();
});
afterAll(() => host.close());
afterEach(async () => {
  await app.close();
  await plex.close();
  await jellyfin.close();
});

/** Many titles for the batching test; the first four are the kit's own. */
const manyTitles = [...titles, ...Array.from({ length: 16 }, (_, i) => `Film ${i + 1} (${2000 + i})`)];

async function open(titleNames: readonly string[] = titles): Promise<void> {
  app = await openDownloadApp({ mediaServerBatchMs: 30 }, titleNames);
  // Plex in Docker sees the movies folder as /data/movies; Jellyfin as /media/films.
  plex = await startPlexFake({
    token: plexToken,
    sections: [{ key: '3', title: 'Films', type: 'movie', locations: ['/data/movies'] }],
    items: [
      { ratingKey: '501', sectionKey: '3', title: 'Heat', year: 1995, folder: '/data/movies/Heat (1995)' },
    ],
  });
  jellyfin = await startJellyfinFake({
    token: jellyfinKey,
    libraries: [{ name: 'Films', collectionType: 'movies', locations: ['/media/films'] }],
  });
}

const movies = () => app.folder('x').replace(/\/x$/, '');
async function addServers(): Promise<{ plexId: number; jellyfinId: number }> {
  const added = await app.call('connections:add', {
    kind: 'plex',
    name: 'Plex',
    url: plex.url,
    apiKey: plexToken,
    pathMappings: [{ remote: '/data/movies', local: movies() }],
  });
  const other = await app.call('connections:add', {
    kind: 'jellyfin',
    name: 'Jellyfin',
    url: jellyfin.url,
    apiKey: jellyfinKey,
    pathMappings: [{ remote: '/media/films', local: movies() }],
  });
  return { plexId: added.id, jellyfinId: other.id };
}

/** Resolves when every one of these connections has been told about a batch (or failed). */
function refreshed(ids: number[]): Promise<void> {
  const waiting = new Set(ids);
  return nextEvent(app.core.events, 'connections:changed', (p) => {
    for (const id of p.ids) waiting.delete(id);
    return waiting.size === 0;
  }).then(() => undefined);
}

const connection = async (id: number): Promise<Connection> =>
  (await app.call('connections:list')).find((c) => c.id === id) as Connection;

describe('refresh after filing', () => {
  beforeEach(() => open());

  it('a filed trailer sends exactly one refresh, for the right section and mapped path', async () => {
    const { plexId, jellyfinId } = await addServers();
    const told = refreshed([plexId, jellyfinId]);
    const job = await app.call('downloads:enqueue', {
      mediaId: app.mediaId('Heat (1995)'),
      source: host.server.url('/media/video.mp4'),
    });
    expect((await app.waitFor(job.id, ['completed', 'failed'])).status).toBe('completed');
    await told;

    expect(plex.scans()).toEqual([{ section: '3', path: '/data/movies/Heat (1995)' }]);
    expect(plex.itemRefreshes()).toEqual(['501']);
    expect(jellyfin.updates()).toEqual([[{ Path: '/media/films/Heat (1995)', UpdateType: 'Modified' }]]);
    // Shown on each connection.
    for (const id of [plexId, jellyfinId]) {
      const shown = await connection(id);
      expect(shown.lastRefresh).toMatchObject({ titles: 1 });
      expect(shown.lastError).toBeNull();
    }
  });

  it('a deleted trailer is refreshed too', async () => {
    const { plexId, jellyfinId } = await addServers();
    const job = await app.call('downloads:enqueue', {
      mediaId: app.mediaId('Alien (1979)'),
      source: host.server.url('/media/video.mp4'),
    });
    const filed = refreshed([plexId, jellyfinId]);
    const done = await app.waitFor(job.id, 'completed');
    await filed;
    const again = refreshed([plexId, jellyfinId]);
    await app.call('media:deleteTrailer', { downloadId: done.downloadId as number });
    await again;
    expect(jellyfin.updates().map((call) => call.map((u) => u.Path))).toEqual([
      ['/media/films/Alien (1979)'],
      ['/media/films/Alien (1979)'],
    ]);
    expect(plex.scans()).toHaveLength(2);
  });

  it('a server that is down: logged and shown on the connection, and the download still completes', async () => {
    const { plexId, jellyfinId } = await addServers();
    await jellyfin.down();
    const told = refreshed([plexId, jellyfinId]);
    const job = await app.call('downloads:enqueue', {
      mediaId: app.mediaId('Heat (1995)'),
      source: host.server.url('/media/video.mp4'),
    });
    const done = await app.waitFor(job.id, ['completed', 'failed']);
    await told;

    expect(done).toMatchObject({ status: 'completed', errorCode: null });
    const failed = await connection(jellyfinId);
    expect(failed.lastError?.message).toMatch(
      /Could not ask Jellyfin "Jellyfin" to refresh 1 title.*Nothing answered/,
    );
    expect(failed.lastRefresh).toBeNull();
    const warnings = await app.call('logs:list', { level: 'warn', search: 'Jellyfin' });
    expect(warnings.map((entry) => entry.message)).toContainEqual(
      expect.stringMatching(/Could not ask Jellyfin/),
    );
    // Plex was told all the same.
    expect(plex.scans()).toHaveLength(1);

    // Back up: the next batch succeeds and the error is cleared.
    await jellyfin.up();
    const again = refreshed([jellyfinId]);
    app.core.events.emit('media:trailersChanged', { mediaIds: [app.mediaId('Heat (1995)')] });
    await again;
    expect((await connection(jellyfinId)).lastError).toBeNull();
  });

  it('a server holding only some of the libraries is told about its own titles; none of its own is an error', async () => {
    const { jellyfinId } = await addServers();
    // A series folder Trailerdeck reads too, which this Jellyfin (films only) does not hold.
    const series = join(app.dir, 'Series');
    mkdirSync(join(series, 'Severance (2022)'), { recursive: true });
    const scanned = nextEvent(app.core.events, 'scan:finished');
    await app.call('library:addRoot', { path: series, kind: 'series' });
    await scanned;
    const severance = app.core.db.$client
      .prepare("SELECT id FROM media WHERE title = 'Severance'")
      .pluck()
      .get() as number;

    let told = refreshed([jellyfinId]);
    app.core.events.emit('media:trailersChanged', { mediaIds: [app.mediaId('Heat (1995)'), severance] });
    await told;
    expect(jellyfin.updates()).toEqual([[{ Path: '/media/films/Heat (1995)', UpdateType: 'Modified' }]]);
    expect(await connection(jellyfinId)).toMatchObject({ lastError: null, lastRefresh: { titles: 1 } });

    told = refreshed([jellyfinId]);
    app.core.events.emit('media:trailersChanged', { mediaIds: [severance] });
    await told;
    expect(jellyfin.updates()).toHaveLength(1);
    expect((await connection(jellyfinId)).lastError?.message).toMatch(
      /no library holding .*Severance.*path mappings/,
    );
  });

  it('a disabled connection is never asked', async () => {
    const { plexId, jellyfinId } = await addServers();
    await app.call('connections:update', { id: jellyfinId, patch: { enabled: false } });
    const told = refreshed([plexId]);
    app.core.events.emit('media:trailersChanged', { mediaIds: [app.mediaId('Heat (1995)')] });
    await told;
    expect(plex.scans()).toHaveLength(1);
    expect(jellyfin.requests).toEqual([]);
  });
});

describe('batching', () => {
  beforeEach(() => open(manyTitles));

  it('20 titles finishing together: one call to Jellyfin, one scan per title folder in Plex', async () => {
    const { plexId, jellyfinId } = await addServers();
    const told = refreshed([plexId, jellyfinId]);
    // As the queue reports them: one title at a time, some twice (replaced, then re-filed).
    for (const name of manyTitles)
      app.core.events.emit('media:trailersChanged', { mediaIds: [app.mediaId(name)] });
    app.core.events.emit('media:trailersChanged', { mediaIds: [app.mediaId('Heat (1995)')] });
    await told;

    const expected = manyTitles.map((name) => `/media/films/${name}`).sort();
    expect(jellyfin.updates()).toHaveLength(1);
    expect(
      jellyfin
        .updates()[0]
        ?.map((u) => u.Path)
        .sort(),
    ).toEqual(expected);
    const scanned = plex.scans().map((s) => s.path);
    expect(scanned).toHaveLength(20);
    expect(new Set(scanned).size).toBe(20);
    expect((await connection(plexId)).lastRefresh).toMatchObject({ titles: 20 });
  });
});
