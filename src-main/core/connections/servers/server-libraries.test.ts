// connections:serverLibraries on real parts: a core on a real SQLite file, real library folders on
// disk (scanned), and loopback Plex/Jellyfin fakes for the servers that cannot run here.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startJellyfinFake, type MediaBrowserFake } from '../../../../e2e/support/jellyfin-fake';
import { startPlexFake, type PlexFake } from '../../../../e2e/support/plex-fake';
import { openDownloadApp, type DownloadApp } from '../../downloads/download-test-kit';
import { nextEvent } from '../../library/test-helpers';

const token = 'server-libraries-token-77';
let app: DownloadApp;
let plex: PlexFake;
let jellyfin: MediaBrowserFake;

beforeEach(async () => {
  app = await openDownloadApp();
  // A series folder beside the kit's movies folder, scanned like any library.
  const series = join(app.dir, 'Series');
  mkdirSync(join(series, 'Severance (2022)', 'Season 01'), { recursive: true });
  writeFileSync(join(series, 'Severance (2022)', 'Season 01', 'Severance S01E01.mkv'), '');
  const scanned = nextEvent(app.core.events, 'scan:finished');
  await app.call('library:addRoot', { path: series, kind: 'series' });
  await scanned;
  // Plex in Docker sees both folders under /data; a Jellyfin on Windows sees the movies on D:.
  plex = await startPlexFake({
    token,
    sections: [
      { key: '1', title: 'Movies', type: 'movie', locations: ['/data/Movies'] },
      { key: '2', title: 'TV', type: 'show', locations: ['/data/Series'] },
    ],
  });
  jellyfin = await startJellyfinFake({
    token,
    libraries: [
      { name: 'Films', collectionType: 'movies', locations: ['D:\\Media\\Movies'] },
      { name: 'Music', collectionType: 'music', locations: ['D:\\Media\\Music'] },
    ],
  });
});
afterEach(async () => {
  await app.close();
  await plex.close();
  await jellyfin.close();
});

describe('connections:serverLibraries', () => {
  it('suggests one prefix rule when every library agrees on it, with the titles found here as evidence', async () => {
    const saved = await app.call('connections:add', {
      kind: 'plex',
      name: 'Plex',
      url: plex.url,
      apiKey: token,
    });
    const answer = await app.call('connections:serverLibraries', { id: saved.id });

    expect(answer.problem).toBeNull();
    expect(answer.suggestions).toEqual([
      { remote: '/data', local: app.dir, reason: expect.stringMatching(/Heat \(1995\)|Severance \(2022\)/) },
    ]);
    // Not mapped yet: Plex's folders do not exist here under the same path.
    expect(answer.libraries.map((l) => l.folders)).toEqual([
      [{ remote: '/data/Movies', local: '/data/Movies', inLibrary: false }],
      [{ remote: '/data/Series', local: '/data/Series', inLibrary: false }],
    ]);

    // With the suggestion as the mapping being edited: every folder lands in a library here.
    const mapped = await app.call('connections:serverLibraries', {
      id: saved.id,
      pathMappings: [{ remote: '/data', local: app.dir }],
    });
    expect(mapped.libraries.map((l) => l.folders)).toEqual([
      [{ remote: '/data/Movies', local: join(app.dir, 'Movies'), inLibrary: true }],
      [{ remote: '/data/Series', local: join(app.dir, 'Series'), inLibrary: true }],
    ]);
    expect(mapped.suggestions).toEqual([]);
  });

  it('suggests a folder rule for a Windows server, from a draft not saved yet, and nothing for a library it cannot match', async () => {
    const answer = await app.call('connections:serverLibraries', {
      kind: 'jellyfin',
      url: jellyfin.url,
      apiKey: token,
    });
    expect(answer.suggestions).toEqual([
      {
        remote: 'D:\\Media\\Movies',
        local: join(app.dir, 'Movies'),
        reason: expect.stringContaining('4 title(s)'),
      },
    ]);
    expect(answer.libraries.find((l) => l.name === 'Music')?.folders).toEqual([
      { remote: 'D:\\Media\\Music', local: null, inLibrary: false },
    ]);
  });

  it('matches a library whose folder is named differently by the title folders found under both', async () => {
    const films = await startJellyfinFake({
      token,
      libraries: [
        { name: 'Films', collectionType: 'movies', locations: ['/films'] },
        { name: 'Music', collectionType: 'music', locations: ['/music'] },
      ],
      items: [
        { library: 'Films', path: '/films/Heat (1995)/Heat (1995).mkv', isFolder: false },
        { library: 'Films', path: '/films/Alien (1979)/Alien (1979).mkv', isFolder: false },
        { library: 'Films', path: '/films/Not Here (2020)/Not Here (2020).mkv', isFolder: false },
        { library: 'Music', path: '/music/Heat', isFolder: true },
      ],
    });
    try {
      const answer = await app.call('connections:serverLibraries', {
        kind: 'jellyfin',
        url: films.url,
        apiKey: token,
      });
      expect(answer.suggestions).toEqual([
        {
          remote: '/films',
          local: join(app.dir, 'Movies'),
          reason: expect.stringContaining('hold the same title folders (Heat (1995), Alien (1979))'),
        },
      ]);
      expect(films.requests.find((r) => r.path === '/Items')?.query).toMatchObject({
        Fields: 'Path',
        Limit: '20',
      });
    } finally {
      await films.close();
    }
  });

  it('answers a refused key as a Test would, with the problem in words', async () => {
    plex.refuseKey(true);
    const saved = await app.call('connections:add', {
      kind: 'plex',
      name: 'Plex',
      url: plex.url,
      apiKey: token,
    });
    const answer = await app.call('connections:serverLibraries', { id: saved.id });
    expect(answer).toEqual({
      libraries: [],
      suggestions: [],
      problem: { code: 'UNAUTHORIZED', message: expect.stringContaining('Plex refused') },
    });
  });
});
