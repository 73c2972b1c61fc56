import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Dispatch } from '../core/rpc/dispatch';
import type { EventBus } from '../core/event-bus';
import { requestToken, tokenCookieHeader, tokenCookieName, tokensMatch } from './auth';
import { hostAllowed, hostRefusal, originAllowed, viaHttpsPublicOrigin } from './request-guard';
import { POSTER_PATH_PREFIX, VIDEO_PATH_PREFIX } from '../../src-preload/ipc-channels';
import { posterIdFromPath, videoIdFromPath } from '../core/files/static-paths';
import { resolvePosterFile, resolveStaticFile } from '../core/files/resolve-static-file';
import { answerVideoRequest, type VideoFileRecord } from '../core/files/serve-video';
import { sendFile, sendVideo } from './static-files';
import { createWsTransport } from './ws-transport';
import { contentSecurityPolicy } from '../core/files/content-security-policy';
import { webhookMaxBytes, type WebhookAnswer } from '../core/connections/arr/arr-webhook';

export interface HeadlessServerOptions {
  dispatch: Dispatch;
  events: EventBus;
  rendererDir: string;
  token: string;
  host: string;
  port: number;
  /** The origin browsers use behind a reverse proxy (https://trailers.example.lan), or null. */
  publicOrigin?: string | null;
  posterPath: (mediaId: number) => string | null;
  /** The player's lookup of a download's file (`core.library.videoFile`); none: no video route. */
  videoFile?: (downloadId: number) => VideoFileRecord | null;
  /** Radarr/Sonarr webhooks (POST /api/webhooks/arr/<connection id>), checked by their own secret. */
  arrWebhook?: (
    connectionId: string,
    authorization: string | undefined,
    body: string,
  ) => Promise<WebhookAnswer>;
}

export interface HeadlessServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/** Serves the renderer and the contract (over /ws) to a browser on this machine. */
export async function startHeadlessServer(options: HeadlessServerOptions): Promise<HeadlessServer> {
  const transport = createWsTransport(options.dispatch, options.events);
  const publicOrigin = options.publicOrigin ?? null;
  // Known once listening (port 0 picks one); no request arrives before.
  let cookieName = '';
  const server = createServer((request, response) => {
    handleRequest({ ...options, publicOrigin, cookieName }, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, securityHeaders).end('Internal error');
      else response.destroy();
    });
  });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = parseUrl(request);
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (!url || url.pathname !== '/ws') return refuse('404 Not Found');
    if (!hostAllowed(request, { host: options.host, publicOrigin })) return refuse('421 Misdirected Request');
    if (!tokensMatch(options.token, requestToken(request, url, cookieName).token))
      return refuse('401 Unauthorized');
    if (!originAllowed(request, publicOrigin)) return refuse('403 Forbidden');
    transport.wss.handleUpgrade(request, socket, head, (ws) => transport.wss.emit('connection', ws, request));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  cookieName = tokenCookieName(port);
  const hostInUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    port,
    url: `http://${hostInUrl}:${port}/?token=${encodeURIComponent(options.token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        transport.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What a browser shows without a valid token: most often an old address after a restart. */
const unauthorizedPage = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Trailerdeck needs its access token</title>
<h1>Trailerdeck needs its access token</h1>
<p>Open the full address Trailerdeck printed when it started; it ends in <code>?token=…</code>.</p>
<p>Trailerdeck makes a new token each time it starts, so an address or a tab from an earlier start
no longer works. To keep the same address across restarts, start it with
<code>--token</code> and a long random token of your own.</p>
</html>
`;

interface RequestContext extends HeadlessServerOptions {
  publicOrigin: string | null;
  cookieName: string;
}

async function handleRequest(options: RequestContext, request: IncomingMessage, response: ServerResponse) {
  const url = parseUrl(request);
  if (!url) return void response.writeHead(400, securityHeaders).end('Bad request');
  // Before the Host and token checks: an Arr in Docker calls by any name, and proves itself with
  // its connection's own secret (a browser page elsewhere cannot know it).
  const webhook = /^\/api\/webhooks\/arr\/([^/]+)$/.exec(url.pathname);
  if (webhook?.[1] && options.arrWebhook)
    return answerWebhook(options.arrWebhook, webhook[1], request, response);
  if (!hostAllowed(request, options)) {
    return void response
      .writeHead(421, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' })
      .end(hostRefusal(request));
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return void response.writeHead(405, { ...securityHeaders, Allow: 'GET, HEAD' }).end();
  }
  const { token, fromQuery } = requestToken(request, url, options.cookieName);
  if (!tokensMatch(options.token, token)) {
    return void response
      .writeHead(401, {
        ...securityHeaders,
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      .end(unauthorizedPage);
  }
  if (fromQuery) {
    // Trade the token in the address for a cookie, and take it out of the address bar and history.
    url.searchParams.delete('token');
    return void response
      .writeHead(303, {
        ...securityHeaders,
        'Set-Cookie': tokenCookieHeader(
          options.cookieName,
          options.token,
          viaHttpsPublicOrigin(request, options.publicOrigin),
        ),
        Location: url.pathname + url.search,
      })
      .end();
  }

  // The page asks here whether its token still holds when its WebSocket is refused (ws-client.ts).
  if (url.pathname === '/session')
    return void response.writeHead(204, { ...securityHeaders, 'Cache-Control': 'no-store' }).end();

  if (url.pathname.startsWith(POSTER_PATH_PREFIX)) {
    const mediaId = posterIdFromPath(url.pathname);
    const file = await resolvePosterFile(mediaId === null ? null : options.posterPath(mediaId));
    if (!file) return void response.writeHead(404, securityHeaders).end();
    return sendFile(response, file, { ...securityHeaders, 'Cache-Control': 'private, max-age=86400' });
  }

  if (url.pathname.startsWith(VIDEO_PATH_PREFIX)) {
    const downloadId = videoIdFromPath(url.pathname);
    const record = downloadId === null ? null : (options.videoFile?.(downloadId) ?? null);
    const answer = await answerVideoRequest(record, request.method ?? 'GET', request.headers.range ?? null);
    return sendVideo(response, answer, securityHeaders);
  }

  const file = await resolveStaticFile(options.rendererDir, url.pathname);
  if (!file) return void response.writeHead(404, securityHeaders).end('Not found');
  const cache = file.endsWith('.html') ? 'no-store' : 'private, max-age=31536000, immutable';
  sendFile(response, file, { ...securityHeaders, 'Cache-Control': cache });
}

async function answerWebhook(
  handle: NonNullable<HeadlessServerOptions['arrWebhook']>,
  connectionId: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const json = (answer: WebhookAnswer, extra: Record<string, string> = {}) =>
    void response
      .writeHead(answer.status, {
        ...securityHeaders,
        ...extra,
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      .end(JSON.stringify(answer.body));
  // Radarr and Sonarr send with POST or PUT (their webhook's Method setting).
  if (request.method !== 'POST' && request.method !== 'PUT') {
    return json(
      { status: 405, body: { message: 'Webhooks are sent with POST or PUT.' } },
      { Allow: 'POST, PUT' },
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > webhookMaxBytes) {
      json({ status: 413, body: { message: 'That is too large for a webhook.' } }, { Connection: 'close' });
      request.destroy();
      return;
    }
    chunks.push(chunk);
  }
  const answer = await handle(
    connectionId,
    request.headers.authorization,
    Buffer.concat(chunks).toString('utf8'),
  );
  // A refused caller is told which scheme to use (RFC 7617).
  json(
    answer,
    answer.status === 401
      ? { 'WWW-Authenticate': 'Basic realm="Trailerdeck webhooks", charset="UTF-8"' }
      : {},
  );
}

function parseUrl(request: IncomingMessage): URL | null {
  try {
    return new URL(request.url ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}
