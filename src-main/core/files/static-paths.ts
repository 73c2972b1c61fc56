// How either transport (Electron's app:// protocol, the headless HTTP server) turns a request path
// into a file: the same refusals in both, so a fix to one cannot miss the other.
import { extname } from 'node:path';
import { POSTER_PATH_PREFIX, VIDEO_PATH_PREFIX } from '../../../src-preload/ipc-channels';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const posterExtensions = new Set(['.jpg', '.jpeg', '.png', '.webp', '.gif']);

export function contentTypeFor(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Posters are served only when they are pictures, whatever path the library recorded. */
export function isPosterFile(file: string): boolean {
  return posterExtensions.has(extname(file).toLowerCase());
}

/**
 * The decoded segments of a URL path, or null when it tries to leave its folder: encoded
 * separators or NULs, backslashes, `.` and `..` segments, or broken percent-encoding.
 * Callers still check the resolved (and real) path stays inside the folder.
 */
export function urlPathSegments(pathname: string): string[] | null {
  if (/%2f|%5c|%00/i.test(pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  return segments.some((segment) => segment === '.' || segment === '..') ? null : segments;
}

/** The media id of `/posters/<id>`, or null for anything else. */
export function posterIdFromPath(pathname: string): number | null {
  return idAfterPrefix(POSTER_PATH_PREFIX, pathname);
}

/** The download id of `/videos/<id>`, or null for anything else. */
export function videoIdFromPath(pathname: string): number | null {
  return idAfterPrefix(VIDEO_PATH_PREFIX, pathname);
}

function idAfterPrefix(prefix: string, pathname: string): number | null {
  if (!pathname.startsWith(prefix)) return null;
  const id = pathname.slice(prefix.length);
  if (!/^[1-9]\d{0,15}$/.test(id)) return null;
  const value = Number(id);
  return Number.isSafeInteger(value) ? value : null;
}
