import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { extname, join, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME, POSTER_PATH_PREFIX, VIDEO_PATH_PREFIX } from '../../src-preload/ipc-channels';
import {
  contentTypeFor,
  posterIdFromPath,
  urlPathSegments,
  videoIdFromPath,
} from '../core/files/static-paths';
import { answerVideoRequest, type VideoAnswer, type VideoFileRecord } from '../core/files/serve-video';
import { resolvePosterFile, resolveStaticFile } from '../core/files/resolve-static-file';
import { contentSecurityPolicy } from '../core/files/content-security-policy';

/**
 * `app://trailerdeck/` behaves like an https origin: standard (relative URLs, a real origin),
 * secure (no mixed-content downgrade), fetch and CORS for Vite's module scripts, V8 code cache,
 * and `stream` so the player's <video> reads the streamed, ranged answers of /videos/ (Electron's
 * protocol docs: <video> and <audio> otherwise expect a buffered response). Registered before
 * `ready` (Electron requires it).
 */
export const privilegedSchemes: CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: true,
      codeCache: true,
      stream: true,
    },
  },
];

export interface AppProtocolOptions {
  /** The Vite output folder (index.html + assets/). */
  rendererDir: string;
  /** The core's poster lookup (`core.library.posterPath`). */
  posterPath: (mediaId: number) => string | null;
  /** The player's lookup of a download's file (`core.library.videoFile`); none: no video route. */
  videoFile?: (downloadId: number) => VideoFileRecord | null;
}

const baseHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Maps a URL path to a file inside `root`, or null: refuses encoded separators, NULs, `.`/`..`
 * segments and anything that resolves outside the folder.
 */
export function rendererFileFor(root: string, pathname: string): string | null {
  const segments = urlPathSegments(pathname);
  if (!segments) return null;
  const base = resolve(root);
  const file = segments.length === 0 ? join(base, 'index.html') : resolve(base, ...segments);
  return file.startsWith(base + sep) ? file : null;
}

/** Parses `/posters/<mediaId>`; null for anything else. */
export const posterIdFor = posterIdFromPath;

async function fileResponse(
  file: string,
  method: string,
  headers: Record<string, string>,
): Promise<Response | null> {
  try {
    if (!(await stat(file)).isFile()) return null;
    const body = method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: { ...baseHeaders, 'Content-Type': contentTypeFor(file), ...headers },
    });
  } catch {
    return null;
  }
}

/** A video answer as a Response; the body streams only the chosen bytes. */
function videoResponse(answer: VideoAnswer): Response {
  const body = answer.body
    ? (Readable.toWeb(
        createReadStream(answer.body.file, { start: answer.body.start, end: answer.body.end }),
      ) as unknown as ReadableStream<Uint8Array>)
    : null;
  return new Response(body, { status: answer.status, headers: { ...baseHeaders, ...answer.headers } });
}

/**
 * The `protocol.handle('app', …)` handler: renderer files from `rendererDir` (index.html for
 * extension-less paths, so client-side routes survive a reload) and posters from the core. Every
 * response carries the CSP. Only GET and HEAD, only the app's own host.
 */
export function createAppRequestHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');

    if (url.pathname.startsWith(POSTER_PATH_PREFIX)) {
      const mediaId = posterIdFor(url.pathname);
      const file = await resolvePosterFile(mediaId === null ? null : options.posterPath(mediaId));
      if (!file) return plain(404, 'No poster');
      // The URL carries ?v=<cacheKey>, so a changed poster gets a new URL.
      const response = await fileResponse(file, request.method, {
        'Cache-Control': 'private, max-age=31536000, immutable',
      });
      return response ?? plain(404, 'No poster');
    }

    if (url.pathname.startsWith(VIDEO_PATH_PREFIX)) {
      const downloadId = videoIdFromPath(url.pathname);
      const record = downloadId === null ? null : (options.videoFile?.(downloadId) ?? null);
      return videoResponse(await answerVideoRequest(record, request.method, request.headers.get('range')));
    }

    const lexical = rendererFileFor(options.rendererDir, url.pathname);
    if (!lexical) return plain(404, 'Not found');
    // The real path too: a symlink inside the folder must not lead outside it.
    const file = await resolveStaticFile(options.rendererDir, url.pathname);
    const response = file ? await fileResponse(file, request.method, { 'Cache-Control': 'no-cache' }) : null;
    if (response) return response;
    if (extname(lexical) === '') {
      const indexFile = await resolveStaticFile(options.rendererDir, '/');
      const index = indexFile
        ? await fileResponse(indexFile, request.method, { 'Cache-Control': 'no-cache' })
        : null;
      if (index) return index;
    }
    return plain(404, 'Not found');
  };
}
