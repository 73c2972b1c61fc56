import type { ProcedureInput, ServerLibraries } from '../../src-preload/contract';
import type { LoadStatus, SliceCreator } from './types';

type LibrariesInput = ProcedureInput<'connections:serverLibraries'>;

export interface ServerLibrariesView {
  status: LoadStatus;
  found: ServerLibraries | null;
}

/** Plex, Jellyfin and Emby: their libraries (with each folder's path here) and suggested mappings. */
export interface MediaServersSlice {
  /** By saved connection id: what its card shows once opened. */
  serverLibraries: Record<number, ServerLibrariesView>;
  /** The editor's: a draft's or the saved server's, with the mappings being edited. */
  editorServerLibraries: ServerLibrariesView | null;
  loadServerLibraries(connectionId: number): Promise<void>;
  loadEditorServerLibraries(input: LibrariesInput): Promise<void>;
  clearEditorServerLibraries(): void;
}

export const createMediaServersSlice: SliceCreator<MediaServersSlice> = (api) => (set) => {
  let editorRequest = 0;
  const cardRequests = new Map<number, number>();

  return {
    serverLibraries: {},
    editorServerLibraries: null,

    async loadServerLibraries(connectionId) {
      const mine = (cardRequests.get(connectionId) ?? 0) + 1;
      cardRequests.set(connectionId, mine);
      set((state) => ({
        serverLibraries: {
          ...state.serverLibraries,
          [connectionId]: { status: 'loading', found: state.serverLibraries[connectionId]?.found ?? null },
        },
      }));
      const result = await api.procedures['connections:serverLibraries']({ id: connectionId });
      if (cardRequests.get(connectionId) !== mine) return;
      const view: ServerLibrariesView = result.ok
        ? { status: 'ready', found: result.data }
        : { status: 'error', found: null };
      set((state) => ({ serverLibraries: { ...state.serverLibraries, [connectionId]: view } }));
    },

    async loadEditorServerLibraries(input) {
      const mine = ++editorRequest;
      set({ editorServerLibraries: { status: 'loading', found: null } });
      const result = await api.procedures['connections:serverLibraries'](input);
      if (mine !== editorRequest) return;
      set({
        editorServerLibraries: result.ok
          ? { status: 'ready', found: result.data }
          : { status: 'error', found: null },
      });
    },

    clearEditorServerLibraries() {
      editorRequest++;
      set({ editorServerLibraries: null });
    },
  };
};
