import type { ScanProgress } from '../../../src-preload/contract/models';

/** At most one progress event per this many milliseconds (about five a second). */
export const PROGRESS_INTERVAL_MS = 200;

/**
 * Coalesces a scan's progress: the first and the forced (last) updates go out at once, the rest at
 * most every PROGRESS_INTERVAL_MS, and a trailing timer makes sure the latest state is never lost.
 * Progress lives in memory only; the database is written on state changes, not per tick.
 */
export class ProgressReporter {
  private latest: ScanProgress | null = null;
  private lastEmitAt = -Infinity;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly emit: (progress: ScanProgress) => void,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
  ) {}

  get current(): ScanProgress | null {
    return this.latest;
  }

  update(progress: ScanProgress, force = false): void {
    this.latest = progress;
    const now = performance.now();
    if (force || now - this.lastEmitAt >= this.intervalMs) {
      this.flush(now);
      return;
    }
    if (!this.timer) {
      this.timer = setTimeout(() => this.flush(performance.now()), this.lastEmitAt + this.intervalMs - now);
      this.timer.unref();
    }
  }

  /** Forgets the scan: no more events, and the status reads as idle. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.latest = null;
    this.lastEmitAt = -Infinity;
  }

  private flush(now: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.latest) return;
    this.lastEmitAt = now;
    this.emit({ ...this.latest });
  }
}

/**
 * At most one mid-scan `library:changed` per this many milliseconds. Each one makes every window
 * refetch the whole title list (about 100 ms of main-thread work at 50,000 titles), so it is kept
 * to a small share of a long scan on a share; the first batch still shows at once.
 */
export const CHANGED_INTERVAL_MS = 2000;

/**
 * Coalesces "titles were written" during a scan, so titles appear in the UI as batches land: the
 * first goes out at once, later ones at most every CHANGED_INTERVAL_MS (a trailing timer sends
 * the last). `settle` ends it: the scan's own final event covers anything pending, or (`flush`)
 * the pending one goes out now, for a scan that stops after writing some batches.
 */
export class ChangeCoalescer {
  private lastEmitAt = -Infinity;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly emit: () => void,
    private readonly intervalMs = CHANGED_INTERVAL_MS,
  ) {}

  changed(): void {
    const now = performance.now();
    if (now - this.lastEmitAt >= this.intervalMs) {
      this.lastEmitAt = now;
      this.emit();
      return;
    }
    if (!this.timer) {
      this.timer = setTimeout(
        () => {
          this.timer = null;
          this.lastEmitAt = performance.now();
          this.emit();
        },
        this.lastEmitAt + this.intervalMs - now,
      );
      this.timer.unref();
    }
  }

  settle(flush: boolean): void {
    const pending = this.timer !== null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.lastEmitAt = -Infinity;
    if (pending && flush) this.emit();
  }
}
