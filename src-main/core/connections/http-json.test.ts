// The connections' JSON client against a real loopback HTTP server that misbehaves the ways real
// set-ups do: a wrong key, a reverse proxy's web page at a wrong URL base, a 404, a login redirect,
// a slow answer, nothing listening, https spoken to a plain-http port.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { closedPort } from '../../../e2e/support/closed-port';
import { ConnectionError, httpJson } from './http-json';

type Route = (req: IncomingMessage, res: ServerResponse) => void;

const routes: Record<string, Route> = {
  '/api/status': (req, res) => {
    if (req.headers['x-api-key'] !== 'right-key') {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"Unauthorized"}');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end('{"appName":"Radarr","version":"5.2.6.8376"}');
  },
  '/html': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>nginx</title>'),
  '/redirect': (_req, res) => res.writeHead(302, { location: '/login' }).end(),
  '/broken': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"appName":'),
  '/wrong-shape': (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"appName":42}'),
  '/fail': (_req, res) => res.writeHead(503).end('busy'),
  '/slow': (_req, res) => setTimeout(() => res.writeHead(200).end('{}'), 1_000),
  '/echo': (req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          method: req.method,
          url: req.url,
          body,
          type: req.headers['content-type'] ?? null,
        }),
      ),
    );
  },
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const status = z.object({ appName: z.string(), version: z.string() });
const client = (key = 'right-key', timeoutMs?: number, at = base) =>
  httpJson({ appLabel: 'Radarr', baseUrl: at, headers: { 'X-Api-Key': key }, timeoutMs });

async function failure(promise: Promise<unknown>): Promise<ConnectionError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ConnectionError))
    throw new Error(`expected a ConnectionError, got ${String(error)}`);
  return error;
}

describe('httpJson', () => {
  it('answers the parsed body when the key is right, sending the key in its header only', async () => {
    await expect(client().json({ path: '/api/status' }, status)).resolves.toEqual({
      appName: 'Radarr',
      version: '5.2.6.8376',
    });
  });

  it('sends a JSON body and query values', async () => {
    const echoed = await client().json(
      { method: 'POST', path: '/echo', query: { path: '/movies/Up (2009)' }, body: { a: 1 } },
      z.object({ method: z.string(), url: z.string(), body: z.string(), type: z.string().nullable() }),
    );
    expect(echoed).toEqual({
      method: 'POST',
      url: '/echo?path=%2Fmovies%2FUp+%282009%29',
      body: '{"a":1}',
      type: 'application/json',
    });
  });

  it.each([
    [
      'a refused key',
      () => client('wrong').json({ path: '/api/status' }, status),
      'UNAUTHORIZED',
      /refused the API key \(HTTP 401\)/,
    ],
    [
      'a web page where the API should be',
      () => client().json({ path: '/html' }, status),
      'WRONG_ADDRESS',
      /web page answered.*URL base/,
    ],
    [
      'a 404',
      () => client().json({ path: '/api/v3/nothing' }, status),
      'WRONG_ADDRESS',
      /HTTP 404.*URL base/,
    ],
    [
      'a redirect (a login page)',
      () => client().json({ path: '/redirect' }, status),
      'WRONG_ADDRESS',
      /redirected/,
    ],
    ['a body that is not JSON', () => client().json({ path: '/broken' }, status), 'BAD_ANSWER', /not JSON/],
    [
      'a body of another shape',
      () => client().json({ path: '/wrong-shape' }, status),
      'BAD_ANSWER',
      /at appName/,
    ],
    ['a server error', () => client().send({ path: '/fail' }), 'SERVER_ERROR', /HTTP 503/],
    [
      'a slow answer',
      () => client('right-key', 200).send({ path: '/slow' }),
      'TIMEOUT',
      /did not answer within 1 s/,
    ],
  ])('names %s', async (_case, call, code, message) => {
    const error = await failure(call());
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('right-key');
  });

  it('says nothing answered when nobody listens on the port', async () => {
    const port = await closedPort();
    const error = await failure(
      client('right-key', undefined, `http://127.0.0.1:${port}`).send({ path: '/' }),
    );
    expect(error.code).toBe('UNREACHABLE');
    expect(error.message).toContain(`Nothing answered at http://127.0.0.1:${port} (ECONNREFUSED)`);
  });

  it('names a TLS problem when https is spoken to a plain-http port', async () => {
    const error = await failure(
      client('right-key', undefined, base.replace('http:', 'https:')).send({ path: '/api/status' }),
    );
    expect(error.code).toBe('TLS');
    expect(error.message).toMatch(/secure connection.*write http:\/\//);
  });

  it('rejects with the caller’s reason when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = client().send({ path: '/slow', signal: controller.signal });
    controller.abort(new Error('closed'));
    await expect(pending).rejects.toThrow('closed');
  });
});
