// The scheduler: starts queued jobs within the concurrency limit, paces the YouTube lane, retries
// transient failures with backoff, and stops running jobs for pause, cancel, "Pause all" and quit.
// Every status it writes goes through JobStore.transition (and so the transition table).
import type { DownloadJob, DownloadSettings } from '../../../src-preload/contract/downloads';
import { JobFailure } from './job-failure';
import { jobPaths, removeJobDir } from './job-files';
import { executeJob, type JobRunnerDeps } from './job-runner';
import type { JobRow, JobStore } from './job-store';
import { toDownloadJob } from './job-store';
import { ProgressFeed, type ProgressTimers } from './progress-feed';
import type { YoutubePacer } from '../discovery/youtube-pacer';
import { messageOf } from '../errors';

/** What a stopped run becomes: the person paused or cancelled it, or the queue itself held it. */
type StopAs = 'paused' | 'cancelled' | 'queued';

interface RunningJob {
  controller: AbortController;
  stopAs: StopAs | null;
  settled: Promise<void>;
}

/** Failures that mean YouTube itself wants proof of a person: the whole YouTube lane holds. */
const laneHoldingCodes = new Set(['BOT_CHECK']);

export interface QueueEvents {
  changed(jobs: DownloadJob[]): void;
  finished(jobs: DownloadJob[]): void;
  progress: ConstructorParameters<typeof ProgressFeed>[0];
  trailersChanged(mediaIds: number[]): void;
}

export interface QueueOptions {
  /** First retry after this long; each further one waits 3 times longer (default 5 s). */
  retryBaseDelayMs?: number;
  /** The longest wait between attempts (default 5 minutes). */
  retryMaxDelayMs?: number;
  now?: () => number;
  progressTimers?: ProgressTimers;
  /** Who holds running jobs: this app instance. */
  holder: string;
  /** The YouTube lane shared with searches: one request at a time, a pause between, a hold. */
  pacer: YoutubePacer;
  /** A bug surfaced while settling a job (the job itself is left as it was). */
  onInternalError?: (error: unknown) => void;
  /** Runs one job (executeJob); only the queue benchmark stands in for yt-dlp and the disk here. */
  runJob?: typeof executeJob;
}

export class DownloadQueue {
  private readonly running = new Map<number, RunningJob>();
  readonly progress: ProgressFeed;
  private wakeTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private pumping = false;
  /**
   * Shut until the start-up recovery has run (open()): it takes every job marked running for one a
   * crash left behind, so a job this instance started first (one asked for at launch) would be
   * stopped as an orphan.
   */
  private opened = false;

  constructor(
    private readonly store: JobStore,
    private readonly runner: JobRunnerDeps,
    private readonly settings: () => DownloadSettings,
    private readonly events: QueueEvents,
    private readonly options: QueueOptions,
  ) {
    this.progress = new ProgressFeed(events.progress, options.progressTimers);
    options.pacer.onFree(() => this.pump());
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** The start-up recovery is done: queued jobs may run from now on. */
  open(): void {
    this.opened = true;
    this.pump();
  }

  /** Starts what may start now and sets a timer for what must wait. */
  pump(): void {
    if (this.closed || !this.opened || this.pumping) return;
    this.pumping = true;
    try {
      this.startRunnable();
    } finally {
      this.pumping = false;
    }
  }

  private startRunnable(): void {
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    const settings = this.settings();
    if (settings.allPaused) return;
    let wakeAt = parseTime(this.store.nextWakeAt());
    let free = settings.concurrency - this.running.size;
    for (const job of this.store.runnableJobs(free)) {
      if (free <= 0) break;
      let release = (): void => {};
      if (job.site === 'youtube') {
        // One YouTube request at a time, with a pause between: a library run looks like a person.
        const turn = this.options.pacer.tryAcquire();
        if (!('release' in turn)) {
          if (turn.retryAt !== null) wakeAt = Math.min(wakeAt ?? Infinity, turn.retryAt);
          continue;
        }
        release = turn.release;
      }
      this.start(job, release);
      free -= 1;
    }
    if (wakeAt !== null && Number.isFinite(wakeAt)) {
      const delay = Math.max(0, wakeAt - this.now()) + 5;
      this.wakeTimer = setTimeout(() => this.pump(), delay);
      this.wakeTimer.unref();
    }
  }

  private start(queued: JobRow, releaseLane: () => void): void {
    const at = this.store.timestamp();
    const row = this.store.transition(queued.id, 'downloading', {
      attempts: queued.attempts + 1,
      startedAt: queued.started_at ?? at,
      holder: this.options.holder,
      heldSince: at,
      nextAttemptAt: null,
      errorCode: null,
      errorMessage: null,
      errorHint: null,
    });
    this.events.changed([toDownloadJob(row)]);
    const controller = new AbortController();
    const run: RunningJob = { controller, stopAs: null, settled: Promise.resolve() };
    this.running.set(row.id, run);
    this.progress.start(row.id);
    run.settled = this.execute(row, run)
      .catch((error: unknown) => this.options.onInternalError?.(error))
      .finally(() => {
        this.running.delete(row.id);
        this.progress.remove(row.id);
        releaseLane();
        this.pump();
      });
  }

  private async execute(row: JobRow, run: RunningJob): Promise<void> {
    try {
      const completed = await (this.options.runJob ?? executeJob)(row.id, this.runner, {
        signal: run.controller.signal,
        onProgress: (progress) => this.progress.update(row.id, progress),
        onSpawn: (pid) => this.store.update(row.id, { workerPid: pid }),
        onProcessing: (job) => {
          this.progress.processing(row.id);
          this.events.changed([toDownloadJob(job)]);
        },
        onProcessingProgress: (step, at) => this.progress.processing(row.id, step, at),
      });
      const job = toDownloadJob(completed);
      this.events.changed([job]);
      this.events.finished([job]);
      this.events.trailersChanged([job.mediaId]);
    } catch (error) {
      await this.settleFailure(row, run, error);
    }
  }

  private async settleFailure(row: JobRow, run: RunningJob, error: unknown): Promise<void> {
    const current = this.store.findRow(row.id);
    const paths = jobPaths(row.temp_dir);
    if (!current) {
      // The title was removed from the library while its trailer downloaded: the job went with it.
      await removeJobDir(paths);
      return;
    }
    const released = { holder: null, heldSince: null, workerPid: null };
    let next: JobRow;
    if (run.stopAs !== null && (current.status === 'downloading' || current.status === 'processing')) {
      // Not the download's fault: the attempt does not count against the retry budget. A job held
      // while processing keeps its download; it redoes only the processing when it runs again.
      const attempts = Math.max(0, current.attempts - 1);
      if (run.stopAs === 'cancelled') {
        await removeJobDir(paths);
        next = this.store.transition(row.id, 'cancelled', {
          ...released,
          attempts,
          finishedAt: this.store.timestamp(),
        });
      } else {
        next = this.store.transition(row.id, run.stopAs, { ...released, attempts });
      }
      this.events.changed([toDownloadJob(next)]);
      return;
    }
    const failure =
      error instanceof JobFailure
        ? error
        : new JobFailure('UNKNOWN', `Something unexpected stopped the download: ${messageOf(error)}`, {
            cause: error,
          });
    if (row.site === 'youtube' && laneHoldingCodes.has(failure.code) && current.status === 'downloading') {
      // Not this video's fault: the job waits in the queue while YouTube is held for the whole app.
      next = this.store.transition(row.id, 'queued', {
        ...released,
        attempts: Math.max(0, current.attempts - 1),
        errorCode: failure.code,
        errorMessage: `${failure.message} YouTube downloads are paused until you resume them.`,
        errorHint: failure.options.hint ?? null,
      });
      this.events.changed([toDownloadJob(next)]);
      this.options.pacer.hold(failure.message);
      return;
    }
    if (failure.transient && current.attempts < current.max_attempts && current.status === 'downloading') {
      const delay = this.backoff(current.attempts);
      next = this.store.transition(row.id, 'queued', {
        ...released,
        errorCode: failure.code,
        errorMessage: `${failure.message} Trying again (attempt ${current.attempts + 1} of ${current.max_attempts}).`,
        errorHint: failure.options.hint ?? null,
        nextAttemptAt: new Date(this.now() + delay).toISOString(),
      });
      this.events.changed([toDownloadJob(next)]);
      return;
    }
    if (!failure.options.keepDownload) await removeJobDir(paths);
    next = this.store.transition(row.id, 'failed', {
      ...released,
      errorCode: failure.code,
      errorMessage: failure.message,
      errorHint: failure.options.hint ?? null,
      finishedAt: this.store.timestamp(),
    });
    const job = toDownloadJob(next);
    this.events.changed([job]);
    this.events.finished([job]);
  }

  /** 5 s, 15 s, 45 s… capped, with ±20 % jitter so many failed jobs do not return at once. */
  private backoff(attempt: number): number {
    const base = this.options.retryBaseDelayMs ?? 5000;
    const max = this.options.retryMaxDelayMs ?? 5 * 60_000;
    const delay = Math.min(max, base * 3 ** Math.max(0, attempt - 1));
    return Math.round(delay * (0.8 + Math.random() * 0.4));
  }

  /** Stops a running job as `stopAs` and waits until its status is written. */
  async stop(jobId: number, stopAs: StopAs): Promise<boolean> {
    const run = this.running.get(jobId);
    if (!run) return false;
    run.stopAs ??= stopAs;
    run.controller.abort(new Error(`stopped: ${stopAs}`));
    await run.settled;
    return true;
  }

  /** Holds every running job back in the queue (Pause all, quit); partial files stay for resume. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.running.keys()].map((id) => this.stop(id, 'queued')));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    await this.stopAll();
    this.progress.close();
  }
}

function parseTime(value: string | null): number | null {
  if (value === null) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}
