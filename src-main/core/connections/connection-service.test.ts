// Connections through the contract's dispatch, against a real database with the real migrations.
// The adapter here is a test-only one built on the real JSON client and a loopback server (the
// real Radarr/Sonarr/Plex/Jellyfin/Emby adapters have their own tests against their fakes).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Connection } from '../../../src-preload/contract/connections';
import { openDatabase, type AppDatabase } from '../db/open-database';
import { EventBus } from '../event-bus';
import { createDispatch, type Dispatch } from '../rpc/dispatch';
import type { Handlers } from '../rpc/dispatch';
import { EventLog, repoRoot } from '../library/test-helpers';
import type { AdapterFactories } from './adapter-registry';
import { ConnectionService } from './connection-service';
import { ConnectionStore } from './connection-store';
import type { ConnectionTarget, TestOutcome } from './connection-types';
import { httpJson, problemOf } from './http-json';
import { testFailed, testPassed } from './test-outcome';

let server: Server;
let url: string;
const seenKeys: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seenKeys.push(String(req.headers['x-api-key']));
    if (req.headers['x-api-key'] !== 'k-123') return void res.writeHead(401).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"appName":"Radarr","version":"5.2.6"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A minimal "Radarr": asks /api/v3/system/status with the key in X-Api-Key. */
function statusAdapter(target: ConnectionTarget) {
  const http = httpJson({
    appLabel: 'Radarr',
    baseUrl: target.url + target.urlBase,
    headers: { 'X-Api-Key': target.apiKey },
  });
  return {
    async test(): Promise<TestOutcome> {
      try {
        const status = await http.json(
          { path: '/api/v3/system/status' },
          z.object({ appName: z.string(), version: z.string() }),
        );
        return testPassed({
          appName: status.appName,
          version: status.version,
          serverName: null,
          libraries: [],
        });
      } catch (error) {
        return testFailed(problemOf(error));
      }
    },
  };
}
const factories = { arr: statusAdapter, server: statusAdapter } as unknown as AdapterFactories;

let dir: string;
let db: AppDatabase;
let dispatch: Dispatch;
let events: EventLog;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'td-connections-'));
  db = openDatabase(join(dir, 'app.db'), join(repoRoot, 'drizzle'));
  const bus = new EventBus();
  events = new EventLog(bus);
  const service = new ConnectionService({ store: new ConnectionStore(db), events: bus, factories });
  // Only the connections' procedures: the rest of the contract is not under test here.
  const handlers: Partial<Handlers> = {
    'connections:list': () => service.list(),
    'connections:add': (fields) => service.add(fields),
    'connections:update': ({ id, patch }) => service.update(id, patch),
    'connections:remove': ({ id }) => (service.remove(id), { removed: true as const }),
    'connections:test': (input) => service.test(input),
  };
  dispatch = createDispatch(handlers as Handlers);
  seenKeys.length = 0;
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

async function addOne(fields: object): Promise<{ data: Connection }> {
  const result = await dispatch('connections:add', fields);
  if (!result.ok) throw new Error(result.error.message);
  return { data: result.data as Connection };
}

const radarr = () => ({ kind: 'radarr', name: 'Radarr 4K', url: `${url}/`, apiKey: 'k-123' });

describe('connections', () => {
  it('saves a connection without ever answering its key, with the default sync options', async () => {
    const added = await dispatch('connections:add', radarr());
    expect(added).toMatchObject({ ok: true, data: { name: 'Radarr 4K', url, urlBase: '', hasApiKey: true } });
    const listed = await dispatch('connections:list', undefined);
    expect(JSON.stringify(listed)).not.toContain('k-123');
    expect(listed).toMatchObject({
      ok: true,
      data: [{ sync: { onlyMonitored: false, onlyWithFile: false } }],
    });
    expect(events.of('connections:changed')).toHaveLength(1);
  });

  it.each([
    [{ url: 'http://user:pass@nas:7878' }, /user name and password out of the address/],
    [{ url: 'http://nas:7878/?apikey=k-123' }, /cannot contain "\?"/],
    [{ url: 'ftp://nas' }, /starting with http/],
    [{ apiKey: 'has space' }, /no spaces/],
    [{ urlBase: '/radarr?x' }, /URL base is a path/],
  ])('refuses %o with a message a person can act on', async (change, message) => {
    const result = await dispatch('connections:add', { ...radarr(), ...change });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(await dispatch('connections:list', undefined)).toEqual({ ok: true, data: [] });
  });

  it('refuses a second connection with the same name', async () => {
    await dispatch('connections:add', radarr());
    const again = await dispatch('connections:add', radarr());
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/already exists/) },
    });
  });

  it('tests a draft before it is saved, and a saved one keeps what the Test found', async () => {
    const draft = await dispatch('connections:test', { kind: 'radarr', url, apiKey: 'k-123' });
    expect(draft).toMatchObject({ ok: true, data: { ok: true, appName: 'Radarr', version: '5.2.6' } });

    const added = await addOne({ ...radarr(), apiKey: 'wrong' });
    const failed = await dispatch('connections:test', { id: added.data.id });
    expect(failed).toMatchObject({ ok: true, data: { ok: false, problem: { code: 'UNAUTHORIZED' } } });
    expect(await dispatch('connections:list', undefined)).toMatchObject({
      ok: true,
      data: [{ lastTest: { ok: false, problem: { code: 'UNAUTHORIZED' } } }],
    });

    // Typing the right key and testing does not save it; saving it clears the stale Test.
    await dispatch('connections:test', { id: added.data.id, apiKey: 'k-123' });
    expect(await dispatch('connections:list', undefined)).toMatchObject({
      data: [{ lastTest: { ok: false } }],
    });
    const updated = await dispatch('connections:update', { id: added.data.id, patch: { apiKey: 'k-123' } });
    expect(updated).toMatchObject({ ok: true, data: { lastTest: null } });
    expect(await dispatch('connections:test', { id: added.data.id })).toMatchObject({ data: { ok: true } });
    expect(seenKeys).toEqual(['k-123', 'wrong', 'k-123', 'k-123']);
  });

  it('tests an edited address with the stored key, without saving what it found', async () => {
    const added = await addOne({ ...radarr(), url: 'http://127.0.0.1:9' });
    const edited = await dispatch('connections:test', { id: added.data.id, url: `${url}/` });
    expect(edited).toMatchObject({ ok: true, data: { ok: true, appName: 'Radarr' } });
    expect(seenKeys).toEqual(['k-123']);
    // The saved connection still points elsewhere: what the draft found is not kept on it.
    expect(await dispatch('connections:list', undefined)).toMatchObject({ data: [{ lastTest: null }] });
    const refused = await dispatch('connections:test', { id: added.data.id, url: 'ftp://x' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'url' } });
  });

  it('keeps the stored key when an edit leaves it out, and removes a connection', async () => {
    const added = await addOne(radarr());
    await dispatch('connections:update', {
      id: added.data.id,
      patch: { name: 'Films', pathMappings: [{ remote: '/movies', local: '/mnt/nas/Movies' }] },
    });
    expect(await dispatch('connections:test', { id: added.data.id })).toMatchObject({ data: { ok: true } });
    expect(await dispatch('connections:list', undefined)).toMatchObject({
      data: [{ name: 'Films', pathMappings: [{ remote: '/movies', local: '/mnt/nas/Movies' }] }],
    });
    expect(await dispatch('connections:remove', { id: added.data.id })).toEqual({
      ok: true,
      data: { removed: true },
    });
    expect(await dispatch('connections:test', { id: added.data.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('shows a hand-edited row with broken JSON as having no mappings, not as an error', async () => {
    const added = await addOne(radarr());
    db.$client
      .prepare("UPDATE connection SET path_mappings = '{oops', last_test = '[]' WHERE id = ?")
      .run(added.data.id);
    expect(await dispatch('connections:list', undefined)).toMatchObject({
      data: [{ pathMappings: [], lastTest: null }],
    });
  });
});
