// The Arr client against a loopback Radarr/Sonarr (e2e/support/arr-server.ts) over real HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import { closedPort } from '../../../../e2e/support/closed-port';
import { startArrServer, type ArrServer, type ArrServerOptions } from '../../../../e2e/support/arr-server';
import type { ConnectionTarget } from '../connection-types';
import { createArrClient } from './arr-client';

const servers: ArrServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(options: ArrServerOptions): Promise<ArrServer> {
  const server = await startArrServer(options);
  servers.push(server);
  return server;
}

function target(server: ArrServer, patch: Partial<ConnectionTarget> = {}): ConnectionTarget {
  return { kind: 'radarr', url: server.url, urlBase: '', apiKey: server.apiKey, ...patch };
}

describe('Arr client: Test', () => {
  it('reports Radarr, its version, its instance name and root folders', async () => {
    const server = await serve({ app: 'radarr', rootFolders: ['/movies'], instanceName: 'Radarr 4K' });
    const outcome = await createArrClient(target(server)).test();
    expect(outcome).toEqual({
      ok: true,
      appName: 'Radarr',
      version: '5.14.0.9383',
      serverName: 'Radarr 4K',
      libraries: [{ name: '/movies', paths: ['/movies'] }],
      problem: null,
    });
    expect(server.requests.every((r) => r.apiKey === server.apiKey && !r.url.includes(server.apiKey))).toBe(
      true,
    );
  });

  it('says a wrong key was refused (401)', async () => {
    const server = await serve({ app: 'radarr' });
    const outcome = await createArrClient(target(server, { apiKey: 'not-the-key' })).test();
    expect(outcome.ok).toBe(false);
    expect(outcome.problem?.code).toBe('UNAUTHORIZED');
    expect(outcome.problem?.message).toMatch(/refused the API key/);
  });

  it('says the URL base is wrong when a web page answers', async () => {
    const server = await serve({ app: 'radarr', urlBase: '/radarr' });
    const outcome = await createArrClient(target(server)).test();
    expect(outcome.problem?.code).toBe('WRONG_ADDRESS');
    expect(outcome.problem?.message).toMatch(/URL base/);
  });

  it('says the URL base is wrong when nothing is there (404)', async () => {
    const server = await serve({ app: 'radarr', urlBase: '/radarr', outsideBase: '404' });
    const outcome = await createArrClient(target(server)).test();
    expect(outcome.problem?.code).toBe('WRONG_ADDRESS');
    expect(outcome.problem?.message).toMatch(/HTTP 404/);
  });

  it('works with the right URL base', async () => {
    const server = await serve({ app: 'radarr', urlBase: '/radarr' });
    const outcome = await createArrClient(target(server, { urlBase: '/radarr' })).test();
    expect(outcome.ok).toBe(true);
  });

  it('says it is Sonarr when a Radarr was expected', async () => {
    const server = await serve({ app: 'sonarr-v4' });
    const outcome = await createArrClient(target(server)).test();
    expect(outcome.problem).toEqual({
      code: 'WRONG_APP',
      message: expect.stringMatching(/^This is Sonarr, not Radarr\./) as unknown,
    });
  });

  it('says a slow Arr did not answer in time', async () => {
    const server = await serve({ app: 'radarr', delayMs: 2_000 });
    const outcome = await createArrClient(target(server), { timeoutMs: 200 }).test();
    expect(outcome.problem?.code).toBe('TIMEOUT');
  });

  it('says nothing answers on a closed port', async () => {
    const port = await closedPort();
    const outcome = await createArrClient({
      kind: 'sonarr',
      url: `http://127.0.0.1:${port}`,
      urlBase: '',
      apiKey: 'k',
    }).test();
    expect(outcome.problem?.code).toBe('UNREACHABLE');
    expect(outcome.problem?.message).toMatch(/Nothing answered/);
  });
});

describe('Arr client: titles', () => {
  it("reads Radarr's movies with their ids, file and trailer id", async () => {
    const server = await serve({
      app: 'radarr',
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
        {
          id: 2,
          title: 'Unreleased',
          year: 2027,
          tmdbId: 5,
          path: '/movies/Unreleased (2027)',
          hasFile: false,
          monitored: false,
        },
      ],
    });
    const client = createArrClient(target(server));
    expect(await client.titles()).toEqual([
      {
        arrId: 1,
        kind: 'movie',
        title: 'Heat',
        year: 1995,
        tmdbId: '949',
        imdbId: 'tt0113277',
        tvdbId: null,
        path: '/movies/Heat (1995)',
        monitored: true,
        hasFile: true,
        youTubeTrailerId: 'tbSjIqDq9XU',
      },
      {
        arrId: 2,
        kind: 'movie',
        title: 'Unreleased',
        year: 2027,
        tmdbId: '5',
        imdbId: null,
        tvdbId: null,
        path: '/movies/Unreleased (2027)',
        monitored: false,
        hasFile: false,
        youTubeTrailerId: null,
      },
    ]);
    expect((await client.title(1))?.title).toBe('Heat');
    expect(await client.title(99)).toBeNull();
  });

  it.each(['sonarr-v3', 'sonarr-v4'] as const)('reads %s series (tmdb id only from v4)', async (app) => {
    const server = await serve({
      app,
      series: [
        {
          id: 7,
          title: 'The Wire',
          year: 2002,
          tvdbId: 79126,
          tmdbId: 1438,
          imdbId: 'tt0306414',
          path: '/tv/The Wire',
        },
        { id: 8, title: 'Not Yet', year: 2026, tvdbId: 5, path: '/tv/Not Yet', episodeFileCount: 0 },
      ],
    });
    const client = createArrClient(target(server, { kind: 'sonarr' }));
    const titles = await client.titles();
    expect(titles[0]).toEqual({
      arrId: 7,
      kind: 'series',
      title: 'The Wire',
      year: 2002,
      tmdbId: app === 'sonarr-v4' ? '1438' : null,
      imdbId: 'tt0306414',
      tvdbId: '79126',
      path: '/tv/The Wire',
      monitored: true,
      hasFile: true,
      youTubeTrailerId: null,
    });
    expect(titles[1]?.hasFile).toBe(false);
    expect((await client.test()).version).toMatch(app === 'sonarr-v3' ? /^3\./ : /^4\./);
  });

  it('refuses to import series from a Sonarr set up as a Radarr', async () => {
    const server = await serve({ app: 'sonarr-v3', series: [] });
    await expect(createArrClient(target(server)).titles()).rejects.toMatchObject({ code: 'WRONG_APP' });
  });
});
