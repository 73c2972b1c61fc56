// The Radarr key and the webhook secret stay out of the log file, the diagnostics report and every
// URL Radarr was sent, after Test, syncs (one failing), webhooks (one refused) and a rotation.
// A whole core on a real data folder; Radarr is the loopback fake (e2e/support/arr-server.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startArrServer, type ArrServer } from '../../../../e2e/support/arr-server';
import { radarrWebhookPayload } from '../../../../e2e/support/arr-webhooks';
import { createCore, type Core } from '../../create-core';
import { bundledFfprobePath } from '../../tools/ffprobe-path';

const apiKey = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
const movie = { id: 1, title: 'Heat', year: 1995, tmdbId: 949, path: '/movies/Heat (1995)' };
let dir: string;
let radarr: ArrServer;
let core: Core;

const basic = (password: string) => `Basic ${Buffer.from(`trailerdeck:${password}`).toString('base64')}`;

async function call<T>(name: string, input?: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.data as T;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trailerdeck arr secrets '));
  radarr = await startArrServer({ app: 'radarr', apiKey, rootFolders: ['/movies'], movies: [movie] });
  core = createCore({
    dataDir: join(dir, 'data'),
    migrationsFolder: resolve(__dirname, '../../../../drizzle'),
    ffprobePath: bundledFfprobePath(),
    version: '0.0.0-test',
  });
  await core.ready;
});
afterAll(async () => {
  await radarr.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Radarr secrets', () => {
  it('never reach the log file, the diagnostics report, or a URL', async () => {
    const { id } = await call<{ id: number }>('connections:add', {
      kind: 'radarr',
      name: 'Radarr',
      url: radarr.url,
      apiKey,
    });
    expect(await call('connections:test', { id })).toMatchObject({ ok: true });
    await call('connections:sync', { id });
    await core.arr.settled(id);
    const first = await call<{ password: string }>('connections:webhook', { id });
    await core.arrWebhook(
      String(id),
      basic(first.password),
      JSON.stringify(radarrWebhookPayload('Download', movie)),
    );
    await core.arrWebhook(String(id), basic('wrong'), JSON.stringify(radarrWebhookPayload('Test', movie)));
    const rotated = await call<{ password: string }>('connections:updateWebhook', { id, rotateSecret: true });
    // A failing sync logs a warning.
    await call('connections:update', { id, patch: { apiKey: `${apiKey}x` } });
    await call('connections:sync', { id });
    await core.arr.settled(id);
    await call('connections:update', { id, patch: { apiKey } });
    // Whatever a future message might embed, the log hides the key and the current secret.
    core.log.warn('connections', `debug: ${apiKey} ${rotated.password}`);
    const report = (await call<{ text: string }>('diagnostics:report')).text;
    await core.close();

    const logs = join(dir, 'data', 'logs');
    const logText = readdirSync(logs)
      .map((file) => readFileSync(join(logs, file), 'utf8'))
      .join('\n');
    expect(logText).toMatch(/Sync of connection \d+ failed/);
    expect(report).toContain('Radarr API key');
    // The key did travel, in its header.
    expect(radarr.requests.length).toBeGreaterThan(3);
    expect(radarr.requests.some((r) => r.apiKey === apiKey)).toBe(true);
    for (const secret of [apiKey, first.password, rotated.password]) {
      expect(logText).not.toContain(secret);
      expect(report).not.toContain(secret);
      for (const request of radarr.requests) expect(request.url).not.toContain(secret);
    }
  });
});
