// Radarr's and Sonarr's webhooks over real HTTP: the headless server, a whole core on a scanned
// library, and the loopback Radarr/Sonarr (e2e/support/arr-server.ts) the sync asks for the title.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startArrServer, type ArrMovieFixture, type ArrServer } from '../../e2e/support/arr-server';
import { radarrWebhookPayload, sendArrWebhook } from '../../e2e/support/arr-webhooks';
import { openDownloadApp, type DownloadApp } from '../core/downloads/download-test-kit';
import { nextEvent } from '../core/library/test-helpers';
import { startHeadlessServer, type HeadlessServer } from './http-server';

const token = 'ui-token-0123456789abcdef';
const heat: ArrMovieFixture = {
  id: 1,
  title: 'Heat',
  year: 1995,
  tmdbId: 949,
  path: '/movies/Heat (1995)',
  youTubeTrailerId: 'tbSjIqDq9XU',
};
const dune: ArrMovieFixture = {
  id: 2,
  title: 'Dune',
  year: 2021,
  tmdbId: 438631,
  path: '/movies/Dune (2021)',
  youTubeTrailerId: 'n9xhJrPXop4',
};
const future: ArrMovieFixture = {
  id: 3,
  title: 'Future',
  year: 2030,
  tmdbId: 7,
  path: '/movies/Future (2030)',
  hasFile: false,
};

let app: DownloadApp;
let radarr: ArrServer;
let server: HeadlessServer;
let renderer: string;
let hook: string;
let credentials: { username: string; password: string };
let connectionId: number;

beforeEach(async () => {
  radarr = await startArrServer({ app: 'radarr', rootFolders: ['/movies'], movies: [heat, dune, future] });
  app = await openDownloadApp();
  const connection = await app.call('connections:add', {
    kind: 'radarr',
    name: 'Radarr',
    url: radarr.url,
    apiKey: radarr.apiKey,
    pathMappings: [{ remote: '/movies', local: dirname(app.folder('Heat (1995)')) }],
  });
  connectionId = connection.id;
  renderer = mkdtempSync(join(tmpdir(), 'td-renderer-'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
  server = await startHeadlessServer({
    dispatch: app.core.dispatch,
    events: app.core.events,
    rendererDir: renderer,
    token,
    host: '127.0.0.1',
    port: 0,
    posterPath: () => null,
    arrWebhook: app.core.arrWebhook,
  });
  const info = await app.call('connections:webhook', { id: connectionId });
  hook = `http://127.0.0.1:${server.port}${info.path}`;
  credentials = { username: info.username, password: info.password };
});
afterEach(async () => {
  await server.close();
  await app.close();
  await radarr.close();
  rmSync(renderer, { recursive: true, force: true });
});

const itemOf = (arrId: number) =>
  app.core.db.$client
    .prepare('SELECT media_id AS mediaId, not_on_disk AS notOnDisk FROM arr_item WHERE arr_id = ?')
    .get(arrId) as { mediaId: number | null; notOnDisk: string | null } | undefined;

describe('Arr webhooks', () => {
  it("answers Radarr's Test with 200", async () => {
    const answer = await sendArrWebhook(hook, credentials, radarrWebhookPayload('Test', heat));
    expect(answer).toMatchObject({
      status: 200,
      body: { message: 'Trailerdeck received the test for "Radarr".' },
    });
  });

  it('refuses a wrong secret, no secret, the UI token, and an unknown connection, alike', async () => {
    const wrong = await sendArrWebhook(
      hook,
      { ...credentials, password: 'guess' },
      radarrWebhookPayload('Test', heat),
    );
    expect(wrong).toMatchObject({ status: 401, authenticate: expect.stringContaining('Basic') as unknown });
    expect((await sendArrWebhook(hook, null, radarrWebhookPayload('Test', heat))).status).toBe(401);
    expect(
      (await sendArrWebhook(`${hook}?token=${token}`, null, radarrWebhookPayload('Test', heat))).status,
    ).toBe(401);
    expect(
      (await sendArrWebhook(hook.replace(/\d+$/, '999'), credentials, radarrWebhookPayload('Test', heat)))
        .status,
    ).toBe(401);
    expect(itemOf(1)).toBeUndefined();
  });

  it('stops working for the old secret once rotated', async () => {
    const rotated = await app.call('connections:updateWebhook', { id: connectionId, rotateSecret: true });
    expect(rotated.password).not.toBe(credentials.password);
    expect((await sendArrWebhook(hook, credentials, radarrWebhookPayload('Test', heat))).status).toBe(401);
    const fresh = { username: rotated.username, password: rotated.password };
    expect((await sendArrWebhook(hook, fresh, radarrWebhookPayload('Test', heat))).status).toBe(200);
  });

  it('refuses a body that is no webhook, with a clear message', async () => {
    const answer = await sendArrWebhook(hook, credentials, { hello: 'world' });
    expect(answer).toMatchObject({
      status: 400,
      body: { message: 'This is not a Radarr or Sonarr webhook payload.' },
    });
  });

  it('"On Import" of a new folder: scans it, links the movie, and queues Radarr\'s trailer', async () => {
    // Radarr just moved the file in: the library has not seen the folder yet.
    const folder = join(dirname(app.folder('Heat (1995)')), 'Dune (2021)');
    mkdirSync(folder);
    writeFileSync(join(folder, 'Dune (2021).mkv'), '');
    const answer = await sendArrWebhook(hook, credentials, radarrWebhookPayload('Download', dune));
    expect(answer).toMatchObject({ status: 200, body: { queued: true } });
    const mediaId = answer.body.mediaId as number;
    expect(itemOf(2)).toEqual({ mediaId, notOnDisk: null });
    expect((await app.call('media:get', { mediaId })).title).toBe('Dune');
    if (app.core.discovery.run().running) {
      await nextEvent(app.core.events, 'discovery:runChanged', (run) => !run.running);
    }
    const [job] = await app.call('downloads:forMedia', { mediaId });
    expect(job).toMatchObject({
      sourceUrl: 'https://www.youtube.com/watch?v=n9xhJrPXop4',
      choice: { source: 'radarr' },
    });
  });

  it('"On Movie Added" of a movie with no folder records it as not on disk and queues nothing', async () => {
    const answer = await sendArrWebhook(hook, credentials, radarrWebhookPayload('MovieAdded', future));
    expect(answer).toMatchObject({ status: 200, body: { mediaId: null, queued: false } });
    expect(itemOf(3)).toEqual({ mediaId: null, notOnDisk: 'FOLDER_NOT_VISIBLE' });
    expect((await app.call('downloads:window', { filter: 'all', offset: 0, limit: 50 })).rows).toEqual([]);
  });

  it('only syncs when the connection says not to fetch trailers', async () => {
    await app.call('connections:updateWebhook', { id: connectionId, fetchTrailers: false });
    const answer = await sendArrWebhook(hook, credentials, radarrWebhookPayload('Download', heat));
    expect(answer).toMatchObject({
      status: 200,
      body: { mediaId: app.mediaId('Heat (1995)'), queued: false },
    });
    expect((await app.call('downloads:window', { filter: 'all', offset: 0, limit: 50 })).rows).toEqual([]);
  });
});
