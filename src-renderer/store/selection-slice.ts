import type { SliceCreator } from './types';

/** The library's selection mode, for actions on many titles at once. */
export interface SelectionSlice {
  selecting: boolean;
  /** A new set on every change, so components can compare by reference. */
  selectedIds: ReadonlySet<number>;
  setSelecting(on: boolean): void;
  toggleSelected(mediaId: number): void;
  /** Adds these titles to the selection. */
  selectMany(mediaIds: readonly number[]): void;
  clearSelection(): void;
}

const none: ReadonlySet<number> = new Set();

export const createSelectionSlice: SliceCreator<SelectionSlice> = () => (set) => ({
  selecting: false,
  selectedIds: none,
  setSelecting(on) {
    set({ selecting: on, selectedIds: none });
  },
  toggleSelected(mediaId) {
    set((state) => {
      const next = new Set(state.selectedIds);
      if (!next.delete(mediaId)) next.add(mediaId);
      return { selectedIds: next };
    });
  },
  selectMany(mediaIds) {
    set((state) => ({ selectedIds: new Set([...state.selectedIds, ...mediaIds]) }));
  },
  clearSelection() {
    set({ selectedIds: none });
  },
});
