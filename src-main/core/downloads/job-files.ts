// A job's own folder of the app's, and how to read what an interrupted run left in it:
//   <jobsDir>/job-<id>/parts/    yt-dlp's partial files and fragments (kept for resume)
//   <jobsDir>/job-<id>/done/     the finished file, before it is verified and filed
//   <jobsDir>/job-<id>/placing.<ext>  a hard link to the file being filed: after a crash it tells whether
//                                the library already has the file (same inode or same bytes)
import { link, mkdir, open, readdir, rm, stat, unlink } from 'node:fs/promises';
import { extname, join } from 'node:path';

export interface JobPaths {
  root: string;
  parts: string;
  done: string;
}

export function jobDirName(jobId: number): string {
  return `job-${jobId}`;
}

export function jobIdFromDirName(name: string): number | null {
  const match = /^job-(\d+)$/.exec(name);
  return match ? Number(match[1]) : null;
}

export function jobPaths(root: string): JobPaths {
  return { root, parts: join(root, 'parts'), done: join(root, 'done') };
}

/** Private to the user: yt-dlp's info file in parts/ can hold the cookies sent to the site. */
export async function prepareJobDirs(paths: JobPaths): Promise<void> {
  await mkdir(paths.parts, { recursive: true, mode: 0o700 });
  await mkdir(paths.done, { recursive: true, mode: 0o700 });
}

/**
 * Empties done/ of anything but one finished file: a run killed while converting leaves the
 * original and a half-written conversion, and the next run must start that step afresh.
 */
export async function clearUnfinished(paths: JobPaths): Promise<void> {
  if ((await finishedFile(paths)) !== null) return;
  await rm(paths.done, { recursive: true, force: true });
  await mkdir(paths.done, { recursive: true });
}

/** The finished file an earlier run left in done/, if any (yt-dlp writes there only at the end). */
export async function finishedFile(paths: JobPaths): Promise<string | null> {
  const names = await readdir(paths.done).catch(() => [] as string[]);
  const files = names.filter(
    (name) => !name.endsWith('.part') && !name.endsWith('.ytdl') && !name.startsWith('.'),
  );
  return files.length === 1 && files[0] !== undefined ? join(paths.done, files[0]) : null;
}

/** Marks the file as being filed: a second name for the same bytes, so nothing is copied. */
export async function markPlacing(paths: JobPaths, file: string): Promise<string> {
  await clearPlacing(paths);
  const marker = join(paths.root, `placing${extname(file)}`);
  await link(file, marker);
  return marker;
}

/** The marker an interrupted filing left, if any. */
export async function placingMarker(paths: JobPaths): Promise<string | null> {
  const names = await readdir(paths.root).catch(() => [] as string[]);
  const name = names.find((n) => n === 'placing' || n.startsWith('placing.'));
  return name === undefined ? null : join(paths.root, name);
}

export async function clearPlacing(paths: JobPaths): Promise<void> {
  const marker = await placingMarker(paths);
  if (marker) await unlink(marker).catch(() => {});
}

export async function removeJobDir(paths: JobPaths): Promise<void> {
  await rm(paths.root, { recursive: true, force: true });
}

/**
 * After a crash while filing: the file in `folder` that is the one being placed, else null. Same
 * inode when it was linked or renamed; same size and bytes when it was copied to another drive.
 */
export async function findPlacedCopy(placing: string, folder: string): Promise<string | null> {
  const marker = await stat(placing).catch(() => null);
  if (!marker) return null;
  const names = await readdir(folder).catch(() => [] as string[]);
  const sameSize: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const candidate = join(folder, name);
    const info = await stat(candidate).catch(() => null);
    if (!info?.isFile()) continue;
    if (info.dev === marker.dev && info.ino === marker.ino) return candidate;
    if (info.size === marker.size) sameSize.push(candidate);
  }
  for (const candidate of sameSize) {
    if (await sameBytes(placing, candidate)) return candidate;
  }
  return null;
}

/** Compares two files of the same size, a MiB at a time. */
async function sameBytes(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([open(a, 'r'), open(b, 'r')]);
  try {
    const bufA = Buffer.alloc(1 << 20);
    const bufB = Buffer.alloc(1 << 20);
    for (let position = 0; ; position += bufA.length) {
      const [readA, readB] = await Promise.all([
        left.read(bufA, 0, bufA.length, position),
        right.read(bufB, 0, bufB.length, position),
      ]);
      if (readA.bytesRead !== readB.bytesRead) return false;
      if (readA.bytesRead === 0) return true;
      if (!bufA.subarray(0, readA.bytesRead).equals(bufB.subarray(0, readB.bytesRead))) return false;
    }
  } finally {
    await Promise.all([left.close(), right.close()]);
  }
}
