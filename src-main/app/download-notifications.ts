import type { DownloadJob } from '../../src-preload/contract/downloads';
import type { EventPayloads } from '../../src-preload/contract/events';
import type { TrailerFile } from '../../src-preload/contract/models';
import { slotLabel } from '../../src-preload/contract/video-kinds';
import type { EventBus } from '../core/event-bus';
import type { NotificationContent } from './notifications';

/** A notification and the page a click on it opens (the renderer's hash route). */
export interface RoutedNotification extends NotificationContent {
  route: string;
}

/** The renderer's routes (src-renderer/app/router.ts). */
export const activityRoute = '#/activity';
export const titleRoute = (mediaId: number) => `#/title/${mediaId}`;

/** Up to this many jobs finishing together get one notification each; more get a summary. */
export const maxSingleNotifications = 3;
/** How long after the first finished job the others are collected into the same batch. */
export const batchWindowMs = 1500;

// Toasts on Windows and banners on macOS cut long text anyway; a yt-dlp message can be long.
const maxBodyLength = 200;

export function jobTitle(job: Pick<DownloadJob, 'mediaTitle' | 'mediaYear'>): string {
  return job.mediaYear === null ? job.mediaTitle : `${job.mediaTitle} (${job.mediaYear})`;
}

function clip(text: string): string {
  return text.length > maxBodyLength ? `${text.slice(0, maxBodyLength - 1)}…` : text;
}

/** "1080p mp4" from the trailer row the job produced; the file's extension when the row is unknown. */
export function trailerDetails(
  job: Pick<DownloadJob, 'downloadId' | 'finalPath'>,
  trailers: readonly TrailerFile[],
): string | null {
  const row = job.downloadId === null ? undefined : trailers.find((t) => t.id === job.downloadId);
  if (row) {
    const text = [row.resolution, row.fileFormat].filter(Boolean).join(' ');
    if (text) return text;
  }
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(job.finalPath ?? '')?.[1];
  return extension ? extension.toLowerCase() : null;
}

/**
 * One job: "Trailer downloaded" / "Heat (1995) — 1080p mp4", or the failure and its reason. A job
 * for another video than the title's trailer names it: "Featurette downloaded", "Season 2 trailer
 * download failed".
 */
export function jobNotification(job: DownloadJob, details: string | null): RoutedNotification {
  const name = jobTitle(job);
  const route = titleRoute(job.mediaId);
  const video = slotLabel(job.slot);
  if (job.status === 'failed') {
    const reason = job.errorMessage?.trim() || 'the download did not finish.';
    return { title: `${video} download failed`, body: clip(`${name}: ${reason}`), route };
  }
  return { title: `${video} downloaded`, body: clip(details ? `${name} — ${details}` : name), route };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Many jobs: "12 trailers downloaded, 2 failed", opening the Activity page. */
export function batchNotification(jobs: readonly Pick<DownloadJob, 'status'>[]): RoutedNotification {
  const failed = jobs.filter((job) => job.status === 'failed').length;
  const completed = jobs.length - failed;
  let body: string;
  if (completed === 0) body = `${plural(failed, 'trailer download', 'trailer downloads')} failed`;
  else if (failed === 0) body = `${plural(completed, 'trailer', 'trailers')} downloaded`;
  else body = `${plural(completed, 'trailer', 'trailers')} downloaded, ${failed} failed`;
  const title = completed === 0 ? 'Trailer downloads failed' : 'Trailer downloads finished';
  return { title, body, route: activityRoute };
}

/** Schedules one callback; returns the function that cancels it. Injected so tests need no sleeps. */
export type StartTimer = (callback: () => Promise<void>, ms: number) => () => void;

export const startRealTimer: StartTimer = (callback, ms) => {
  const timer = setTimeout(() => void callback(), ms);
  return () => clearTimeout(timer);
};

export interface DownloadNotifierOptions {
  show: (notification: RoutedNotification) => void;
  /** False while a Trailerdeck window has focus: its toasts already tell. */
  shouldNotify: () => boolean;
  /** "1080p mp4" for a completed job; null when unknown. Must not throw. */
  describe: (job: DownloadJob) => Promise<string | null>;
  startTimer?: StartTimer;
}

/**
 * One OS notification per completed or failed download. Jobs finishing within `batchWindowMs` of
 * the first are collected; more than `maxSingleNotifications` of them make one summary instead,
 * so a whole-library run does not bury the person's screen.
 */
export function watchFinishedDownloads(
  events: Pick<EventBus, 'subscribe'>,
  options: DownloadNotifierOptions,
): () => void {
  const startTimer = options.startTimer ?? startRealTimer;
  // By job id: a job reported twice in one window is notified once, as it ended last.
  let batch = new Map<number, DownloadJob>();
  let cancelTimer: (() => void) | null = null;
  let stopped = false;

  async function flush(): Promise<void> {
    cancelTimer = null;
    const jobs = [...batch.values()];
    batch = new Map();
    if (stopped || jobs.length === 0 || !options.shouldNotify()) return;
    if (jobs.length > maxSingleNotifications) {
      options.show(batchNotification(jobs));
      return;
    }
    const notifications = await Promise.all(
      jobs.map(async (job) =>
        jobNotification(job, job.status === 'completed' ? await options.describe(job) : null),
      ),
    );
    if (stopped) return;
    for (const notification of notifications) options.show(notification);
  }

  const unsubscribe = events.subscribe((name, payload) => {
    if (name !== 'downloads:finished') return;
    for (const job of (payload as EventPayloads['downloads:finished']).jobs) {
      if (job.status === 'completed' || job.status === 'failed') batch.set(job.id, job);
    }
    if (batch.size > 0 && !cancelTimer) cancelTimer = startTimer(flush, batchWindowMs);
  });

  return () => {
    stopped = true;
    cancelTimer?.();
    unsubscribe();
  };
}
