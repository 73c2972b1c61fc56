import type { DownloadJob, JobProgress } from '../../src-preload/contract';
import { isActive, isRunning, type JobsById } from '../features/downloads/job-selectors';

export type ProgressById = Readonly<Record<number, JobProgress>>;

/** Finished jobs kept in memory besides every active one; the Activity page shows at most these. */
export const keptFinishedJobs = 500;

/** The jobs with `changed` put in as they are now; the same map when nothing changed. */
export function upsertJobs(jobs: JobsById, changed: readonly DownloadJob[]): JobsById {
  if (changed.length === 0) return jobs;
  const next: Record<number, DownloadJob> = { ...jobs };
  for (const job of changed) next[job.id] = job;
  return pruneJobs(next);
}

/** Every active job, and the newest finished ones up to the cap. */
export function pruneJobs(jobs: JobsById): JobsById {
  const all = Object.values(jobs);
  const finished = all.filter((job) => !isActive(job.status));
  if (finished.length <= keptFinishedJobs) return jobs;
  const drop = finished.sort((a, b) => b.id - a.id).slice(keptFinishedJobs);
  const next: Record<number, DownloadJob> = { ...jobs };
  for (const job of drop) delete next[job.id];
  return next;
}

const progressKeys = [
  'phase',
  'downloadedBytes',
  'totalBytes',
  'totalIsEstimate',
  'percent',
  'speed',
  'etaSeconds',
  'fragmentIndex',
  'fragmentCount',
  'partIndex',
  'partCount',
  'partKind',
] as const satisfies readonly (keyof JobProgress)[];

function sameProgress(a: JobProgress | undefined, b: JobProgress): boolean {
  return a !== undefined && progressKeys.every((key) => a[key] === b[key]);
}

/**
 * New progress entries over the old ones. Main repeats every running job's latest figures on each
 * beat; an entry that did not move keeps its old object, so its row does not re-render. Entries
 * for jobs known to have stopped running are ignored: a tick can trail the change that ended them.
 */
export function applyProgress(
  progress: ProgressById,
  updates: readonly JobProgress[],
  jobs: JobsById,
): ProgressById {
  let next: Record<number, JobProgress> | null = null;
  for (const entry of updates) {
    const job = jobs[entry.jobId];
    if (job && !isRunning(job.status)) continue;
    if (sameProgress(progress[entry.jobId], entry)) continue;
    next ??= { ...progress };
    next[entry.jobId] = entry;
  }
  return next ?? progress;
}

/** Drops the progress of jobs that left downloading/processing; the same map when none did. */
export function dropStoppedProgress(
  progress: ProgressById,
  changed: readonly Pick<DownloadJob, 'id' | 'status'>[],
): ProgressById {
  let next: Record<number, JobProgress> | null = null;
  for (const job of changed) {
    if (isRunning(job.status) || !(job.id in progress)) continue;
    next ??= { ...progress };
    delete next[job.id];
  }
  return next ?? progress;
}

export function jobsToMap(jobs: readonly DownloadJob[]): Record<number, DownloadJob> {
  const map: Record<number, DownloadJob> = {};
  for (const job of jobs) map[job.id] = job;
  return map;
}
