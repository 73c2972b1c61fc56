import type { DownloadJob, DownloadSettings, JobStatus } from '../../src-preload/contract/downloads';
import type { EventPayloads } from '../../src-preload/contract/events';
import { activeJobStatuses } from '../../src-preload/contract/values';
import type { EventBus } from '../core/event-bus';

export interface DownloadCounts {
  /** Downloading or processing. */
  running: number;
  queued: number;
  paused: number;
}

/** What the tray shows about the queue. */
export interface DownloadActivity {
  counts: DownloadCounts;
  allPaused: boolean;
}

export const idleActivity: DownloadActivity = {
  counts: { running: 0, queued: 0, paused: 0 },
  allPaused: false,
};

export interface DownloadActivitySource {
  listActive(): Promise<DownloadJob[]>;
  getSettings(): Promise<DownloadSettings>;
}

export function countJobs(statuses: Iterable<JobStatus>): DownloadCounts {
  const counts = { running: 0, queued: 0, paused: 0 };
  for (const status of statuses) {
    if (status === 'downloading' || status === 'processing') counts.running += 1;
    else if (status === 'queued') counts.queued += 1;
    else if (status === 'paused') counts.paused += 1;
  }
  return counts;
}

const active: ReadonlySet<JobStatus> = new Set(activeJobStatuses);
const isActive = (status: JobStatus) => active.has(status);

/**
 * Keeps the status of every active job (job id → status) from the core's events, starting from
 * the active list and the settings, and reports each change of the counts or of "Pause all".
 * `downloads:changed` carries whole jobs, so no query runs per event.
 */
export function watchDownloadActivity(
  events: Pick<EventBus, 'subscribe'>,
  source: DownloadActivitySource,
  onChange: (activity: DownloadActivity) => void,
  onError: (error: unknown) => void = () => {},
): () => void {
  const statuses = new Map<number, JobStatus>();
  let allPaused = false;
  // Jobs an event told about while the first list was loading: the event is newer than the list.
  let changedWhileLoading: Set<number> | null = new Set();
  let settingsFromEvent = false;
  let stopped = false;
  let lastReported = '';

  const report = () => {
    if (stopped) return;
    const activity: DownloadActivity = { counts: countJobs(statuses.values()), allPaused };
    const key = JSON.stringify(activity);
    if (key === lastReported) return;
    lastReported = key;
    onChange(activity);
  };
  const apply = (job: Pick<DownloadJob, 'id' | 'status'>) => {
    if (isActive(job.status)) statuses.set(job.id, job.status);
    else statuses.delete(job.id);
  };

  const unsubscribe = events.subscribe((name, payload) => {
    if (name === 'downloads:changed') {
      for (const job of (payload as EventPayloads['downloads:changed']).jobs) {
        changedWhileLoading?.add(job.id);
        apply(job);
      }
      report();
    } else if (name === 'downloads:settingsChanged') {
      settingsFromEvent = true;
      allPaused = (payload as EventPayloads['downloads:settingsChanged']).allPaused;
      report();
    }
  });

  source
    .listActive()
    .then((jobs) => {
      for (const job of jobs) if (!changedWhileLoading?.has(job.id)) apply(job);
    })
    .catch(onError)
    .finally(() => {
      changedWhileLoading = null;
      report();
    });
  source
    .getSettings()
    .then((settings) => {
      if (!settingsFromEvent) allPaused = settings.allPaused;
      report();
    })
    .catch(onError);

  return () => {
    stopped = true;
    unsubscribe();
  };
}
