import type { JobFilter } from '../../src-preload/contract';
import type { ConnectionStatus } from '../api/ws-client';
import type { LibraryQuery } from '../features/library/library-query';
import type { SliceCreator } from './types';

export interface UiSlice {
  connection: ConnectionStatus;
  libraryQuery: LibraryQuery;
  /** The Activity page's tab, kept while the person visits other pages. */
  activityFilter: JobFilter;
  setConnection(status: ConnectionStatus): void;
  setLibraryQuery(patch: Partial<LibraryQuery>): void;
  setActivityFilter(filter: JobFilter): void;
}

export const createUiSlice: SliceCreator<UiSlice> = () => (set) => ({
  connection: 'connecting',
  libraryQuery: { text: '', type: 'all', trailer: 'all', sort: 'title' },
  activityFilter: 'all',
  setConnection(status) {
    set({ connection: status });
  },
  setLibraryQuery(patch) {
    // "All matching" meant the titles of the old search and filters: a new one ends it.
    const refilters = patch.text !== undefined || patch.type !== undefined || patch.trailer !== undefined;
    set((state) => ({
      libraryQuery: { ...state.libraryQuery, ...patch },
      ...(refilters && state.selectedMatching ? { selectedMatching: null } : {}),
    }));
  },
  setActivityFilter(filter) {
    set({ activityFilter: filter });
  },
});
