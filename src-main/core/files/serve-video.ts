// The video route of both transports (the headless server's `/videos/<download id>` and Electron's
// `app://trailerdeck/videos/<download id>`): which file, which bytes, which headers. Electron-free
// and stream-free: the transport opens the file at the bytes this module chose.
//
// Only files the `download` table records are served, by id (the URL never names a path), and only
// while confined-file.ts allows reading them (real path inside the title's folder, inside its
// library root): a trailer replaced by a link to /etc/passwd is refused like a missing file.
import { extname } from 'node:path';
import { planByteRange, rangeHeaders } from './byte-range';
import { confineLibraryFile, type LibraryFileRecord } from './confined-file';

/** Where a download's file is recorded: its path, its title's folder, its library root. */
export type VideoFileRecord = LibraryFileRecord;

/** What to answer; `body` is null for HEAD, 404 and 416. */
export interface VideoAnswer {
  status: 200 | 206 | 404 | 416;
  headers: Record<string, string>;
  body: { file: string; start: number; end: number } | null;
}

const videoTypes: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.mov': 'video/quicktime',
  '.webm': 'video/webm',
  '.mkv': 'video/x-matroska',
  '.avi': 'video/x-msvideo',
  '.ts': 'video/mp2t',
};

export function videoContentType(file: string): string {
  return videoTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The real path of a recorded video and its size, or null when it is gone, is no regular file,
 * or resolves (through links) outside its title's folder or its library root.
 */
export async function resolveVideoFile(
  record: VideoFileRecord,
): Promise<{ file: string; size: number } | null> {
  const confined = await confineLibraryFile(record);
  return confined.ok ? { file: confined.file, size: confined.size } : null;
}

/**
 * The answer to a GET or HEAD for a recorded video (`record` null: no such download). Headers
 * carry the content type, length and range; the caller adds its security headers.
 */
export async function answerVideoRequest(
  record: VideoFileRecord | null,
  method: string,
  range: string | null,
): Promise<VideoAnswer> {
  const resolved = record ? await resolveVideoFile(record) : null;
  if (!resolved) return { status: 404, headers: {}, body: null };
  const plan = planByteRange(range, resolved.size);
  const headers = {
    ...rangeHeaders(plan, resolved.size),
    // The id names one download row, whose file a rescan may replace in place.
    'Cache-Control': 'no-cache',
  };
  if (plan.status === 416) return { status: 416, headers, body: null };
  return {
    status: plan.status,
    headers: { ...headers, 'Content-Type': videoContentType(resolved.file) },
    body:
      method === 'HEAD' || resolved.size === 0
        ? null
        : { file: resolved.file, start: plan.start, end: plan.end },
  };
}
