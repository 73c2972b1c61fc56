// Mapping suggestions from the Arr's folders and real folders on disk (scanned, and one not yet).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { suggestMappings } from './suggest-mappings';
import { makeTitleFolders, openArrKit, type ArrKit } from './arr-test-kit';

let kit: ArrKit | undefined;
afterEach(async () => {
  await kit?.close();
  kit = undefined;
});

async function radarrElsewhere() {
  kit = await openArrKit({
    server: {
      app: 'radarr',
      rootFolders: ['/data/movies', '/data/kids'],
      movies: [
        { id: 1, title: 'Heat', year: 1995, tmdbId: 949, path: '/data/movies/Heat (1995)' },
        { id: 2, title: 'Alien', year: 1979, tmdbId: 348, path: '/data/movies/Alien (1979)' },
        { id: 3, title: 'Brand New', year: 2025, tmdbId: 7, path: '/data/movies/Brand New (2025)' },
        { id: 4, title: 'Nowhere', year: 2000, tmdbId: 8, path: '/data/movies/Nowhere (2000)' },
      ],
    },
    prepare: (dir) => {
      const movies = join(dir, 'Media', 'Movies');
      const kids = join(dir, 'Media', 'Kids');
      makeTitleFolders(movies, ['Heat (1995)', 'Alien (1979)']);
      makeTitleFolders(kids, ['Cartoon (1990)']);
      return [
        { root: movies, kind: 'movies' },
        { root: kids, kind: 'movies' },
      ];
    },
  });
  // Downloaded after the last scan: only a listing of the library folder sees it.
  makeTitleFolders(join(kit.lib.dir, 'Media', 'Movies'), ['Brand New (2025)']);
  return kit;
}

describe('suggestMappings', () => {
  it('proposes "their root folder → this machine\'s folder" with the titles it explains', async () => {
    const { arr, connectionId, lib } = await radarrElsewhere();
    const found = await arr.suggestMappings(connectionId);
    expect(found).toEqual({
      suggestions: [
        {
          remote: '/data/movies',
          local: join(lib.dir, 'Media', 'Movies'),
          titles: 3,
          examples: ['Heat', 'Alien', 'Brand New'],
        },
        { remote: '/data/kids', local: join(lib.dir, 'Media', 'Kids'), titles: 0, examples: [] },
      ],
      unexplained: 1,
    });
  });

  it('proposes nothing for folders the mappings already explain', async () => {
    const { arr, connectionId, lib, store } = await radarrElsewhere();
    store.update(connectionId, {
      pathMappings: [
        { remote: '/data/movies', local: join(lib.dir, 'Media', 'Movies') },
        { remote: '/data/kids', local: join(lib.dir, 'Media', 'Kids') },
      ],
    });
    expect(await arr.suggestMappings(connectionId)).toEqual({ suggestions: [], unexplained: 1 });
  });

  it('says what is wrong when the Arr cannot be asked, as an error the window shows', async () => {
    const { arr, connectionId, store } = await radarrElsewhere();
    store.update(connectionId, { apiKey: 'wrong-key' });
    await expect(arr.suggestMappings(connectionId)).rejects.toMatchObject({
      code: 'CONNECTION_FAILED',
      message: expect.stringMatching(/Radarr refused the API key/),
    });
  });

  it('names the suggested mapping on each title not on disk', async () => {
    const k = await radarrElsewhere();
    await k.sync();
    const rows = k.arr.notOnDisk(k.connectionId, 0, 10).rows;
    expect(rows.map((r) => r.title)).toEqual(['Alien', 'Brand New', 'Heat', 'Nowhere']);
    expect(rows[0]?.suggestion).toEqual({
      remote: '/data/movies',
      local: join(k.lib.dir, 'Media', 'Movies'),
    });
    expect(rows[0]?.message).toContain(`"/data/movies" → "${join(k.lib.dir, 'Media', 'Movies')}"`);
  });

  it('understands an Arr on Windows', () => {
    const found = suggestMappings({
      rootFolders: ['D:\\Media\\Movies'],
      titlePaths: [{ title: 'Heat', path: 'D:\\Media\\Movies\\Heat (1995)' }],
      mappings: [],
      local: { roots: ['/mnt/movies'], folders: ['/mnt/movies/Heat (1995)'] },
    });
    expect(found.suggestions).toEqual([
      { remote: 'D:\\Media\\Movies', local: '/mnt/movies', titles: 1, examples: ['Heat'] },
    ]);
  });
});
