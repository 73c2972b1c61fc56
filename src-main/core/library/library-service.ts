import type {
  FolderListing,
  LibraryKind,
  LibraryRoot,
  MediaDetail,
  MediaSummary,
  ScanProgress,
  ScanSummary,
  TrailerFile,
} from '../../../src-preload/contract/models';
import type { LibraryWindow } from '../../../src-preload/contract/library-window';
import type { AppDatabase } from '../db/open-database';
import { AppError, isUniqueViolation, messageOf } from '../errors';
import type { EventBus } from '../event-bus';
import type { ProbeFile } from '../probe/types';
import type { VideoFileRecord } from '../files/serve-video';
import { detectLibraryKind } from './detect-library-kind';
import type { LibraryServiceApi } from './library-service-api';
import { listFolders } from './list-folders';
import { MediaQueries } from './media-queries';
import { LibraryWindowQueries, type ResolvedFilter, type ResolvedWindowQuery } from './library-window';
import { RootStore } from './root-store';
import { validateNewRoot } from './root-validation';
import { ChangeCoalescer, ProgressReporter } from './scan-progress';
import { ScanQueue } from './scan-queue';
import { FolderReader } from './scan-worker-client';
import { emptySummary, scanRoot, type RootToScan } from './run-scan';
import { ScanWriter } from './scan-writer';

export interface LibraryServiceOptions {
  db: AppDatabase;
  events: EventBus;
  probe: ProbeFile;
  now?: () => Date;
  /** Reads the folders in a worker thread; the service closes it. Tests pass one to watch it. */
  reader?: FolderReader;
}

/** The library capability: library folders, their scans, and the titles and trailers found. */
export class LibraryService implements LibraryServiceApi {
  private readonly events: EventBus;
  private readonly probe: ProbeFile;
  private readonly now: () => Date;
  private readonly roots: RootStore;
  private readonly queries: MediaQueries;
  private readonly windows: LibraryWindowQueries;
  private readonly writer: ScanWriter;
  private readonly queue: ScanQueue;
  private readonly progress: ProgressReporter;
  private readonly reader: FolderReader;
  /** addRoot validates asynchronously: one at a time, so two overlapping folders cannot both pass. */
  private adding: Promise<unknown> = Promise.resolve();

  constructor(options: LibraryServiceOptions) {
    this.events = options.events;
    this.probe = options.probe;
    this.now = options.now ?? (() => new Date());
    this.reader = options.reader ?? new FolderReader();
    this.roots = new RootStore(options.db);
    this.queries = new MediaQueries(options.db);
    this.windows = new LibraryWindowQueries(options.db);
    this.writer = new ScanWriter(options.db);
    this.progress = new ProgressReporter((p) => this.events.emit('scan:progress', p));
    this.queue = new ScanQueue((rootId, signal) => this.runScan(rootId, signal));
  }

  listRoots(): LibraryRoot[] {
    return this.roots.list();
  }

  addRoot(path: string, kind?: LibraryKind): Promise<LibraryRoot> {
    const result = this.adding.then(() => this.addRootNow(path, kind));
    this.adding = result.catch(() => undefined);
    return result;
  }

  private async addRootNow(path: string, kind?: LibraryKind): Promise<LibraryRoot> {
    const valid = await validateNewRoot(path, this.roots.list());
    const detected = kind ?? (await detectLibraryKind(valid.path, valid.entries));
    let rootId: number;
    try {
      rootId = this.roots.insert(valid.path, detected, kind ? 'user' : 'auto');
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('ROOT_ALREADY_ADDED', `“${valid.path}” is already in your library.`, {
          cause: error,
        });
      }
      throw error;
    }
    this.events.emit('library:changed', { rootIds: [rootId] });
    this.queue.enqueue(rootId);
    return this.roots.get(rootId);
  }

  removeRoot(rootId: number): void {
    this.roots.get(rootId);
    this.queue.cancel(rootId);
    this.roots.remove(rootId);
    this.events.emit('library:changed', { rootIds: [rootId] });
  }

  setRootKind(rootId: number, kind: LibraryKind): LibraryRoot {
    this.roots.get(rootId);
    this.roots.setKind(rootId, kind);
    this.events.emit('library:changed', { rootIds: [rootId] });
    this.queue.enqueue(rootId);
    return this.roots.get(rootId);
  }

  rescan(rootId?: number): number {
    const ids = rootId === undefined ? this.roots.ids() : [this.roots.get(rootId).id];
    return ids.filter((id) => this.queue.enqueue(id)).length;
  }

  scanStatus(): ScanProgress | null {
    const current = this.progress.current;
    return current ? { ...current, queued: this.queue.waiting } : null;
  }

  listMedia(): MediaSummary[] {
    return this.queries.listMedia();
  }

  windowMedia(query: ResolvedWindowQuery): LibraryWindow {
    return this.windows.window(query);
  }

  selectedIds(selection: { filter: ResolvedFilter; exceptIds: number[] }): number[] {
    const ids = this.windows.matchingIds(selection.filter, selection.exceptIds);
    if (ids.length === 0) {
      throw new AppError('INVALID_INPUT', 'No titles match this selection any more. Select titles again.');
    }
    return ids;
  }

  getMedia(mediaId: number): MediaDetail {
    return this.queries.getMedia(mediaId);
  }

  listTrailers(mediaId: number): TrailerFile[] {
    return this.queries.listTrailers(mediaId);
  }

  posterPath(mediaId: number): string | null {
    return this.queries.posterPath(mediaId);
  }

  videoFile(downloadId: number): VideoFileRecord | null {
    return this.queries.videoFile(downloadId);
  }

  listFolders(path?: string): Promise<FolderListing> {
    return listFolders(path);
  }

  whenIdle(): Promise<void> {
    return this.queue.whenIdle();
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.reader.close();
    this.progress.stop();
  }

  private async runScan(rootId: number, signal: AbortSignal): Promise<void> {
    const root = this.roots.findScanTarget(rootId);
    if (!root) return;
    let summary: ScanSummary | null = null;
    const changes = new ChangeCoalescer(() => this.events.emit('library:changed', { rootIds: [rootId] }));
    try {
      summary = await scanRoot(
        {
          writer: this.writer,
          roots: this.roots,
          reader: this.reader,
          probe: this.probe,
          now: this.now,
          progress: (p, force) => this.progress.update({ ...p, queued: this.queue.waiting }, force),
          changed: () => changes.changed(),
        },
        root,
        signal,
      );
    } catch (error) {
      summary = signal.aborted ? null : this.recordFailure(root, error);
    } finally {
      this.progress.stop();
      // A finished scan says so below; a stopped one still tells of the titles it wrote.
      changes.settle(summary === null && this.rootExists(rootId));
    }
    if (!summary) return;
    this.events.emit('scan:finished', summary);
    this.events.emit('library:changed', { rootIds: [rootId] });
  }

  private rootExists(rootId: number): boolean {
    try {
      return this.roots.findScanTarget(rootId) !== null;
    } catch {
      return false;
    }
  }

  /** A scan that broke on something unexpected (a database error): tell the person, keep the queue going. */
  private recordFailure(root: RootToScan, error: unknown): ScanSummary | null {
    const at = this.now().toISOString();
    const summary: ScanSummary = {
      ...emptySummary(root, at),
      issues: [
        {
          path: root.path,
          reason: 'other',
          message: `The scan stopped: ${messageOf(error)}`,
        },
      ],
    };
    try {
      const current = this.roots.find(root.id);
      if (!current) return null;
      this.roots.recordScan(root.id, current.reachable, summary);
    } catch {
      // The database itself is failing; the event still tells the person.
    }
    return summary;
  }
}
