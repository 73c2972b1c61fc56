// Jellyfin's and Emby's clients against loopback fakes (e2e/support/jellyfin-fake.ts, emby-fake.ts)
// answering in each server's JSON shapes; neither server can run here.
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbyFake } from '../../../../e2e/support/emby-fake';
import { startJellyfinFake, type MediaBrowserFake } from '../../../../e2e/support/jellyfin-fake';
import { startPlexFake } from '../../../../e2e/support/plex-fake';
import type { MediaServerKind } from '../../../../src-preload/contract/connections';
import { createMediaServerClient } from './media-server-client';

const key = 'f00dfacecafe4b1d9e8a7c6b5a4f3e2d';
const libraries = [
  { name: 'Films', collectionType: 'movies', locations: ['/media/films'] },
  { name: 'Series', collectionType: 'tvshows', locations: ['/media/series'] },
];
const fakes: MediaBrowserFake[] = [];
afterEach(async () => {
  for (const fake of fakes.splice(0)) await fake.close();
});

const servers = {
  jellyfin: {
    start: startJellyfinFake,
    appName: 'Jellyfin Server',
    version: '10.10.3',
    name: 'jellyfin-nas',
  },
  emby: { start: startEmbyFake, appName: 'Emby Server', version: '4.8.10.0', name: 'emby-nas' },
} as const;

async function start(kind: 'jellyfin' | 'emby') {
  const fake = await servers[kind].start({ token: key, libraries });
  fakes.push(fake);
  return fake;
}
const clientOf = (kind: MediaServerKind, url: string, options: { timeoutMs?: number } = {}) =>
  createMediaServerClient({ kind, url, urlBase: '', apiKey: key }, options);

describe.each(['jellyfin', 'emby'] as const)('%s', (kind) => {
  it("Test reports the server's name, version and libraries with their folders", async () => {
    const fake = await start(kind);
    expect(await clientOf(kind, fake.url).test()).toEqual({
      ok: true,
      appName: servers[kind].appName,
      version: servers[kind].version,
      serverName: servers[kind].name,
      libraries: [
        { name: 'Films', paths: ['/media/films'] },
        { name: 'Series', paths: ['/media/series'] },
      ],
      problem: null,
    });
    for (const request of fake.requests) expect(request.rawUrl).not.toContain(key);
  });

  it('sends one "media updated" call for a whole batch of folders', async () => {
    const fake = await start(kind);
    await clientOf(kind, fake.url).refreshFolders([
      '/media/films/Heat (1995)',
      '/media/series/Severance (2022)',
      '/media/films/Heat (1995)',
    ]);
    expect(fake.updates()).toEqual([
      [
        { Path: '/media/films/Heat (1995)', UpdateType: 'Modified' },
        { Path: '/media/series/Severance (2022)', UpdateType: 'Modified' },
      ],
    ]);
  });

  it('refuses folders outside every library instead of letting the server ignore them', async () => {
    const fake = await start(kind);
    const refresh = clientOf(kind, fake.url).refreshFolders(['/srv/other/Heat (1995)']);
    await expect(refresh).rejects.toMatchObject({ code: 'WRONG_ADDRESS' });
    expect(fake.updates()).toEqual([]);
  });

  it('names a refused key, a slow server and a stopped one', async () => {
    const fake = await start(kind);
    fake.refuseKey(true);
    expect((await clientOf(kind, fake.url).test()).problem?.code).toBe('UNAUTHORIZED');
    fake.refuseKey(false);
    fake.slow(500);
    expect((await clientOf(kind, fake.url, { timeoutMs: 100 }).test()).problem?.code).toBe('TIMEOUT');
    fake.slow(0);
    await fake.down();
    expect((await clientOf(kind, fake.url).test()).problem?.code).toBe('UNREACHABLE');
  });
});

describe('the key travels in each server’s own header', () => {
  it('Jellyfin: Authorization: MediaBrowser Token; Emby: X-Emby-Token under /emby', async () => {
    const jellyfin = await start('jellyfin');
    const emby = await start('emby');
    await clientOf('jellyfin', jellyfin.url).test();
    await clientOf('emby', emby.url).test();
    expect(jellyfin.requests[0]?.headers.authorization).toBe(`MediaBrowser Token="${key}"`);
    expect(emby.requests.map((r) => r.path)).toEqual([
      '/emby/System/Info',
      '/emby/Library/VirtualFolders/Query',
    ]);
    expect(emby.requests[0]?.headers['x-emby-token']).toBe(key);
  });
});

describe('the wrong kind of server', () => {
  it('a Jellyfin chosen as Emby, or an Emby as Jellyfin, is WRONG_APP with the right name', async () => {
    const jellyfin = await start('jellyfin');
    const emby = await start('emby');
    // Emby's paths live under /emby: with that URL base a Jellyfin client reaches Emby's API.
    const asJellyfin = await createMediaServerClient({
      kind: 'jellyfin',
      url: emby.url,
      urlBase: '/emby',
      apiKey: key,
    }).test();
    expect(asJellyfin.problem).toMatchObject({ code: 'WRONG_APP', message: /answers as Emby/ });
    // A Jellyfin behind a proxy that maps /emby to it.
    const asEmby = await createMediaServerClient({
      kind: 'emby',
      url: `${jellyfin.url}`,
      urlBase: '',
      apiKey: key,
    }).test();
    expect(asEmby.problem).toMatchObject({ code: 'WRONG_APP', message: /answers as Jellyfin, not Emby/ });
  });

  it('a Plex at the address is named, though it refuses the Jellyfin key first', async () => {
    const plex = await startPlexFake({ token: 'other', sections: [] });
    try {
      const result = await clientOf('jellyfin', plex.url).test();
      expect(result.problem).toMatchObject({ code: 'WRONG_APP', message: /answers as Plex Media Server/ });
    } finally {
      await plex.close();
    }
  });
});
