import type { ConnectionStatus } from '../api/ws-client';
import type { LibraryQuery } from '../features/library/library-index';
import type { SliceCreator } from './types';

export interface UiSlice {
  connection: ConnectionStatus;
  libraryQuery: LibraryQuery;
  setConnection(status: ConnectionStatus): void;
  setLibraryQuery(patch: Partial<LibraryQuery>): void;
}

export const createUiSlice: SliceCreator<UiSlice> = () => (set) => ({
  connection: 'connecting',
  libraryQuery: { text: '', type: 'all', trailer: 'all', sort: 'title' },
  setConnection(status) {
    set({ connection: status });
  },
  setLibraryQuery(patch) {
    set((state) => ({ libraryQuery: { ...state.libraryQuery, ...patch } }));
  },
});
