// The loopback HTTP plumbing shared by the fakes of outside apps (Plex, Jellyfin, Emby): it records
// every request (method, path, query, headers, JSON body) for assertions, checks the key through
// the fake's own rule, and can misbehave on purpose: refuse every key, answer slowly, or be down
// (its port closed, so a request gets "connection refused").
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** The path without the query, decoded: "/library/sections/1/refresh". */
  path: string;
  query: Record<string, string>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The raw URL as received (path + query), to check that no key travels in it. */
  rawUrl: string;
  /** The parsed JSON body, when there is one. */
  body: unknown;
}

export interface FakeAnswer {
  status: number;
  /** Sent as JSON unless `text` is given. */
  json?: unknown;
  text?: string;
  contentType?: string;
}

export interface FakeAppOptions {
  /** Whether this request carries the right key (the fake's own header rules). */
  authorized(request: RecordedRequest): boolean;
  /** Requests the real app answers without a key (Plex's /identity). */
  isPublic?(request: RecordedRequest): boolean;
  /**
   * Whether an unknown path is a 404 even without a key (Jellyfin and Emby route first); Plex
   * refuses every request without its token first.
   */
  authBeforeRouting?: boolean;
  /** What the real app sends for a refused key. */
  unauthorized: FakeAnswer;
  route(request: RecordedRequest): FakeAnswer;
}

export interface FakeAppServer {
  /** "http://127.0.0.1:port", no trailing slash. */
  url: string;
  /** Every request received, oldest first. */
  readonly requests: RecordedRequest[];
  /** Refuse every key from now on (true) or accept the right one again (false). */
  refuseKey(refuse: boolean): void;
  /** Answer each request after this many milliseconds (0: at once). */
  slow(delayMs: number): void;
  /** Stop listening: the address stays, requests get "connection refused". */
  down(): Promise<void>;
  /** Listen again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeApp(options: FakeAppOptions): Promise<FakeAppServer> {
  const requests: RecordedRequest[] = [];
  let refusing = false;
  let delayMs = 0;

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      if (text !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers[name] = value;
        else if (Array.isArray(value)) headers[name] = value.join(', ');
      }
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname),
        query: Object.fromEntries(url.searchParams),
        headers,
        rawUrl: req.url ?? '/',
        body,
      };
      requests.push(request);
      const allowed = options.isPublic?.(request) || (!refusing && options.authorized(request));
      const routed = options.route(request);
      const notFound = routed.status === 404 && !options.authBeforeRouting;
      const answer = allowed || notFound ? routed : options.unauthorized;
      const send = () => {
        if (answer.text !== undefined) {
          res.writeHead(answer.status, { 'content-type': answer.contentType ?? 'text/plain' });
          res.end(answer.text);
        } else if (answer.json !== undefined) {
          res.writeHead(answer.status, {
            'content-type': answer.contentType ?? 'application/json; charset=utf-8',
          });
          res.end(JSON.stringify(answer.json));
        } else {
          res.writeHead(answer.status);
          res.end();
        }
      };
      if (delayMs > 0) setTimeout(send, delayMs);
      else send();
    });
  };

  let server: Server = createServer(handle);
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  await listen(0);
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    refuseKey: (refuse) => {
      refusing = refuse;
    },
    slow: (ms) => {
      delayMs = ms;
    },
    down: stop,
    async up() {
      server = createServer(handle);
      await listen(port);
    },
    close: stop,
  };
}
