// The headless server's second guards, on real servers over real sockets: the Host header (DNS
// rebinding), the WebSocket's Origin behind an HTTPS reverse proxy, and one token cookie per instance.
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCore, type Core } from '../core/create-core';
import { bundledFfprobePath } from '../core/tools/ffprobe-path';
import { startHeadlessServer, type HeadlessServer } from './http-server';

const token = 'guard-test-token-Xq81zLm3';
let base: string;
let core: Core;
let plain: HeadlessServer;
let proxied: HeadlessServer;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'td-guard-'));
  const rendererDir = join(base, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Trailerdeck</title>');
  core = createCore({
    dataDir: join(base, 'data'),
    migrationsFolder: resolve(__dirname, '../../drizzle'),
    ffprobePath: bundledFfprobePath(),
    version: '0.0.0-test',
  });
  const start = (publicOrigin: string | null) =>
    startHeadlessServer({
      dispatch: core.dispatch,
      events: core.events,
      rendererDir,
      token,
      host: '127.0.0.1',
      port: 0,
      publicOrigin,
      posterPath: () => null,
    });
  plain = await start(null);
  proxied = await start('https://trailers.example.lan');
});

afterAll(async () => {
  await plain.close();
  await proxied.close();
  await core.close();
  rmSync(base, { recursive: true, force: true });
});

/** A GET with any Host header (fetch may not set one). */
function get(
  server: HeadlessServer,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; setCookie: string[] }> {
  return new Promise((resolvePromise, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolvePromise({ status: res.statusCode ?? 0, body, setCookie: res.headers['set-cookie'] ?? [] }),
      );
    });
    req.once('error', reject);
    req.end();
  });
}

function upgrade(server: HeadlessServer, headers: Record<string, string>): Promise<string> {
  return new Promise((resolvePromise) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, { headers });
    ws.once('open', () => {
      ws.close();
      resolvePromise('open');
    });
    ws.once('unexpected-response', (_req, res) => resolvePromise(`HTTP ${res.statusCode}`));
    ws.once('error', () => resolvePromise('error'));
  });
}

const cookie = (server: HeadlessServer) => `td_token_${server.port}=${token}`;

describe('the Host header', () => {
  it('refuses a name the server was not given (DNS rebinding) with 421 and a message, token or not', async () => {
    const res = await get(plain, '/', { Host: `evil.example:${plain.port}`, Cookie: cookie(plain) });
    expect(res.status).toBe(421);
    expect(res.body).toContain('does not answer to the address "evil.example');
    expect(res.body).toContain('--public-origin');
    expect(await upgrade(plain, { Host: `evil.example:${plain.port}`, Cookie: cookie(plain) })).toBe(
      'HTTP 421',
    );
  });

  it.each(['localhost', '127.0.0.1', '[::1]', '192.168.1.20'])('answers %s', async (name) => {
    const res = await get(plain, '/', { Host: `${name}:${plain.port}`, Cookie: cookie(plain) });
    expect(res.status).toBe(200);
  });

  it("answers the public origin's name", async () => {
    const res = await get(proxied, '/', { Host: 'trailers.example.lan', Cookie: cookie(proxied) });
    expect(res.status).toBe(200);
  });
});

describe('behind an HTTPS reverse proxy', () => {
  const proxyHeaders = (server: HeadlessServer) => ({
    Host: 'trailers.example.lan',
    Origin: 'https://trailers.example.lan',
    Cookie: cookie(server),
  });

  it('accepts the WebSocket from the configured public origin', async () => {
    expect(await upgrade(proxied, proxyHeaders(proxied))).toBe('open');
  });

  it('refuses it without --public-origin, and refuses other origins with it', async () => {
    expect(await upgrade(plain, proxyHeaders(plain))).not.toBe('open');
    expect(await upgrade(proxied, { ...proxyHeaders(proxied), Origin: 'https://evil.example' })).toBe(
      'HTTP 403',
    );
  });

  it('marks the cookie Secure when the page is reached through the HTTPS origin', async () => {
    const res = await get(proxied, `/?token=${token}`, { Host: 'trailers.example.lan' });
    expect(res.setCookie[0]).toMatch(/; Secure$/);
    const direct = await get(proxied, `/?token=${token}`, { Host: `127.0.0.1:${proxied.port}` });
    expect(direct.setCookie[0]).not.toMatch(/Secure/);
  });
});

describe('two instances on 127.0.0.1', () => {
  it('each sets its own cookie, so signing in to one does not sign out of the other', async () => {
    const first = await get(plain, `/?token=${token}`, { Host: `127.0.0.1:${plain.port}` });
    const second = await get(proxied, `/?token=${token}`, { Host: `127.0.0.1:${proxied.port}` });
    const nameOf = (setCookie: string[]) => setCookie[0]!.split('=')[0];
    expect(nameOf(first.setCookie)).toBe(`td_token_${plain.port}`);
    expect(nameOf(second.setCookie)).toBe(`td_token_${proxied.port}`);
    // A browser keeps both (cookies ignore ports); each server finds its own among them.
    const both = `${cookie(plain)}; ${cookie(proxied).replace(token, 'another-instance-token')}`;
    expect((await get(plain, '/', { Host: `127.0.0.1:${plain.port}`, Cookie: both })).status).toBe(200);
  });
});
