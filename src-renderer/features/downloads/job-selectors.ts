import type { DownloadJob, JobStatus } from '../../../src-preload/contract';
import { activeJobStatuses } from '../../../src-preload/contract/values';

const active: ReadonlySet<JobStatus> = new Set(activeJobStatuses);
/** Statuses whose job has a live progress entry. */
const running: ReadonlySet<JobStatus> = new Set(['downloading', 'processing']);

export const isActive = (status: JobStatus): boolean => active.has(status);
export const isRunning = (status: JobStatus): boolean => running.has(status);

export type JobsById = Readonly<Record<number, DownloadJob>>;

/** Newest first: ids grow with every job, unlike timestamps that can tie. */
const newestFirst = (a: DownloadJob, b: DownloadJob) => b.id - a.id;

/**
 * What a title's page shows of its downloads, newest first: the active ones, and its latest job
 * when that one failed, so the reason and Retry stay in view after the toast is gone. A newer job,
 * whatever its end, takes the failure's place.
 */
export function titleJobsOfMedia(jobs: JobsById, mediaId: number): DownloadJob[] {
  const own = Object.values(jobs)
    .filter((job) => job.mediaId === mediaId)
    .sort(newestFirst);
  const shown = own.filter((job) => active.has(job.status));
  const latest = own[0];
  if (latest?.status === 'failed') shown.unshift(latest);
  return shown;
}

export type JobAction = 'pause' | 'resume' | 'cancel' | 'retry';

const actionsByStatus: Record<JobStatus, readonly JobAction[]> = {
  queued: ['pause', 'cancel'],
  downloading: ['pause', 'cancel'],
  // Converting can take minutes: it can be held (the download is kept) or stopped. Filing itself
  // is short and finishes before the stop takes effect, so the file is never cut in half.
  processing: ['pause', 'cancel'],
  paused: ['resume', 'cancel'],
  failed: ['retry'],
  cancelled: ['retry'],
  completed: [],
};

/** The buttons a job offers in its status; the queue refuses the others anyway. */
export function allowedActions(status: JobStatus): readonly JobAction[] {
  return actionsByStatus[status];
}

const statusLabels: Record<JobStatus, string> = {
  queued: 'Queued',
  downloading: 'Downloading',
  processing: 'Processing',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
  paused: 'Paused',
};

export function statusLabel(job: Pick<DownloadJob, 'status' | 'nextAttemptAt'>): string {
  if (job.status === 'queued' && job.nextAttemptAt) return 'Waiting to retry';
  return statusLabels[job.status];
}
