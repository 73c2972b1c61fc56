import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCore, type Core } from '../core/create-core';
import { bundledFfprobePath } from '../core/tools/ffprobe-path';
import type { ServerMessage, WireResult } from '../../src-preload/contract/wire';
import { makeVideo } from '../../e2e/support/media-fixtures';
import { startHeadlessServer, type HeadlessServer } from './http-server';

const token = 'test-token-0123456789abcdef';
let base: string;
let core: Core;
let server: HeadlessServer;
let origin: string;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'td-server-'));
  const rendererDir = join(base, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Trailerdeck</title>');
  core = createCore({
    dataDir: join(base, 'data'),
    migrationsFolder: resolve(__dirname, '../../drizzle'),
    ffprobePath: bundledFfprobePath(),
    version: '0.0.0-test',
  });
  server = await startHeadlessServer({
    dispatch: core.dispatch,
    events: core.events,
    rendererDir,
    token,
    host: '127.0.0.1',
    port: 0,
    posterPath: (id) => core.library.posterPath(id),
    videoFile: (id) => core.library.videoFile(id),
  });
  origin = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server.close();
  await core.close();
  rmSync(base, { recursive: true, force: true });
});

function connect(
  headers: Record<string, string> = { Cookie: `td_token_${server.port}=${token}` },
): Promise<WebSocket> {
  return new Promise((resolvePromise, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, { headers });
    ws.once('open', () => resolvePromise(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket, match: (m: ServerMessage) => boolean): Promise<ServerMessage> {
  return new Promise((resolvePromise) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as ServerMessage;
      if (match(message)) {
        ws.off('message', onMessage);
        resolvePromise(message);
      }
    };
    ws.on('message', onMessage);
  });
}

async function call(ws: WebSocket, id: number, name: string, input?: unknown) {
  const reply = nextMessage(ws, (m) => m.type === 'result' && m.id === id);
  ws.send(JSON.stringify({ type: 'call', id, name, input }));
  return ((await reply) as WireResult).result;
}

describe('headless HTTP', () => {
  it('answers 401 without the token, and with a wrong one', async () => {
    expect((await fetch(`${origin}/`)).status).toBe(401);
    expect((await fetch(`${origin}/?token=wrong`)).status).toBe(401);
    expect((await fetch(`${origin}/`, { headers: { Cookie: `td_token_${server.port}=wrong` } })).status).toBe(
      401,
    );
  });

  it('explains in a readable page that the address of an earlier start no longer works', async () => {
    const res = await fetch(`${origin}/?token=from-an-earlier-start`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<title>Trailerdeck needs its access token</title>');
    expect(html).toContain('Open the full address Trailerdeck printed when it started');
    expect(html).toContain('--token');
  });

  it('tells the page whether its token still holds at /session', async () => {
    const cookie = { Cookie: `td_token_${server.port}=${token}` };
    expect((await fetch(`${origin}/session`, { headers: cookie })).status).toBe(204);
    expect((await fetch(`${origin}/session`)).status).toBe(401);
  });

  it('trades the token in the address for a cookie, then serves the page with a strict CSP', async () => {
    const first = await fetch(`${origin}/?token=${token}`, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    expect(first.headers.get('set-cookie')).toMatch(
      new RegExp(`^td_token_${server.port}=.*HttpOnly; SameSite=Strict$`),
    );
    const page = await fetch(`${origin}/`, { headers: { Cookie: `td_token_${server.port}=${token}` } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Trailerdeck</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('refuses to serve files outside the renderer folder', async () => {
    const res = await fetch(`${origin}/..%2fdata%2ftrailerdeck.db`, {
      headers: { Cookie: `td_token_${server.port}=${token}` },
    });
    expect(res.status).toBe(404);
  });
});

describe('headless WebSocket', () => {
  it('refuses an upgrade without the token or from another origin', async () => {
    await expect(connect({})).rejects.toThrow('HTTP 401');
    await expect(
      connect({ Cookie: `td_token_${server.port}=${token}`, Origin: 'http://evil.example' }),
    ).rejects.toThrow('HTTP 403');
  });

  it('carries calls and typed errors', async () => {
    const ws = await connect();
    expect(await call(ws, 1, 'library:listRoots')).toEqual({ ok: true, data: [] });
    expect(await call(ws, 2, 'media:get', { mediaId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call(ws, 3, 'no:such')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    const garbage = nextMessage(ws, (m) => m.type === 'result');
    ws.send('{not json');
    expect(((await garbage) as WireResult).result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    ws.close();
  });

  it('pushes events to connected clients', async () => {
    const ws = await connect();
    const library = mkdtempSync(join(base, 'lib-'));
    mkdirSync(join(library, 'Heat (1995)'));
    const finished = nextMessage(ws, (m) => m.type === 'event' && m.event === 'scan:finished');
    const added = await call(ws, 1, 'library:addRoot', { path: library });
    expect(added).toMatchObject({ ok: true, data: { path: library } });
    const event = await finished;
    expect(event).toMatchObject({ type: 'event', payload: { titlesAdded: 1 } });
    ws.close();
  });
});

describe('headless posters', () => {
  it("serves a title's poster, but never one that links out of its title folder", async () => {
    const library = mkdtempSync(join(base, 'posters-'));
    writeFileSync(join(base, 'passwd'), 'root:x:0:0:do not serve');
    mkdirSync(join(library, 'Alien (1979)'));
    writeFileSync(join(library, 'Alien (1979)', 'poster.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    mkdirSync(join(library, 'Leak (2000)'));
    symlinkSync(join(base, 'passwd'), join(library, 'Leak (2000)', 'poster.jpg'));
    const ws = await connect();
    const finished = nextMessage(ws, (m) => m.type === 'event' && m.event === 'scan:finished');
    await call(ws, 1, 'library:addRoot', { path: library });
    await finished;
    ws.close();
    const ids = new Map(core.library.listMedia().map((m) => [m.title, m.id]));
    const poster = (title: string) =>
      fetch(`${origin}/posters/${ids.get(title)}?v=1`, {
        headers: { Cookie: `td_token_${server.port}=${token}` },
      });

    const good = await poster('Alien');
    expect(good.status).toBe(200);
    expect(good.headers.get('content-type')).toBe('image/jpeg');
    const leak = await poster('Leak');
    expect(leak.status).toBe(404);
    expect(await leak.text()).not.toContain('do not serve');
  });
});

describe('headless videos', () => {
  it('serves a filed trailer by its download id, in ranges, to the token holder only', async () => {
    const library = mkdtempSync(join(base, 'videos-'));
    const trailer = makeVideo(join(library, 'Ronin (1998)', 'Ronin (1998)-trailer.mp4'), { duration: 0.5 });
    const size = readFileSync(trailer).length;
    const ws = await connect();
    const finished = nextMessage(ws, (m) => m.type === 'event' && m.event === 'scan:finished');
    await call(ws, 1, 'library:addRoot', { path: library });
    await finished;
    ws.close();
    const ronin = core.library.listMedia().find((m) => m.title === 'Ronin');
    const [file] = core.library.listTrailers(ronin?.id ?? 0);
    const url = `${origin}/videos/${file?.id}`;
    const cookie = { Cookie: `td_token_${server.port}=${token}` };

    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { Cookie: `td_token_${server.port}=wrong` } })).status).toBe(401);

    const whole = await fetch(url, { headers: cookie });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(readFileSync(trailer));

    const seek = await fetch(url, { headers: { ...cookie, Range: 'bytes=100-' } });
    expect(seek.status).toBe(206);
    expect(seek.headers.get('content-range')).toBe(`bytes 100-${size - 1}/${size}`);
    expect(Buffer.from(await seek.arrayBuffer())).toEqual(readFileSync(trailer).subarray(100));

    const head = await fetch(url, { method: 'HEAD', headers: cookie });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(size));

    const beyond = await fetch(url, { headers: { ...cookie, Range: `bytes=${size}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${size}`);

    for (const path of ['/videos/999999', '/videos/abc', `/videos/${file?.id}/..%2f..%2fetc%2fpasswd`]) {
      expect((await fetch(`${origin}${path}`, { headers: cookie })).status, path).toBe(404);
    }
  });
});
