// Plex's client against a loopback Plex fake (e2e/support/plex-fake.ts): real HTTP, Plex's JSON
// shapes. Plex itself cannot run here; the fake records what Plex would have been asked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startJellyfinFake } from '../../../../e2e/support/jellyfin-fake';
import { startPlexFake, type PlexFake } from '../../../../e2e/support/plex-fake';
import type { ConnectionTarget } from '../connection-types';
import { createMediaServerClient } from './media-server-client';
import { createPlexClient } from './plex';

const token = 'plex-TOKEN-abc123';
let plex: PlexFake;
const target = (overrides: Partial<ConnectionTarget> = {}): ConnectionTarget => ({
  kind: 'plex',
  url: plex.url,
  urlBase: '',
  apiKey: token,
  ...overrides,
});

beforeEach(async () => {
  plex = await startPlexFake({
    token,
    friendlyName: 'Living room',
    version: '1.41.3.9314-a0bfb8370',
    sections: [
      { key: '1', title: 'Movies', type: 'movie', locations: ['/data/movies'] },
      { key: '2', title: 'TV Shows', type: 'show', locations: ['/data/tv', '/data/tv2'] },
    ],
    items: [
      { ratingKey: '101', sectionKey: '1', title: 'Heat', year: 1995, folder: '/data/movies/Heat (1995)' },
      { ratingKey: '102', sectionKey: '1', title: 'Heat', year: 1986, folder: '/data/movies/Heat (1986)' },
      {
        ratingKey: '201',
        sectionKey: '2',
        title: 'Severance',
        year: 2022,
        folder: '/data/tv2/Severance (2022)',
        trailers: 2,
      },
    ],
  });
});
afterEach(() => plex.close());

describe('Plex Test', () => {
  it("reports the server's name, version and libraries with their folders", async () => {
    const result = await createMediaServerClient(target()).test();
    expect(result).toEqual({
      ok: true,
      appName: 'Plex Media Server',
      version: '1.41.3.9314-a0bfb8370',
      serverName: 'Living room',
      libraries: [
        { name: 'Movies', paths: ['/data/movies'] },
        { name: 'TV Shows', paths: ['/data/tv', '/data/tv2'] },
      ],
      problem: null,
    });
    // JSON asked for, the token in its header only.
    for (const request of plex.requests) {
      expect(request.headers.accept).toBe('application/json');
      expect(request.rawUrl).not.toContain(token);
    }
    expect(
      plex.requests.filter((r) => r.path !== '/identity').every((r) => r.headers['x-plex-token'] === token),
    ).toBe(true);
  });

  it('says the token was refused', async () => {
    plex.refuseKey(true);
    const result = await createMediaServerClient(target()).test();
    expect(result.ok).toBe(false);
    expect(result.problem?.code).toBe('UNAUTHORIZED');
  });

  it('names a Jellyfin at the address as the wrong app, not as a wrong token', async () => {
    const jellyfin = await startJellyfinFake({ token, libraries: [] });
    try {
      const result = await createMediaServerClient(target({ url: jellyfin.url })).test();
      expect(result.problem).toEqual({
        code: 'WRONG_APP',
        message: expect.stringContaining('answers as Jellyfin, not Plex Media Server'),
      });
      // Who it is was asked without the token.
      const asked = jellyfin.requests.find((r) => r.path === '/System/Info/Public');
      expect(asked?.headers['x-plex-token']).toBeUndefined();
    } finally {
      await jellyfin.close();
    }
  });

  it('gives up on a slow server with TIMEOUT and on a stopped one with UNREACHABLE', async () => {
    plex.slow(500);
    const slow = await createMediaServerClient(target(), { timeoutMs: 100 }).test();
    expect(slow.problem?.code).toBe('TIMEOUT');
    plex.slow(0);
    await plex.down();
    const down = await createMediaServerClient(target()).test();
    expect(down.problem?.code).toBe('UNREACHABLE');
  });
});

describe('Plex refresh', () => {
  it("scans only the title's folder in its section, then refreshes that item", async () => {
    await createMediaServerClient(target()).refreshFolders(['/data/movies/Heat (1995)']);
    expect(plex.scans()).toEqual([{ section: '1', path: '/data/movies/Heat (1995)' }]);
    // The 1986 "Heat" is in the search's hits too, but its files are elsewhere.
    expect(plex.itemRefreshes()).toEqual(['101']);
    expect(plex.requests.every((r) => !r.rawUrl.includes(token))).toBe(true);
  });

  it("finds a show's item through its folder, in a section's second location", async () => {
    await createMediaServerClient(target()).refreshFolders(['/data/tv2/Severance (2022)']);
    expect(plex.scans()).toEqual([{ section: '2', path: '/data/tv2/Severance (2022)' }]);
    expect(plex.itemRefreshes()).toEqual(['201']);
  });

  it('still scans a folder whose item Plex does not know yet, without an item refresh', async () => {
    await createMediaServerClient(target()).refreshFolders(['/data/movies/Arrival (2016)']);
    expect(plex.scans()).toEqual([{ section: '1', path: '/data/movies/Arrival (2016)' }]);
    expect(plex.itemRefreshes()).toEqual([]);
  });

  it('says which folders no library holds (the mappings are wrong) and asks nothing for them', async () => {
    const refresh = createMediaServerClient(target()).refreshFolders(['/mnt/elsewhere/Heat (1995)']);
    await expect(refresh).rejects.toMatchObject({ code: 'WRONG_ADDRESS', message: /path mappings/ });
    expect(plex.scans()).toEqual([]);
  });

  it("lists a movie section's title folders (for mapping suggestions), not a show section's", async () => {
    const client = createPlexClient(target(), {});
    const [movies, shows] = await client.libraries();
    expect(await client.titleFolders(movies!, 20)).toEqual([
      '/data/movies/Heat (1995)',
      '/data/movies/Heat (1986)',
    ]);
    expect(await client.titleFolders(shows!, 20)).toEqual([]);
    expect(plex.requests.at(-1)?.query).toMatchObject({ 'X-Plex-Container-Size': '20' });
  });

  it("counts the trailers among an item's extras", async () => {
    const client = createPlexClient(target(), {});
    expect(await client.trailerCount('/data/tv2/Severance (2022)')).toBe(2);
    expect(await client.trailerCount('/data/movies/Heat (1995)')).toBe(0);
    expect(await client.trailerCount('/data/movies/Unknown (2001)')).toBeNull();
  });
});
