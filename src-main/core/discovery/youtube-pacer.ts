// One lane for everything that talks to YouTube — trailer downloads and searches alike: one request
// at a time, a pause after each, and a hold for the whole app after a bot check. A library run
// then looks like a person, and YouTube is not asked again until the person has done something.
import type { YoutubeLane } from '../../../src-preload/contract/discovery';

export interface PacerClock {
  now(): number;
}

export class YoutubePacer {
  private busy = 0;
  private freeAt = 0;
  private held: YoutubeLane = { paused: false, reason: null, since: null };
  private readonly waiters = new Set<() => void>();

  constructor(
    /** Seconds between two YouTube requests (the queue's setting). */
    private readonly pauseSeconds: () => number,
    private readonly onLaneChanged: (lane: YoutubeLane) => void = () => {},
    private readonly clock: PacerClock = { now: () => Date.now() },
    initial?: YoutubeLane,
  ) {
    if (initial) this.held = initial;
  }

  lane(): YoutubeLane {
    return { ...this.held };
  }

  /** Holds every YouTube request until resume(): YouTube asked whether we are a bot. */
  hold(reason: string): void {
    if (this.held.paused) return;
    this.held = { paused: true, reason, since: new Date(this.clock.now()).toISOString() };
    this.onLaneChanged(this.lane());
  }

  resume(): void {
    if (!this.held.paused) return;
    this.held = { paused: false, reason: null, since: null };
    this.onLaneChanged(this.lane());
    this.wake();
  }

  /**
   * A turn if one is free now (release it when the request is over), else null with the time to
   * try again (null when only a running request or the hold is in the way).
   */
  tryAcquire(
    options: { ignoreSpacing?: boolean } = {},
  ): { release: () => void } | { retryAt: number | null } {
    if (this.held.paused || this.busy > 0) return { retryAt: null };
    const now = this.clock.now();
    if (now < this.freeAt && !options.ignoreSpacing) return { retryAt: this.freeAt };
    this.busy += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.busy -= 1;
        this.freeAt = this.clock.now() + this.pauseSeconds() * 1000;
        this.wake();
      },
    };
  }

  /**
   * Waits for a turn (searches); rejects when `signal` aborts. A search the person is waiting for
   * skips the pause (`ignoreSpacing`) but still takes its turn, so bulk work spaces itself after it.
   */
  async acquire(signal?: AbortSignal, options: { ignoreSpacing?: boolean } = {}): Promise<() => void> {
    for (;;) {
      signal?.throwIfAborted();
      const turn = this.tryAcquire(options);
      if ('release' in turn) return turn.release;
      await new Promise<void>((resolve, reject) => {
        const done = () => {
          this.waiters.delete(done);
          if (timer) clearTimeout(timer);
          signal?.removeEventListener('abort', aborted);
          resolve();
        };
        const aborted = () => {
          done();
          reject(signal?.reason ?? new Error('aborted'));
        };
        const timer =
          turn.retryAt === null ? null : setTimeout(done, Math.max(0, turn.retryAt - this.clock.now()) + 5);
        this.waiters.add(done);
        signal?.addEventListener('abort', aborted, { once: true });
      });
    }
  }

  /** Called when a turn may have become free: waiting searches and the queue look again. */
  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
    this.listeners.forEach((listener) => listener());
  }

  private readonly listeners = new Set<() => void>();

  /** The queue listens, to start a YouTube job the moment the lane is free. */
  onFree(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
