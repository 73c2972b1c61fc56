import type {
  ArrSyncProgress,
  ArrWebhookInfo,
  MappingSuggestions,
  NotOnDiskWindow,
} from '../../src-preload/contract';
import type { LoadStatus, SliceCreator } from './types';

/** How many not-on-disk titles one request asks for. */
export const notOnDiskPage = 100;

export interface NotOnDiskView {
  connectionId: number;
  status: LoadStatus;
  /** The rows held: a window of the connection's not-on-disk titles, from `offset`. */
  window: NotOnDiskWindow | null;
}

/** Radarr and Sonarr: their syncs, suggested mappings, not-on-disk titles and webhooks. */
export interface ArrSyncSlice {
  /** By connection id: where each Arr's sync stands, with its last summary. */
  arrSync: Record<number, ArrSyncProgress>;
  /** The editor's suggested mappings (a saved Arr only: main asks the Arr and reads the disk). */
  mappingSuggestions: { connectionId: number; status: LoadStatus; found: MappingSuggestions | null } | null;
  /** The not-on-disk list open on one card. */
  notOnDisk: NotOnDiskView | null;
  /** By connection id, once asked for. */
  webhooks: Record<number, ArrWebhookInfo>;
  loadArrSync(): Promise<void>;
  onArrSyncProgress(progress: ArrSyncProgress): void;
  startArrSync(connectionId: number): Promise<void>;
  loadMappingSuggestions(connectionId: number): Promise<void>;
  clearMappingSuggestions(): void;
  /** Opens (or pages) the not-on-disk list of one connection; null closes it. */
  showNotOnDisk(connectionId: number | null, offset?: number): Promise<void>;
  loadWebhook(connectionId: number): Promise<void>;
  updateWebhook(
    connectionId: number,
    patch: { rotateSecret?: boolean; fetchTrailers?: boolean },
  ): Promise<void>;
}

export const createArrSyncSlice: SliceCreator<ArrSyncSlice> = (api) => (set, get) => {
  let suggestionRequest = 0;
  let notOnDiskRequest = 0;

  return {
    arrSync: {},
    mappingSuggestions: null,
    notOnDisk: null,
    webhooks: {},

    async loadArrSync() {
      const result = await api.procedures['connections:syncStatus']();
      if (result.ok) set({ arrSync: Object.fromEntries(result.data.map((p) => [p.connectionId, p])) });
    },

    onArrSyncProgress(progress) {
      set((state) => ({ arrSync: { ...state.arrSync, [progress.connectionId]: progress } }));
      // A finished sync changes what is not on disk: the open list shows it again from the top.
      const open = get().notOnDisk;
      if (!progress.running && open?.connectionId === progress.connectionId) {
        void get().showNotOnDisk(progress.connectionId, 0);
      }
    },

    async startArrSync(connectionId) {
      const result = await api.procedures['connections:sync']({ id: connectionId });
      if (result.ok) get().onArrSyncProgress(result.data);
      else get().pushToast('error', result.error.message);
    },

    async loadMappingSuggestions(connectionId) {
      const mine = ++suggestionRequest;
      set({ mappingSuggestions: { connectionId, status: 'loading', found: null } });
      const result = await api.procedures['connections:suggestMappings']({ id: connectionId });
      if (mine !== suggestionRequest) return;
      set({
        mappingSuggestions: result.ok
          ? { connectionId, status: 'ready', found: result.data }
          : { connectionId, status: 'error', found: null },
      });
    },

    clearMappingSuggestions() {
      suggestionRequest++;
      set({ mappingSuggestions: null });
    },

    async showNotOnDisk(connectionId, offset = 0) {
      const mine = ++notOnDiskRequest;
      if (connectionId === null) return set({ notOnDisk: null });
      const held = get().notOnDisk;
      const window = held?.connectionId === connectionId ? held.window : null;
      set({ notOnDisk: { connectionId, status: 'loading', window } });
      const result = await api.procedures['connections:notOnDisk']({
        id: connectionId,
        offset,
        limit: notOnDiskPage,
      });
      if (mine !== notOnDiskRequest) return;
      set({
        notOnDisk: result.ok
          ? { connectionId, status: 'ready', window: result.data }
          : { connectionId, status: 'error', window },
      });
    },

    async loadWebhook(connectionId) {
      const result = await api.procedures['connections:webhook']({ id: connectionId });
      if (result.ok) set((state) => ({ webhooks: { ...state.webhooks, [connectionId]: result.data } }));
      else get().pushToast('error', result.error.message);
    },

    async updateWebhook(connectionId, patch) {
      const result = await api.procedures['connections:updateWebhook']({ id: connectionId, ...patch });
      if (!result.ok) return get().pushToast('error', result.error.message);
      set((state) => ({ webhooks: { ...state.webhooks, [connectionId]: result.data } }));
      if (patch.rotateSecret) {
        get().pushToast('success', 'New webhook password: paste it into the webhook in the app.');
      }
    },
  };
};
