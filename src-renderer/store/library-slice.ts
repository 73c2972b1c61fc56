import type { AppInfo, ContractError, LibraryKind, LibraryRoot, Result } from '../../src-preload/contract';
import { buildIndex, type LibraryIndex } from '../features/library/library-index';
import type { LoadStatus, SliceCreator } from './types';

export interface LibrarySlice {
  appInfo: AppInfo | null;
  roots: LibraryRoot[];
  library: LibraryIndex;
  libraryStatus: LoadStatus;
  libraryError: ContractError | null;
  /** The first load (app info, folders, titles) has finished, well or not. */
  ready: boolean;
  loadLibrary(): Promise<void>;
  /** Refetches folders and titles; calls made while one runs fold into one more run. */
  refreshLibrary(): Promise<void>;
  /** The native folder dialog when there is one, else the in-window folder browser. */
  addFolder(): Promise<void>;
  addRoot(path: string, kind?: LibraryKind): Promise<Result<LibraryRoot>>;
  addDroppedPaths(paths: string[]): Promise<void>;
  removeRoot(rootId: number): Promise<boolean>;
  setRootKind(rootId: number, kind: LibraryKind): Promise<void>;
  rescan(rootId?: number): Promise<void>;
}

export const createLibrarySlice: SliceCreator<LibrarySlice> = (api) => (set, get) => {
  let running: Promise<void> | null = null;
  let again = false;

  async function fetchAll(): Promise<void> {
    const [roots, list] = await Promise.all([
      api.procedures['library:listRoots'](),
      api.procedures['library:list'](),
    ]);
    if (roots.ok) set({ roots: roots.data });
    if (list.ok) set({ library: buildIndex(list.data) });
    const error = !roots.ok ? roots.error : !list.ok ? list.error : null;
    set({ libraryStatus: error ? 'error' : 'ready', libraryError: error });
  }

  function toastError(error: ContractError): void {
    get().pushToast('error', error.message);
  }

  return {
    appInfo: null,
    roots: [],
    library: buildIndex([]),
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
