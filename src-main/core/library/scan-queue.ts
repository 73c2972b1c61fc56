/** Runs one scan at a time; a root already waiting is not queued twice. */
export class ScanQueue {
  private pending: number[] = [];
  private running: { rootId: number; controller: AbortController; done: Promise<void> } | null = null;
  private idleWaiters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly run: (rootId: number, signal: AbortSignal) => Promise<void>) {}

  /** Queues a scan of the root; false once closed. A root being scanned now is queued again. */
  enqueue(rootId: number): boolean {
    if (this.closed) return false;
    if (!this.pending.includes(rootId)) this.pending.push(rootId);
    queueMicrotask(() => this.pump());
    return true;
  }

  /** Drops a waiting scan of the root and aborts its running one. */
  cancel(rootId: number): void {
    this.pending = this.pending.filter((id) => id !== rootId);
    if (this.running?.rootId === rootId) this.running.controller.abort();
  }

  /** Roots waiting behind the running scan. */
  get waiting(): number {
    return this.pending.length;
  }

  whenIdle(): Promise<void> {
    if (!this.running && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.pending = [];
    const running = this.running;
    running?.controller.abort();
    await running?.done;
    this.settleIdle();
  }

  private pump(): void {
    if (this.running) return;
    const rootId = this.closed ? undefined : this.pending.shift();
    if (rootId === undefined) {
      this.settleIdle();
      return;
    }
    const controller = new AbortController();
    const done = this.run(rootId, controller.signal)
      .catch(() => {
        // The runner reports its own failures; one broken scan must not stop the queue.
      })
      .finally(() => {
        this.running = null;
        this.pump();
      });
    this.running = { rootId, controller, done };
  }

  private settleIdle(): void {
    if (this.running || this.pending.length > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
