import type { LibraryFilter, LibrarySelection, MediaSummary } from '../../src-preload/contract';
import { maxPickedTitles } from '../../src-preload/contract/values';
import type { SliceCreator } from './types';

/** "All matching titles": the filter travels to main, never the ids (there may be 200,000). */
export interface MatchingSelection {
  filter: LibraryFilter;
  /** How many titles matched when selected. */
  count: number;
  /** Titles unticked by hand since. */
  exceptIds: ReadonlySet<number>;
}

/** The library's selection mode, for actions on many titles at once. */
export interface SelectionSlice {
  selecting: boolean;
  /** Titles ticked by hand, with whether their trailer link is known; a new map on every change. */
  selectedIds: ReadonlyMap<number, boolean>;
  /** Set instead of selectedIds when the person selected every matching title. */
  selectedMatching: MatchingSelection | null;
  setSelecting(on: boolean): void;
  toggleSelected(media: MediaSummary): void;
  /** Selects every title of the current search and filters whose trailer link is known. */
  selectMatchingWithLink(): Promise<void>;
  clearSelection(): void;
}

const none: ReadonlyMap<number, boolean> = new Map();

/** How many titles are selected. */
export function selectionCount(state: Pick<SelectionSlice, 'selectedIds' | 'selectedMatching'>): number {
  const matching = state.selectedMatching;
  return matching ? matching.count - matching.exceptIds.size : state.selectedIds.size;
}

/** Whether this title is ticked (a title shown under a matching selection is in it unless unticked). */
export function isSelected(
  state: Pick<SelectionSlice, 'selectedIds' | 'selectedMatching'>,
  media: MediaSummary,
): boolean {
  const matching = state.selectedMatching;
  if (matching) return media.hasTrailerSource && !matching.exceptIds.has(media.id);
  return state.selectedIds.has(media.id);
}

/** The selection as the bulk procedures take it: ids when picked by hand, else the filter. */
export function selectionInput(
  state: Pick<SelectionSlice, 'selectedIds' | 'selectedMatching'>,
): { mediaIds: number[] } | { matching: LibrarySelection } {
  const matching = state.selectedMatching;
  if (!matching) return { mediaIds: [...state.selectedIds.keys()] };
  return { matching: { filter: matching.filter, exceptIds: [...matching.exceptIds] } };
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (api) => (set, get) => ({
  selecting: false,
  selectedIds: none,
  selectedMatching: null,
  setSelecting(on) {
    set({ selecting: on, selectedIds: none, selectedMatching: null });
  },
  toggleSelected(media) {
    const matching = get().selectedMatching;
    if (matching) {
      const exceptIds = new Set(matching.exceptIds);
      if (!exceptIds.delete(media.id)) exceptIds.add(media.id);
      set({ selectedMatching: { ...matching, exceptIds } });
      return;
    }
    const next = new Map(get().selectedIds);
    if (!next.delete(media.id)) {
      if (next.size >= maxPickedTitles) {
        get().pushToast(
          'info',
          `Pick up to ${maxPickedTitles.toLocaleString()} titles by hand, or select all matching.`,
        );
        return;
      }
      next.set(media.id, media.hasTrailerSource);
    }
    set({ selectedIds: next });
  },
  async selectMatchingWithLink() {
    const { text, type, trailer } = get().libraryQuery;
    const filter: LibraryFilter = { text: text.trim(), type, trailer, source: 'has' };
    const result = await api.procedures['library:window']({ ...filter, offset: 0, limit: 1 });
    if (!result.ok) {
      get().pushToast('error', result.error.message);
      return;
    }
    set({
      selectedIds: none,
      selectedMatching:
        result.data.total > 0 ? { filter, count: result.data.total, exceptIds: new Set() } : null,
    });
  },
  clearSelection() {
    set({ selectedIds: none, selectedMatching: null });
  },
});
