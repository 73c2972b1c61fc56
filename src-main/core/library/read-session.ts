// One scan's reading, driven from the main thread: one worker thread lists the root, then the
// title folders are handed out in batches from a shared queue: to one thread, to the warm ones for
// a rescan of known folders, or (on a slow share) to up to `threads` threads, where a slow folder
// holds up only its own thread. Each batch read goes to the sink as it arrives, so the main thread
// probes and writes one batch while the threads read the next ones.
import type { Worker } from 'node:worker_threads';
import type { LibraryKind } from '../../../src-preload/contract/models';
import type { IssueSnapshot } from './fs-entries';
import type { FolderReader } from './scan-worker-client';
import type { FsFailure, ReadBatch, ScanWorkerMessage, ScanWorkerRequest, TitleFolder } from './scanner';

/** What the main thread knows of a title folder from the last scan. */
export interface KnownTitle {
  /** The stored signature; null reads the folder whatever its stats say. */
  signature: string | null;
  /** Trailer files recorded for the title, checked when the scan does not find them by name. */
  trailerPaths: string[];
}

export interface ReadRequest {
  rootPath: string;
  kind: LibraryKind;
  /**
   * Known titles by folder path; a function is called right after the listing was asked for, so
   * the caller's database read overlaps the thread's start-up and the listing.
   */
  known: Map<string, KnownTitle> | (() => Map<string, KnownTitle>);
}

export interface ReadSink {
  /** Folders read of those listed: (0, total) right after the listing, then as threads report. */
  progress(done: number, total: number): void;
  /** Batches one at a time, in the order they arrive; a rejection stops the reading. */
  batch(batch: ReadBatch): Promise<void>;
}

/** How the reading ended; `ok` only when every folder was read and the root was still there. */
export type ReadEnd =
  | { ok: false; error: FsFailure; issues: IssueSnapshot }
  | { ok: true; folderPaths: string[]; issues: IssueSnapshot };

/** Batches queued per thread: the next one is waiting when a thread finishes one. */
const BATCHES_AHEAD = 2;

const abortError = (): Error => Object.assign(new Error('The scan was cancelled.'), { name: 'AbortError' });

/** How many times `slowBatchMs` the first batch may take before more threads start: it also pays
 * for the thread's start-up (~23 ms, bench:scan) and for running its code cold. */
const FIRST_BATCH_ALLOWANCE = 4;

export class ReadSession {
  private readonly workers: { worker: Worker; queued: number; detach: () => void }[] = [];
  private folders: TitleFolder[] = [];
  private listingIssues: IssueSnapshot = { items: [], dropped: 0 };
  private next = 0;
  private unanswered = 0;
  private done = 0;
  private settled = false;
  private paceTimer: NodeJS.Timeout | null = null;
  private known = new Map<string, KnownTitle>();
  private writing: Promise<void> = Promise.resolve();
  private resolve: (end: ReadEnd) => void = () => undefined;
  private reject: (error: Error) => void = () => undefined;

  constructor(
    private readonly reader: FolderReader,
    private readonly request: ReadRequest,
    private readonly sink: ReadSink,
    private readonly signal: AbortSignal,
  ) {}

  run(): Promise<ReadEnd> {
    if (this.reader.isClosed || this.signal.aborted) return Promise.reject(abortError());
    return new Promise<ReadEnd>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
      this.signal.addEventListener('abort', this.onAbort, { once: true });
      this.post(this.add(), { type: 'list', rootPath: this.request.rootPath });
      const { known } = this.request;
      try {
        this.known = typeof known === 'function' ? known() : known;
      } catch (error) {
        this.fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  private readonly onAbort = (): void => this.fail(abortError());

  private add(): number {
    const worker = this.reader.acquire();
    const index = this.workers.length;
    const onMessage = (message: ScanWorkerMessage): void => this.onMessage(index, message);
    const onError = (error: Error): void =>
      this.fail(new Error(`The folder reader failed: ${error.message}`));
    const onExit = (code: number): void =>
      this.fail(new Error(`The folder reader stopped before it was done (exit code ${code}).`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    const detach = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    this.workers.push({ worker, queued: 0, detach });
    return index;
  }

  private post(index: number, request: ScanWorkerRequest): void {
    this.workers[index]?.worker.postMessage(request);
  }

  private onMessage(index: number, message: ScanWorkerMessage): void {
    if (this.settled) return;
    const total = this.folders.length;
    switch (message.type) {
      case 'listed': {
        this.listingIssues = message.issues;
        if (!message.listing.ok) return this.finish({ ok: false, error: message.listing.error });
        this.folders = message.listing.folders;
        this.sink.progress(0, this.folders.length);
        if (this.folders.length === 0)
          return this.post(index, { type: 'check', rootPath: this.request.rootPath });
        this.fill(index);
        if (this.mostlyKnown()) this.shareWithSpares();
        this.watchPace(true);
        return;
      }
      case 'progress':
        this.done += message.folders;
        return this.sink.progress(this.done, total);
      case 'read': {
        this.done += message.unreported;
        this.unanswered--;
        const slot = this.workers[index];
        if (slot) slot.queued--;
        this.sink.progress(this.done, total);
        const { titles, unchanged, issues } = message;
        const batch: ReadBatch = { folders: titles.length + unchanged, titles, unchanged, issues };
        this.writing = this.writing.then(() => (this.settled ? undefined : this.sink.batch(batch)));
        this.writing.catch((error: unknown) =>
          this.fail(error instanceof Error ? error : new Error(String(error))),
        );
        this.fill(index);
        this.watchPace();
        if (this.next >= total && this.unanswered === 0)
          this.post(index, { type: 'check', rootPath: this.request.rootPath });
        return;
      }
      case 'checked': {
        const result = message.result;
        // Every batch is written before the end: the caller's last step needs all of them.
        void this.writing.then(
          () => this.finish(result.ok ? { ok: true } : { ok: false, error: result.error }),
          () => undefined,
        );
      }
    }
  }

  /**
   * One thread while batches come back quickly: on a local disk a thread is bound by the CPU, and
   * more of them only add start-ups and cold code (measured: see FolderReader). A batch that takes
   * longer than `slowBatchMs` means a slow disk or a network share, whose calls mostly wait (the
   * first batch carries the thread's start-up and cold code, so it gets more time):
   * then the other threads start and take their share of the queue.
   */
  private watchPace(firstBatch = false): void {
    if (this.paceTimer) clearTimeout(this.paceTimer);
    this.paceTimer = null;
    if (this.settled || this.next >= this.folders.length || this.workers.length >= this.reader.threads)
      return;
    const startAll = (): void => {
      while (this.workers.length < this.reader.threads) this.fill(this.add());
    };
    // 0 means every thread from the start: a timer would be put off by each quick answer.
    if (this.reader.slowBatchMs === 0) return startAll();
    this.paceTimer = setTimeout(
      () => {
        this.paceTimer = null;
        if (!this.settled) startAll();
      },
      this.reader.slowBatchMs * (firstBatch ? FIRST_BATCH_ALLOWANCE : 1),
    );
  }

  /**
   * Whether most listed folders have a signature, so the read is mostly checking them: a few stat
   * calls per folder and nothing for the main thread to do, so more threads than one have the
   * cores to themselves (bench:scan: an unchanged 10k rescan 15-20 ms faster with two).
   */
  private mostlyKnown(): boolean {
    if (this.folders.length < 2 * this.reader.foldersPerBatch) return false;
    let known = 0;
    for (const { path } of this.folders) if (this.known.get(path)?.signature) known++;
    return known * 2 >= this.folders.length;
  }

  /** Hands batches to the threads already started and idle: a new one would cost more than it saves. */
  private shareWithSpares(): void {
    while (this.workers.length < this.reader.threads && this.reader.spareThreads > 0) this.fill(this.add());
  }

  private fill(index: number): void {
    const slot = this.workers[index];
    if (!slot) return;
    const { kind } = this.request;
    const known = this.known;
    const size = this.reader.foldersPerBatch;
    while (slot.queued < BATCHES_AHEAD && this.next < this.folders.length) {
      const tasks = this.folders.slice(this.next, this.next + size).map(({ name, path }) => {
        const old = known.get(path);
        return { name, path, signature: old?.signature ?? null, trailerPaths: old?.trailerPaths ?? [] };
      });
      this.next += tasks.length;
      slot.queued++;
      this.unanswered++;
      this.post(index, { type: 'read', kind, tasks });
    }
  }

  /** Marks the session settled (false when it already was) and stops watching pace and abort. */
  private settle(): boolean {
    if (this.settled) return false;
    this.settled = true;
    if (this.paceTimer) clearTimeout(this.paceTimer);
    this.signal.removeEventListener('abort', this.onAbort);
    return true;
  }

  private finish(end: { ok: true } | { ok: false; error: FsFailure }): void {
    if (!this.settle()) return;
    for (const { worker, detach } of this.workers) {
      detach();
      this.reader.release(worker);
    }
    const issues = this.listingIssues;
    this.resolve(
      end.ok
        ? { ok: true, folderPaths: this.folders.map((f) => f.path), issues }
        : { ok: false, error: end.error, issues },
    );
  }

  /** Stops every thread at once; settles once the batch being written (if any) is done with. */
  private fail(error: Error): void {
    if (!this.settle()) return;
    for (const { worker, detach } of this.workers) {
      detach();
      // Not awaited: a thread stuck in a blocking call only stops once that call returns.
      void worker.terminate();
    }
    const reject = (): void => this.reject(error);
    void this.writing.then(reject, reject);
  }
}
