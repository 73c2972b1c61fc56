import type {
  AppInfo,
  ContractError,
  LibraryFacets,
  LibraryKind,
  LibraryRoot,
  MediaSummary,
  Result,
} from '../../src-preload/contract';
import { libraryPageSize, pagesOf, queryKey, type LibraryQuery } from '../features/library/library-query';
import type { LoadStatus, SliceCreator } from './types';

/** The part of the library the page shows: pages of rows in one sort and filter, fetched on demand. */
export interface LibraryView {
  /** The query these pages answer (see queryKey). */
  key: string;
  /** Titles matching the query. */
  total: number;
  /** Titles in the library, whatever the query. */
  size: number;
  facets: LibraryFacets | null;
  pages: ReadonlyMap<number, readonly MediaSummary[]>;
}

export interface LibrarySlice {
  appInfo: AppInfo | null;
  roots: LibraryRoot[];
  libraryView: LibraryView;
  libraryStatus: LoadStatus;
  libraryError: ContractError | null;
  /** The first load (app info, folders, titles) has finished, well or not. */
  ready: boolean;
  loadLibrary(): Promise<void>;
  /**
   * Refetches the folders and the pages in view for the current query (from the top when the
   * query changed); calls made while one runs fold into one more run.
   */
  refreshLibrary(): Promise<void>;
  /** The grid shows items first..last: fetches the pages among them not loaded yet. */
  showLibraryRange(first: number, last: number): void;
  /** The native folder dialog when there is one, else the in-window folder browser. */
  addFolder(): Promise<void>;
  addRoot(path: string, kind?: LibraryKind): Promise<Result<LibraryRoot>>;
  addDroppedPaths(paths: string[]): Promise<void>;
  removeRoot(rootId: number): Promise<boolean>;
  setRootKind(rootId: number, kind: LibraryKind): Promise<void>;
  rescan(rootId?: number): Promise<void>;
}

// Pages kept beyond those in view: enough to scroll back without a refetch, bounded so that
// scrolling through 200,000 titles does not keep them all.
const maxCachedPages = 24;

const emptyView: LibraryView = { key: '', total: 0, size: 0, facets: null, pages: new Map() };

export const createLibrarySlice: SliceCreator<LibrarySlice> = (api) => (set, get) => {
  let running: Promise<void> | null = null;
  let again = false;
  let inView = { first: 0, last: 0 };
  const loading = new Set<string>();

  function askWindow(query: LibraryQuery, page: number, facets: boolean) {
    return api.procedures['library:window']({
      offset: page * libraryPageSize,
      limit: libraryPageSize,
      sort: query.sort,
      type: query.type,
      trailer: query.trailer,
      text: query.text.trim(),
      facets,
    });
  }

  async function fetchAll(): Promise<void> {
    const query = get().libraryQuery;
    const key = queryKey(query);
    if (get().libraryView.key !== key) inView = { first: 0, last: 0 };
    const wanted = pagesOf(inView.first, inView.last);
    const [roots, ...windows] = await Promise.all([
      api.procedures['library:listRoots'](),
      ...wanted.map((page, i) => askWindow(query, page, i === 0)),
    ]);
    if (roots.ok) set({ roots: roots.data });
    const failed = windows.find((w) => !w.ok);
    const first = windows[0];
    if (!failed && first?.ok && queryKey(get().libraryQuery) === key) {
      const pages = new Map<number, readonly MediaSummary[]>();
      windows.forEach((w, i) => {
        if (w.ok) pages.set(wanted[i] as number, w.data.rows);
      });
      const { total, size, facets } = first.data;
      set({ libraryView: { key, total, size, facets, pages } });
    }
    const error = !roots.ok ? roots.error : failed && !failed.ok ? failed.error : null;
    set({ libraryStatus: error ? 'error' : 'ready', libraryError: error });
  }

  async function fetchPage(key: string, page: number): Promise<void> {
    const tag = `${key}:${page}`;
    if (loading.has(tag)) return;
    loading.add(tag);
    const result = await askWindow(get().libraryQuery, page, false);
    loading.delete(tag);
    const view = get().libraryView;
    if (!result.ok || view.key !== key || queryKey(get().libraryQuery) !== key) return;
    const pages = new Map(view.pages);
    pages.set(page, result.data.rows);
    const keep = new Set(pagesOf(inView.first, inView.last));
    const centre = Math.floor(inView.first / libraryPageSize);
    const farthest = [...pages.keys()]
      .filter((p) => !keep.has(p))
      .sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    while (pages.size > maxCachedPages && farthest.length > 0) pages.delete(farthest.shift() as number);
    const { total, size } = result.data;
    set({ libraryView: { ...view, total, size, pages } });
  }

  function toastError(error: ContractError): void {
    get().pushToast('error', error.message);
  }

  return {
    appInfo: null,
    roots: [],
    libraryView: emptyView,
    libraryStatus: 'idle',
    libraryError: null,
    ready: false,

    async loadLibrary() {
      set({ libraryStatus: 'loading' });
      const info = await api.procedures['app:info']();
      if (info.ok) set({ appInfo: info.data });
      await Promise.all([get().refreshLibrary(), get().loadScanStatus()]);
      if (!info.ok) set({ libraryStatus: 'error', libraryError: info.error });
      set({ ready: true });
    },

    refreshLibrary() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await fetchAll();
        } while (again);
        running = null;
      })();
      return running;
    },

    showLibraryRange(first, last) {
      inView = { first, last: Math.max(first, last) };
      const view = get().libraryView;
      if (view.key === '') return;
      for (const page of pagesOf(inView.first, inView.last)) {
        if (!view.pages.has(page) && page * libraryPageSize < view.total) void fetchPage(view.key, page);
      }
    },

    async addFolder() {
      if (!get().appInfo?.nativeFolderPicker) {
        get().openPicker();
        return;
      }
      const picked = await api.procedures['dialog:pickFolder']();
      if (!picked.ok) return toastError(picked.error);
      if (picked.data.path !== null) await get().addRoot(picked.data.path);
    },
    async addRoot(path, kind) {
      const result = await api.procedures['library:addRoot'](kind ? { path, kind } : { path });
      if (result.ok) {
        get().pushToast('success', `Added folder ${result.data.path}. Scanning it now.`);
        void get().refreshLibrary();
      } else {
        toastError(result.error);
      }
      return result;
    },

    async addDroppedPaths(paths) {
      // One at a time: a folder inside another just dropped gets a clear "overlaps" message.
      for (const path of paths) await get().addRoot(path);
    },

    async removeRoot(rootId) {
      const root = get().roots.find((r) => r.id === rootId);
      const result = await api.procedures['library:removeRoot']({ rootId });
      if (!result.ok) {
        toastError(result.error);
        return false;
      }
      get().pushToast(
        'success',
        `Removed folder ${root?.path ?? ''} from Trailerdeck. Nothing on disk was deleted.`,
      );
      await get().refreshLibrary();
      return true;
    },

    async setRootKind(rootId, kind) {
      const result = await api.procedures['library:setRootKind']({ rootId, kind });
      if (!result.ok) return toastError(result.error);
      set((state) => ({ roots: state.roots.map((r) => (r.id === rootId ? result.data : r)) }));
      get().pushToast(
        'success',
        `${result.data.path} now holds ${kind === 'movies' ? 'movies' : 'series'}. Rescanning it.`,
      );
    },

    async rescan(rootId) {
      const result = await api.procedures['library:rescan'](rootId === undefined ? {} : { rootId });
      if (!result.ok) return toastError(result.error);
      if (result.data.queued === 0) get().pushToast('info', 'Those folders are already being scanned.');
    },
  };
};
