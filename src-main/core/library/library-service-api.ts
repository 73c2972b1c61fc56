import type {
  FolderListing,
  LibraryKind,
  LibraryRoot,
  MediaDetail,
  MediaSummary,
  ScanProgress,
  TrailerFile,
} from '../../../src-preload/contract/models';
import type { LibraryWindow } from '../../../src-preload/contract/library-window';
import type { ResolvedFilter, ResolvedWindowQuery } from './library-window';
import type { VideoFileRecord } from '../files/serve-video';

/** What the rest of the app needs from the library capability (implemented in library-service.ts). */
export interface LibraryServiceApi {
  listRoots(): LibraryRoot[];
  /** Validates (exists, is a folder, readable, not added, no overlap), inserts, queues its first scan. */
  addRoot(path: string, kind?: LibraryKind): Promise<LibraryRoot>;
  removeRoot(rootId: number): void;
  setRootKind(rootId: number, kind: LibraryKind): LibraryRoot;
  /** Queues a rescan of one root or all; returns how many roots were queued. */
  rescan(rootId?: number): number;
  scanStatus(): ScanProgress | null;
  listMedia(): MediaSummary[];
  /** A window of titles in a sort and filter, with the total and, if asked, the facets. */
  windowMedia(query: ResolvedWindowQuery): LibraryWindow;
  /** The titles of an "all matching" selection; a selection that matches nothing is an error. */
  selectedIds(selection: { filter: ResolvedFilter; exceptIds: number[] }): number[];
  getMedia(mediaId: number): MediaDetail;
  listTrailers(mediaId: number): TrailerFile[];
  /** The poster file to serve for a title, or null. */
  posterPath(mediaId: number): string | null;
  /** Where a download's file is recorded (with its title folder and root), for the player; or null. */
  videoFile(downloadId: number): VideoFileRecord | null;
  listFolders(path?: string): Promise<FolderListing>;
  /** Resolves when no scan is running or queued (tests, shutdown). */
  whenIdle(): Promise<void>;
  /** Stops queued and running scans; safe to call twice. */
  close(): Promise<void>;
}
