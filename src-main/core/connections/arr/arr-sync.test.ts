// Import, link and sync against a library scanned from real folders on disk.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTitleFolders, openArrKit, type ArrKit } from './arr-test-kit';

let kit: ArrKit;
afterEach(async () => {
  await kit.close();
});

const mediaRows = () =>
  kit.lib.db.$client
    .prepare(
      'SELECT id, title, folder_path AS folder, tmdb_id AS tmdb, imdb_id AS imdb FROM media ORDER BY title',
    )
    .all() as { id: number; title: string; folder: string; tmdb: string | null; imdb: string | null }[];
const itemRows = () =>
  kit.lib.db.$client
    .prepare(
      'SELECT arr_id AS arrId, media_id AS mediaId, not_on_disk AS notOnDisk, removed_at AS removedAt, skipped, updated_at AS updatedAt FROM arr_item ORDER BY arr_id',
    )
    .all() as {
    arrId: number;
    mediaId: number | null;
    notOnDisk: string | null;
    removedAt: string | null;
    skipped: number;
    updatedAt: string;
  }[];

/** Radarr in Docker sees the library as /movies; here it is <tmp>/Media/Movies. */
async function radarrInDocker(sync: { onlyMonitored?: boolean; onlyWithFile?: boolean } = {}) {
  kit = await openArrKit({
    server: {
      app: 'radarr',
      rootFolders: ['/movies'],
      movies: [
        {
          id: 1,
          title: 'Heat',
          year: 1995,
          tmdbId: 949,
          imdbId: 'tt0113277',
          path: '/movies/Heat (1995)',
          youTubeTrailerId: 'tbSjIqDq9XU',
        },
        // Kept elsewhere by Radarr, found here by the IMDb id in the folder's name.
        {
          id: 2,
          title: 'Alien',
          year: 1979,
          tmdbId: 348,
          imdbId: 'tt0078748',
          path: '/old-disk/Alien (1979)',
        },
        {
          id: 3,
          title: 'Dune Part Three',
          year: 2026,
          tmdbId: 5,
          path: '/movies/Dune Part Three (2026)',
          hasFile: false,
        },
        { id: 4, title: 'Léon', year: 1994, tmdbId: 101, path: 'D:\\Films\\Léon (1994)', monitored: false },
      ],
    },
    prepare: (dir) => {
      const root = join(dir, 'Media', 'Movies');
      makeTitleFolders(root, ['Heat (1995)', 'Alien (1979) {imdb-tt0078748}', 'Not In Radarr (2001)']);
      return [{ root, kind: 'movies' }];
    },
    mappings: (dir) => [{ remote: '/movies', local: join(dir, 'Media', 'Movies') }],
    sync,
  });
}

describe('Arr sync', () => {
  it('links titles to the scanned folders by mapped path, then by id, fills their ids, and creates none', async () => {
    await radarrInDocker();
    const before = mediaRows();
    const summary = await kit.sync();
    expect(summary).toMatchObject({
      titles: 4,
      linked: 2,
      notOnDisk: 2,
      removed: 0,
      changed: 4,
      idsFilled: 2,
      error: null,
    });
    const media = mediaRows();
    expect(media.map((m) => m.id)).toEqual(before.map((m) => m.id));
    const heat = media.find((m) => m.title === 'Heat');
    const alien = media.find((m) => m.title === 'Alien');
    expect(heat).toMatchObject({ tmdb: '949', imdb: 'tt0113277' });
    expect(alien).toMatchObject({ tmdb: '348', imdb: 'tt0078748' });
    expect(itemRows().map((r) => [r.arrId, r.mediaId, r.notOnDisk])).toEqual([
      [1, heat?.id, null],
      [2, alien?.id, null],
      [3, null, 'FOLDER_NOT_VISIBLE'],
      [4, null, 'NO_MAPPING'],
    ]);
  });

  it('lists titles with no folder here, a window at a time, with the reason', async () => {
    await radarrInDocker();
    await kit.sync();
    const page = kit.arr.notOnDisk(kit.connectionId, 0, 1);
    expect(page.total).toBe(2);
    expect(page.rows).toHaveLength(1);
    const all = kit.arr.notOnDisk(kit.connectionId, 0, 10).rows;
    expect(all.map((r) => [r.title, r.reason])).toEqual([
      ['Dune Part Three', 'FOLDER_NOT_VISIBLE'],
      ['Léon', 'NO_MAPPING'],
    ]);
    expect(all[0]?.localPath).toBe(join(kit.lib.dir, 'Media', 'Movies', 'Dune Part Three (2026)'));
    expect(all[1]?.message).toMatch(/Radarr keeps it in "D:\\Films\\Léon \(1994\)", and no path mapping/);
  });

  it('writes nothing on a second sync of an unchanged Radarr, and only what changed after', async () => {
    await radarrInDocker();
    await kit.sync();
    const first = itemRows();
    const changesBefore = kit.lib.db.$client.prepare('SELECT total_changes()').pluck().get() as number;
    const again = await kit.sync();
    expect(again).toMatchObject({ changed: 0, idsFilled: 0, removed: 0 });
    expect(itemRows()).toEqual(first);
    // Only the sync's own summary row was written.
    const changesAfter = kit.lib.db.$client.prepare('SELECT total_changes()').pluck().get() as number;
    expect(changesAfter - changesBefore).toBe(1);

    const heat = kit.server.movies.find((m) => m.id === 1);
    if (heat) heat.monitored = false;
    expect(await kit.sync()).toMatchObject({ changed: 1 });
  });

  it('flags a title Radarr no longer lists, and keeps it', async () => {
    await radarrInDocker();
    await kit.sync();
    kit.server.movies.splice(0, 1);
    const summary = await kit.sync();
    expect(summary).toMatchObject({ removed: 1, titles: 3 });
    const heat = itemRows().find((r) => r.arrId === 1);
    expect(heat?.removedAt).not.toBeNull();
    expect(heat?.mediaId).not.toBeNull();
    expect(mediaRows().some((m) => m.title === 'Heat')).toBe(true);
    expect(await kit.sync()).toMatchObject({ removed: 0, changed: 0 });
  });

  it('skips titles left out by "only monitored" and "only with a file"', async () => {
    await radarrInDocker({ onlyMonitored: true, onlyWithFile: true });
    const summary = await kit.sync();
    expect(summary).toMatchObject({ titles: 2, linked: 2, notOnDisk: 0 });
    expect(
      itemRows()
        .filter((r) => r.skipped === 1)
        .map((r) => r.arrId),
    ).toEqual([3, 4]);
    expect(kit.arr.notOnDisk(kit.connectionId, 0, 10).total).toBe(0);
  });

  it('pushes progress and ends with the summary', async () => {
    await radarrInDocker();
    const phases: string[] = [];
    kit.lib.events.subscribe((name, payload) => {
      if (name === 'connections:syncProgress') phases.push((payload as { phase: string }).phase);
    });
    await kit.sync();
    expect(phases[0]).toBe('fetching');
    expect(phases).toContain('linking');
    expect(phases.at(-1)).toBe('done');
  });

  it('records a failure on the connection without touching what the last sync stored', async () => {
    await radarrInDocker();
    await kit.sync();
    const stored = itemRows();
    kit.store.update(kit.connectionId, { apiKey: 'wrong-key' });
    const summary = await kit.sync();
    expect(summary.error).toMatch(/refused the API key/);
    expect(kit.store.get(kit.connectionId).lastError?.message).toMatch(/refused the API key/);
    expect(itemRows()).toEqual(stored);
  });

  it('ends quietly when the connection is removed while it syncs, keeping nothing of it', async () => {
    await radarrInDocker();
    kit.server.setDelay(300);
    kit.arr.startSync(kit.connectionId);
    kit.store.remove(kit.connectionId);
    await kit.arr.settled(kit.connectionId);
    expect(itemRows()).toEqual([]);
    expect(kit.arr.syncStatus()).toEqual([]);
  });

  it.each(['sonarr-v3', 'sonarr-v4'] as const)('links %s series to series folders', async (app) => {
    kit = await openArrKit({
      server: {
        app,
        rootFolders: ['/tv'],
        series: [
          { id: 9, title: 'The Wire', year: 2002, tvdbId: 79126, tmdbId: 1438, path: '/tv/The Wire (2002)' },
        ],
      },
      prepare: (dir) => {
        const root = join(dir, 'TV');
        makeTitleFolders(root, ['The Wire (2002)/Season 01']);
        return [{ root, kind: 'series' }];
      },
      mappings: (dir) => [{ remote: '/tv', local: join(dir, 'TV') }],
    });
    expect(await kit.sync()).toMatchObject({ linked: 1, notOnDisk: 0 });
    const wire = kit.lib.db.$client
      .prepare("SELECT tvdb_id, tmdb_id FROM media WHERE title = 'The Wire'")
      .get();
    expect(wire).toEqual({ tvdb_id: '79126', tmdb_id: app === 'sonarr-v4' ? '1438' : null });
  });
});
