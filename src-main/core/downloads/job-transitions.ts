// Every status change a job may make, in one table. The queue asks here before each write; a move
// that is not listed is a bug in the queue, so it throws instead of quietly corrupting history.
import type { JobStatus } from '../../../src-preload/contract/downloads';

export const allowedTransitions: Readonly<Record<JobStatus, readonly JobStatus[]>> = {
  // Picked up by a worker, held by the person, or given up before it started.
  queued: ['downloading', 'paused', 'cancelled'],
  // Finished downloading; or back in line (transient error, app quit or crashed); held; stopped;
  // failed for good.
  downloading: ['processing', 'queued', 'paused', 'cancelled', 'failed'],
  // Verified, processed, filed and recorded; or refused by verification, processing or the file
  // system; or back in line when the app died (or quit) before the file was filed; or held or
  // stopped by the person while converting (the download is kept for the held job).
  processing: ['completed', 'failed', 'queued', 'paused', 'cancelled'],
  paused: ['queued', 'cancelled'],
  // Retry.
  failed: ['queued'],
  cancelled: ['queued'],
  // The end: a completed job is history.
  completed: [],
};

export class IllegalJobTransition extends Error {
  constructor(
    readonly jobId: number,
    readonly from: JobStatus,
    readonly to: JobStatus,
  ) {
    super(`Job ${jobId} cannot go from ${from} to ${to}.`);
    this.name = 'IllegalJobTransition';
  }
}

export function canTransition(from: JobStatus, to: JobStatus): boolean {
  return allowedTransitions[from].includes(to);
}

export function assertTransition(jobId: number, from: JobStatus, to: JobStatus): void {
  if (!canTransition(from, to)) throw new IllegalJobTransition(jobId, from, to);
}

/** Statuses held by a worker: after a crash, nobody holds them any more. */
export const runningStatuses: readonly JobStatus[] = ['downloading', 'processing'];
