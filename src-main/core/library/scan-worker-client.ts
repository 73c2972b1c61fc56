// Starts the scan's worker threads (scan-worker.ts): the one place that knows where the worker's
// code lives, and the one module that creates worker threads.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ReadSession, type ReadEnd, type ReadRequest, type ReadSink } from './read-session';

export interface WorkerEntry {
  /** A file to run, or (with `eval`) code that loads it. */
  code: string;
  eval: boolean;
}

/**
 * Where the worker's code is, from the URL of the module that starts it. From a bundle
 * (out/main/*.cjs, whose import.meta.url is the bundle's own file) it is the `scan-worker.cjs`
 * bundle beside it; a packaged app keeps that file outside the asar archive, because a worker
 * thread is started from a real file. From the TypeScript sources (vitest, tsx) it is
 * `scan-worker.ts` beside it, loaded through tsx's require hook: `--import tsx` does not work
 * here, as tsx only registers its loader on Node 20's main thread. (tsx is a devDependency; it is
 * never needed by the bundles.)
 */
export function scanWorkerEntry(moduleUrl: string): WorkerEntry {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith('.ts')) {
    const tsx = createRequire(moduleUrl).resolve('tsx/cjs/api');
    const worker = join(dirname(here), 'scan-worker.ts');
    return {
      code: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(worker)});`,
      eval: true,
    };
  }
  const bundled = join(dirname(here), 'scan-worker.cjs');
  return { code: bundled.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2'), eval: false };
}

/**
 * Extra threads (started for a slow share) are kept this long for the next scan: "rescan all"
 * queues one scan per root. Two threads stay for the app's lifetime, idle and unreferenced (about
 * 9 MB each): a rescan from the tray or a schedule starts warm instead of paying a new thread's
 * start-up and cold code (bench:scan prints both), and a rescan of known folders shares them out
 * between the two (see ReadSession).
 */
export const SPARE_THREAD_MS = 2000;
const THREADS_KEPT_WARM = 2;

/**
 * Threads a scan reads a slow share with. A network share answers each metadata call in about a
 * millisecond, and one thread makes them one after another; several keep several in flight. On a
 * local disk one thread is fastest (scripts/bench-scan.ts, 2 cores, 10k titles: first scan 436 ms
 * with 1 thread, 547 ms with 3, 599 ms with 4), so the others start only when batches are slow.
 */
export const READER_THREADS = Math.min(4, Math.max(2, availableParallelism()));

/** Folders a thread reads per request; each answer is probed and written as one batch. */
export const FOLDERS_PER_BATCH = 250;

/**
 * A batch slower than this starts the other threads. A local disk reads 250 folders in about
 * 10-40 ms; a share at about 1 ms per call needs over a second.
 */
export const SLOW_BATCH_MS = 100;

export interface FolderReaderOptions {
  /** The worker's code; another one only for tests and the benchmark (the bundle). */
  entry?: WorkerEntry;
  threads?: number;
  foldersPerBatch?: number;
  /** 0 starts every thread at once (tests, the benchmark's per-thread figures). */
  slowBatchMs?: number;
  /**
   * Starts the threads kept warm right away (the app, at launch) rather than at the first scan,
   * which then skips their start-up (about 21 ms, bench:scan) while the database is read.
   */
  startWarm?: boolean;
}

/**
 * Runs a scan's worker threads: starts them, keeps finished ones a moment for the next scan
 * (which then skips the start-up and finds the code already optimised), and stops them. A
 * cancelled or failed read terminates its threads. The reading itself is in read-session.ts.
 */
export class FolderReader {
  readonly threads: number;
  readonly foldersPerBatch: number;
  readonly slowBatchMs: number;
  private readonly entry: WorkerEntry;
  private spares: Worker[] = [];
  private spareTimer: NodeJS.Timeout | null = null;
  private live = 0;
  private closed = false;
  private started: Promise<void> = Promise.resolve();

  constructor(options: FolderReaderOptions = {}) {
    this.entry = options.entry ?? scanWorkerEntry(import.meta.url);
    this.threads = Math.max(1, options.threads ?? READER_THREADS);
    this.foldersPerBatch = Math.max(1, options.foldersPerBatch ?? FOLDERS_PER_BATCH);
    this.slowBatchMs = options.slowBatchMs ?? SLOW_BATCH_MS;
    if (options.startWarm) {
      const started = Array.from({ length: Math.min(THREADS_KEPT_WARM, this.threads) }, () =>
        this.startSpare(),
      );
      this.started = Promise.all(started).then(() => undefined);
    }
  }

  /** Resolves once the threads started by `startWarm` run (or could not start); at once without them. */
  whenStarted(): Promise<void> {
    return this.started;
  }

  /**
   * Threads started and not yet stopped. A terminated thread blocked in a call on a hung share
   * stops only when that call returns: nothing waits for it, but it counts until then.
   */
  get liveThreads(): number {
    return this.live;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Reads a root with up to `threads` threads; see ReadSession. Rejects when cancelled or on failure. */
  read(request: ReadRequest, sink: ReadSink, signal: AbortSignal): Promise<ReadEnd> {
    return new ReadSession(this, request, sink, signal).run();
  }

  /** A spare thread, or a new one; referenced (it keeps the process alive while it works). */
  acquire(): Worker {
    const worker = this.spares.pop() ?? this.start();
    if (this.spares.length === 0) this.clearTimer();
    worker.ref();
    return worker;
  }

  /** Keeps a thread that finished cleanly as a spare, or stops it once closed. */
  release(worker: Worker): void {
    if (this.closed) {
      void worker.terminate();
      return;
    }
    // A spare must not keep the app (or a test run) from exiting.
    worker.unref();
    this.spares.push(worker);
    this.clearTimer();
    this.spareTimer = setTimeout(() => this.stopSpares(THREADS_KEPT_WARM), SPARE_THREAD_MS);
    this.spareTimer.unref();
  }

  /** Stops the spare threads; later reads are refused. A running read is cancelled by its signal. */
  close(): void {
    this.closed = true;
    this.stopSpares();
  }

  /** Threads started and idle, ready for a read. */
  get spareThreads(): number {
    return this.spares.length;
  }

  /** A thread kept as a warm spare from the start: no timer stops it, like those a scan leaves. */
  private startSpare(): Promise<void> {
    const worker = this.start();
    this.spares.push(worker);
    // Referenced until it runs, so that waiting for it keeps the process alive; then, like any
    // spare, it must not keep the app from exiting (unless a scan took it meanwhile).
    return new Promise((resolve) => {
      worker.once('online', () => {
        if (this.spares.includes(worker)) worker.unref();
        resolve();
      });
      worker.once('exit', () => resolve());
    });
  }

  private start(): Worker {
    const entry = this.entry;
    // No inherited execArgv: the parent's flags (vitest's, Electron's) are not for this thread.
    const worker = new Worker(entry.code, { eval: entry.eval, execArgv: [] });
    this.live++;
    // A spare thread has no read listening: an unhandled 'error' event would throw in main.
    worker.on('error', () => undefined);
    worker.once('exit', () => {
      this.live--;
      this.spares = this.spares.filter((w) => w !== worker);
    });
    return worker;
  }

  private stopSpares(keep = 0): void {
    this.clearTimer();
    // Not awaited: nothing waits for a thread to stop.
    for (const worker of this.spares.splice(keep)) void worker.terminate();
  }

  private clearTimer(): void {
    if (this.spareTimer) clearTimeout(this.spareTimer);
    this.spareTimer = null;
  }
}
