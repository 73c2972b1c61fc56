// How a job replaces a file it was queued to upgrade (the audit's Upgrade), without ever leaving the
// title with neither: the new file is verified first; the old one is renamed aside to a hidden name
// beside it (same folder, so same filesystem: a rename, never a copy); the new one is placed (it may
// take the old name); ONE transaction completes the job, records the new file and deletes the old
// row; only then is the old file removed. Until that transaction, undoing is putting the old file
// back: a failed or cancelled job does it at once, start-up does it after a crash.
//
// The job's folder holds `replacing.json` (written before the rename) naming both paths, so start-up
// knows where the old file waits even when its row is already gone.
import { readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { z } from 'zod';
import type { AppDatabase } from '../db/open-database';
import { errorCode, messageOf } from '../errors';
import { JobFailure } from './job-failure';
import { findPlacedCopy, jobIdFromDirName, jobPaths, placingMarker, type JobPaths } from './job-files';
import type { JobRow } from './job-store';

/** The old file of a replacement in progress: where it was, and the hidden name it waits under. */
export const replacementSchema = z.strictObject({
  downloadId: z.number().int().positive(),
  original: z.string().min(1),
  aside: z.string().min(1),
});

export type Replacement = z.output<typeof replacementSchema>;

const recordName = 'replacing.json';

/** The hidden name beside the old file (hidden: scans and placement look past dot-files). */
export function asideName(original: string, jobId: number): string {
  return join(dirname(original), `.trailerdeck-replaced-job${jobId}${extname(original)}`);
}

/** The replacement this job's folder records, if any (a damaged record counts as none). */
export async function readReplacement(paths: JobPaths): Promise<Replacement | null> {
  const text = await readFile(join(paths.root, recordName), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed = replacementSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Before placing the new file: renames the file `job` replaces aside, and records where. Null for a
 * plain job, or when the old row is gone (deleted meanwhile: nothing to replace). An old file
 * already missing from disk is recorded all the same: its row still goes when the job completes.
 */
export async function moveAside(db: AppDatabase, job: JobRow, paths: JobPaths): Promise<Replacement | null> {
  if (job.replaces_download_id === null) return null;
  const earlier = await readReplacement(paths);
  if (earlier !== null) return earlier;
  const original = db.$client
    .prepare('SELECT path FROM download WHERE id = ?')
    .pluck()
    .get(job.replaces_download_id) as string | undefined;
  if (original === undefined) return null;
  const replacement = { downloadId: job.replaces_download_id, original, aside: asideName(original, job.id) };
  await writeFile(join(paths.root, recordName), JSON.stringify(replacement));
  try {
    await rename(original, replacement.aside);
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'ENOENT') {
      await rm(join(paths.root, recordName), { force: true });
      // The download is kept: a retry after fixing the folder files it without fetching it again.
      const denied = code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
      throw new JobFailure(
        denied ? 'PERMISSION_DENIED' : 'UNKNOWN',
        `The file to replace, ${original}, could not be moved aside: ${messageOf(error)}`,
        {
          keepDownload: true,
          cause: error,
          hint: 'The old file is untouched. Check the folder, then retry.',
        },
      );
    }
  }
  return replacement;
}

/** Inside the transaction that completes the job: the old row goes (the new file gets its own). */
export function forgetReplaced(db: AppDatabase, replacement: Replacement | null): void {
  if (replacement === null) return;
  db.$client.prepare('DELETE FROM download WHERE id = ?').run(replacement.downloadId);
}

/** After that transaction: the old file goes for good. */
export async function removeReplaced(replacement: Replacement | null, paths: JobPaths): Promise<void> {
  if (replacement === null) return;
  await rm(replacement.aside, { force: true });
  await rm(join(paths.root, recordName), { force: true });
}

/**
 * Undoes an unfinished replacement: the new file, if it was placed, is taken out of the library (the
 * job's placing marker still holds its bytes, so filing it again needs no download), and the old
 * file goes back under its name. Returns whether the old file is back.
 */
export async function putBack(
  replacement: Replacement,
  paths: JobPaths,
  placed: string | null,
): Promise<boolean> {
  // Only with the marker: without it the placed copy would be the new file's only copy.
  if (placed !== null && (await placingMarker(paths)) !== null) await unlink(placed).catch(() => {});
  const waiting = await stat(replacement.aside).catch(() => null);
  let restored = false;
  if (waiting !== null) {
    const taken = await stat(replacement.original).catch(() => null);
    // Someone else's file under the old name: the old file stays aside rather than overwrite it.
    if (taken === null) {
      await rename(replacement.aside, replacement.original);
      restored = true;
    }
  }
  if (waiting === null || restored) await rm(join(paths.root, recordName), { force: true });
  return restored;
}

/**
 * Start-up, for a job whose folder records a replacement: committed (the job completed) means the
 * old file only waits to be removed; anything else is undone, the old file back in place.
 */
export async function settleReplacement(job: JobRow, paths: JobPaths): Promise<void> {
  const replacement = await readReplacement(paths);
  if (replacement === null) return;
  if (job.status === 'completed') {
    await removeReplaced(replacement, paths);
    return;
  }
  const marker = await placingMarker(paths);
  const placed =
    marker !== null && job.final_path !== null ? await findPlacedCopy(marker, dirname(job.final_path)) : null;
  await putBack(replacement, paths, placed);
}

/**
 * Start-up, before jobs run or job folders are cleared: settles every replacement a crash left
 * half-done. Reads the jobs folder (a few entries), not the job table.
 */
export async function settleReplacements(
  jobsDir: string,
  findRow: (jobId: number) => JobRow | undefined,
): Promise<void> {
  for (const name of await readdir(jobsDir).catch(() => [] as string[])) {
    const id = jobIdFromDirName(name);
    const row = id === null ? undefined : findRow(id);
    if (row !== undefined) await settleReplacement(row, jobPaths(row.temp_dir));
  }
}
