// What a crash can leave behind, and its removal at start-up: job folders whose job is over, and
// half-copied trailers (`.<name>.job<id>.tdpart`) in a title's folder after a cross-drive move.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { jobIdFromDirName } from './job-files';

/** Removes the hidden partial copies job `jobId` may have left in `folder`. */
export async function removeOrphanedParts(folder: string, jobId: number): Promise<number> {
  const suffix = `.job${jobId}.tdpart`;
  const names = await readdir(folder).catch(() => [] as string[]);
  const leftovers = names.filter((name) => name.startsWith('.') && name.endsWith(suffix));
  await Promise.all(leftovers.map((name) => rm(join(folder, name), { force: true })));
  return leftovers.length;
}

/**
 * Removes every entry of the jobs folder that no job still needs: `keep` says whether a job id's
 * files are still wanted (to resume, or to file again on retry). Returns what was removed.
 */
export async function removeOrphanedJobDirs(
  jobsDir: string,
  keep: (jobId: number) => boolean,
): Promise<string[]> {
  const names = await readdir(jobsDir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const id = jobIdFromDirName(name);
    if (id !== null && keep(id)) continue;
    await rm(join(jobsDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Stops a yt-dlp a crashed app left running for a job, so it cannot write into the files the job
 * resumes from. Only when the process is provably that job's (its command line names the job's
 * folder): a recycled process id must never be killed. Linux can prove it; elsewhere nothing is done.
 */
export async function stopOrphanedWorker(pid: number, jobDir: string): Promise<boolean> {
  let commandLine: string;
  try {
    commandLine = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
  } catch {
    return false;
  }
  if (!commandLine.includes(jobDir)) return false;
  try {
    // yt-dlp runs in its own process group: the group takes its ffmpeg along.
    process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      return false;
    }
  }
  // A killed process may still write its last chunk: resuming before it is gone would append to a
  // partial file it is still writing.
  await waitUntilGone(pid, 5000);
  return true;
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    // Gone, or a zombie (state Z): it can write nothing more.
    if (stat === null || /^\d+ \(.*\) Z/.test(stat)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
