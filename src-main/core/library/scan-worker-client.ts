// Starts the scan's worker thread (scan-worker.ts) and talks to it: the one place that knows where
// the worker's code lives, and the one module that creates worker threads.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LibraryReading, ReadRequest, ScanWorkerMessage } from './scanner';

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

/** A finished thread is kept this long for the next scan: "rescan all" queues one scan per root. */
export const SPARE_THREAD_MS = 2000;

const abortError = (): Error => Object.assign(new Error('The scan was cancelled.'), { name: 'AbortError' });

/**
 * Reads library roots in a worker thread, one read at a time. A cancelled or failed read
 * terminates its thread; a finished one is kept a moment for the next read, which then skips the
 * start-up and finds the code already optimised.
 */
export class FolderReader {
  private spare: { worker: Worker; timer: NodeJS.Timeout } | null = null;
  private live = 0;
  private closed = false;

  /** `entry`: the worker's code; another one only for tests and the benchmark (the bundle). */
  constructor(private readonly entry: WorkerEntry = scanWorkerEntry(import.meta.url)) {}

  /**
   * Threads started and not yet stopped. A terminated thread blocked in a call on a hung share
   * stops only when that call returns: nothing waits for it, but it counts until then.
   */
  get liveThreads(): number {
    return this.live;
  }

  /** Reads a root; progress is (folders done, folders listed). Rejects when cancelled or on failure. */
  read(
    request: ReadRequest,
    onProgress: (done: number, total: number) => void,
    signal: AbortSignal,
  ): Promise<LibraryReading> {
    if (this.closed || signal.aborted) return Promise.reject(abortError());
    const worker = this.takeSpare() ?? this.start();
    worker.ref();
    return new Promise<LibraryReading>((resolve, reject) => {
      const detach = (): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal.removeEventListener('abort', onAbort);
      };
      const fail = (error: Error): void => {
        detach();
        // Not awaited: a thread stuck in a blocking call only stops once that call returns.
        void worker.terminate();
        reject(error);
      };
      const onMessage = (message: ScanWorkerMessage): void => {
        if (message.type === 'progress') return onProgress(message.done, message.total);
        detach();
        this.keep(worker);
        resolve(message.reading);
      };
      const onError = (error: Error): void => fail(new Error(`The folder reader failed: ${error.message}`));
      const onExit = (code: number): void =>
        fail(new Error(`The folder reader stopped before it was done (exit code ${code}).`));
      const onAbort = (): void => fail(abortError());
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      signal.addEventListener('abort', onAbort, { once: true });
      worker.postMessage(request);
    });
  }

  /** Stops the spare thread; later reads are refused. A running read is cancelled by its signal. */
  close(): void {
    this.closed = true;
    const spare = this.takeSpare();
    if (spare) void spare.terminate();
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
      if (this.spare?.worker === worker) this.takeSpare();
    });
    return worker;
  }

  private keep(worker: Worker): void {
    if (this.closed) {
      void worker.terminate();
      return;
    }
    // A spare must not keep the app (or a test run) from exiting.
    worker.unref();
    void this.takeSpare()?.terminate();
    const timer = setTimeout(() => void this.takeSpare()?.terminate(), SPARE_THREAD_MS);
    timer.unref();
    this.spare = { worker, timer };
  }

  private takeSpare(): Worker | null {
    const spare = this.spare;
    if (!spare) return null;
    this.spare = null;
    clearTimeout(spare.timer);
    return spare.worker;
  }
}
