// A loopback HTTP server for download tests: serves a folder of generated media with Range support,
// and misbehaves on purpose when the path asks for it. Routes (FILE is a path inside the folder):
//   /media/FILE                     the file; Range requests get 206
//   /page/FILE                      an HTML page embedding the file (<video src>, og:video)
//   /status/CODE/FILE               always answers CODE (429 and 503 carry Retry-After: 1)
//   /fail-first/N/CODE/FILE         answers CODE to the first N requests of this path, then serves
//   /drop-after/BYTES/FILE          destroys the socket when the transfer reaches byte BYTES of the
//                                   file; a resumed request that starts at or after BYTES completes
//   /slow/BYTES_PER_SECOND/FILE     sends the file at about that rate
//   /truncated/BYTES/FILE           announces the full Content-Length, sends at most BYTES of every
//                                   response, ends the socket: no retry or resume ever completes it
//   /short/BYTES/FILE               the first BYTES of the file, served as if that were the whole
//                                   file: the transfer succeeds, the file is cut off (verification
//                                   must catch it)
//   /video-page/SECONDS/ROUTE       an HTML page whose JSON-LD VideoObject says the video at /ROUTE
//                                   (any route above) lasts SECONDS
//   /empty-page                     an HTML page without any video
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';

export interface ServedRequest {
  method: string;
  path: string;
  /** The Range header as sent, e.g. 'bytes=50000-', or null. */
  range: string | null;
  status: number;
}

export interface MediaServer {
  /** The absolute URL of a route, e.g. url('/media/video.mp4'). */
  url(path: string): string;
  /** Every request so far, in arrival order (HEAD included). */
  requests: ServedRequest[];
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mkv': 'video/x-matroska',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.m4s': 'video/iso.segment',
  '.mpd': 'application/dash+xml',
};

interface Behaviour {
  dropAt?: number;
  bytesPerSecond?: number;
  truncateAt?: number;
  /** Serve only this many bytes of the file, as if the file ended there. */
  fileSize?: number;
}

export async function startMediaServer(dir: string): Promise<MediaServer> {
  const requests: ServedRequest[] = [];
  const failCounts = new Map<string, number>();
  let origin = '';

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const entry: ServedRequest = {
      method: req.method ?? 'GET',
      path,
      range: req.headers.range ?? null,
      status: 0,
    };
    requests.push(entry);
    res.on('finish', () => (entry.status = res.statusCode));
    res.on('close', () => (entry.status ||= res.statusCode));
    route(path, req, res);
  });

  function route(path: string, req: IncomingMessage, res: ServerResponse): void {
    const parts = path.split('/').filter((part) => part !== '');
    const [kind, first, second] = parts;
    const numberAt = (value: string | undefined): number => Number.parseInt(value ?? '', 10);
    switch (kind) {
      case 'media':
        return serveFile(parts.slice(1), {}, req, res);
      case 'page':
        return servePage(parts.slice(1).join('/'), res);
      case 'video-page':
        return serveVideoPage(numberAt(first), parts.slice(2).join('/'), res);
      case 'empty-page':
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return void res.end(
          '<!doctype html><html><head><title>Nothing here</title></head><body></body></html>',
        );
      case 'status':
        return sendStatus(numberAt(first), res);
      case 'fail-first': {
        const seen = failCounts.get(path) ?? 0;
        failCounts.set(path, seen + 1);
        if (seen < numberAt(first)) return sendStatus(numberAt(second), res);
        return serveFile(parts.slice(3), {}, req, res);
      }
      case 'drop-after':
        return serveFile(parts.slice(2), { dropAt: numberAt(first) }, req, res);
      case 'slow':
        return serveFile(parts.slice(2), { bytesPerSecond: numberAt(first) }, req, res);
      case 'truncated':
        return serveFile(parts.slice(2), { truncateAt: numberAt(first) }, req, res);
      case 'short':
        return serveFile(parts.slice(2), { fileSize: numberAt(first) }, req, res);
      default:
        return sendStatus(404, res);
    }
  }

  function serveFile(
    relative: string[],
    behaviour: Behaviour,
    req: IncomingMessage,
    res: ServerResponse,
  ): void {
    const file = normalize(join(dir, ...relative));
    let size: number;
    try {
      if (!file.startsWith(normalize(dir) + sep)) throw new Error('outside the folder');
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = Math.min(stat.size, Math.max(0, behaviour.fileSize ?? stat.size));
    } catch {
      sendStatus(404, res);
      return;
    }
    let start = 0;
    let end = size - 1;
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range && (range[1] || range[2])) {
      if (range[1]) {
        start = Number(range[1]);
        if (range[2]) end = Math.min(Number(range[2]), size - 1);
      } else {
        start = Math.max(0, size - Number(range[2]));
      }
      if (start > end || start >= size) {
        res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
        return;
      }
      res.statusCode = 206;
      res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
    }
    res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(end - start + 1));
    res.setHeader('Accept-Ranges', 'bytes');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const { dropAt, truncateAt, bytesPerSecond } = behaviour;
    const cutAt = dropAt ?? (truncateAt === undefined ? undefined : start + truncateAt);
    if (cutAt !== undefined && cutAt > start && cutAt <= end) {
      // Headers promise the whole range; the body stops short, the way a broken connection does.
      res.flushHeaders();
      const body = createReadStream(file, { start, end: cutAt - 1 });
      body.on('data', (chunk) => res.write(chunk));
      body.on('end', () => {
        if (dropAt !== undefined) res.socket?.destroy();
        else res.socket?.end();
      });
      return;
    }
    const body = createReadStream(file, { start, end, highWaterMark: 16 * 1024 });
    const slowed = bytesPerSecond ? throttle(bytesPerSecond) : null;
    (slowed ? body.pipe(slowed) : body).pipe(res);
    res.on('close', () => {
      body.destroy();
      slowed?.destroy();
    });
  }

  function servePage(file: string, res: ServerResponse): void {
    const src = `${origin}/media/${file}`;
    const type = contentTypes[extname(file)] ?? 'video/mp4';
    const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>Trailer page</title>
<meta property="og:title" content="Trailer page">
<meta property="og:video" content="${src}">
<meta property="og:video:type" content="${type}">
</head><body><video controls src="${src}"></video></body></html>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  }

  // A page that declares the video's length in JSON-LD, as video sites do: yt-dlp then knows how
  // long the trailer should be, and a file that arrives shorter can be told apart from a short one.
  function serveVideoPage(seconds: number, route: string, res: ServerResponse): void {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      name: 'Trailer page',
      duration: `PT${seconds}S`,
      contentUrl: `${origin}/${route}`,
      uploadDate: '2024-01-01',
    });
    const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>Trailer page</title>
<script type="application/ld+json">${ld}</script>
</head><body></body></html>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendStatus(code: number, res: ServerResponse): void {
  const status = Number.isInteger(code) && code >= 200 && code <= 599 ? code : 400;
  const headers: Record<string, string> = { 'Content-Type': 'text/plain' };
  if (status === 429 || status === 503) headers['Retry-After'] = '1';
  res.writeHead(status, headers).end(`status ${status}\n`);
}

/** Passes bytes on at about `bytesPerSecond`, in slices of a twentieth of a second so progress keeps moving. */
function throttle(bytesPerSecond: number): Transform {
  const slice = Math.max(1, Math.round(bytesPerSecond / 20));
  let timer: NodeJS.Timeout | undefined;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      let offset = 0;
      const next = (): void => {
        if (offset >= chunk.length) {
          callback();
          return;
        }
        const part = chunk.subarray(offset, offset + slice);
        offset += part.length;
        this.push(part);
        timer = setTimeout(next, (part.length / bytesPerSecond) * 1000);
      };
      next();
    },
    destroy(error, callback) {
      clearTimeout(timer);
      callback(error);
    },
  });
}
