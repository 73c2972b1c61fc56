// Live progress, held in memory and pushed to the windows on a fixed beat while anything runs:
// yt-dlp may print dozens of lines a second, the windows get the latest of each job 5 times a second,
// and the database never sees a progress tick.
import type { JobProgress, ProcessingStep } from '../../../src-preload/contract/downloads';
import type { DownloadProgress } from './ytdlp-progress';

export const PROGRESS_INTERVAL_MS = 200;

export interface ProgressTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const nodeTimers: ProgressTimers = {
  setInterval: (callback, ms) => {
    const handle = setInterval(callback, ms);
    // Progress alone must not keep a headless process or a test alive.
    handle.unref();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export class ProgressFeed {
  private readonly latest = new Map<number, JobProgress>();
  private beat: unknown = null;

  constructor(
    private readonly publish: (progress: JobProgress[]) => void,
    private readonly timers: ProgressTimers = nodeTimers,
  ) {}

  /** A job started: it shows as 0 % until yt-dlp says more. */
  start(jobId: number): void {
    this.latest.set(jobId, emptyProgress(jobId));
    this.ensureBeat();
  }

  update(jobId: number, progress: DownloadProgress): void {
    this.latest.set(jobId, {
      jobId,
      phase: 'downloading',
      step: null,
      encodeSpeed: null,
      downloadedBytes: progress.downloadedBytes,
      totalBytes: progress.totalBytes,
      totalIsEstimate: progress.totalIsEstimate,
      percent: progress.percent,
      speed: progress.speedBps,
      etaSeconds: progress.etaSeconds,
      fragmentIndex: progress.fragmentIndex,
      fragmentCount: progress.fragmentCount,
      partIndex: progress.part?.index ?? null,
      partCount: progress.part?.count ?? null,
      partKind: progress.part?.kind ?? null,
    });
    this.ensureBeat();
  }

  /**
   * The download is done and the processing stage is at `step`: `fraction` of it done (null when
   * it cannot tell), ffmpeg's speed as a multiple of real time, and the seconds it still needs.
   */
  processing(
    jobId: number,
    step: ProcessingStep = 'verifying',
    at: { fraction?: number | null; encodeSpeed?: number | null; etaSeconds?: number | null } = {},
  ): void {
    const previous = this.latest.get(jobId) ?? emptyProgress(jobId);
    const fraction = at.fraction ?? null;
    this.latest.set(jobId, {
      ...previous,
      phase: 'processing',
      step,
      percent:
        fraction === null || !Number.isFinite(fraction) ? null : Math.min(100, Math.max(0, fraction * 100)),
      encodeSpeed: at.encodeSpeed ?? null,
      speed: null,
      etaSeconds: at.etaSeconds ?? null,
      downloadedBytes: previous.totalBytes ?? previous.downloadedBytes,
    });
    this.ensureBeat();
  }

  remove(jobId: number): void {
    this.latest.delete(jobId);
  }

  snapshot(): JobProgress[] {
    return [...this.latest.values()];
  }

  close(): void {
    this.latest.clear();
    this.stopBeat();
  }

  private ensureBeat(): void {
    if (this.beat !== null) return;
    this.beat = this.timers.setInterval(() => this.tick(), PROGRESS_INTERVAL_MS);
  }

  private tick(): void {
    if (this.latest.size === 0) {
      this.stopBeat();
      return;
    }
    this.publish(this.snapshot());
  }

  private stopBeat(): void {
    if (this.beat === null) return;
    this.timers.clearInterval(this.beat);
    this.beat = null;
  }
}

function emptyProgress(jobId: number): JobProgress {
  return {
    jobId,
    phase: 'downloading',
    step: null,
    encodeSpeed: null,
    downloadedBytes: 0,
    totalBytes: null,
    totalIsEstimate: false,
    percent: null,
    speed: null,
    etaSeconds: null,
    fragmentIndex: null,
    fragmentCount: null,
    partIndex: null,
    partCount: null,
    partKind: null,
  };
}
