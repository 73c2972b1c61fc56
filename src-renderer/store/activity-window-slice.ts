import type { DownloadJob, JobFilter, JobFilterCounts, JobsChanged } from '../../src-preload/contract';
import type { LoadStatus, SliceCreator } from './types';

/** The rows of the Activity list the window holds: one stretch around the rows in view. */
export interface ActivityWindow {
  filter: JobFilter;
  /** Where `rows` start in the filter's list. */
  offset: number;
  rows: DownloadJob[];
  /** Jobs in the filter, most of which the window never holds. */
  total: number;
  status: LoadStatus;
}

export interface ActivityWindowSlice {
  activityWindow: ActivityWindow;
  /** Jobs per Activity tab, from main's count query (the sidebar's badge and the tabs). */
  downloadCounts: JobFilterCounts | null;
  /** The Activity page opened or closed: while closed, job changes refetch the counts only. */
  setActivityOpen(open: boolean): void;
  /** The table's rows in view, [start, end): fetches the stretch around them unless it is held. */
  showActivityRange(start: number, end: number): void;
  /** Jobs changed or the filter did: fetches the counts, and the rows in view while the page is open. */
  refreshActivity(): void;
  /**
   * Main's change event: takes its counts, and refetches the rows in view (one request for a burst)
   * only when the list moved (its total did) or a changed job is among the rows held.
   */
  onActivityJobsChanged(changed: JobsChanged): void;
}

/** Rows are asked for in whole pages, with a margin each side of the rows in view. */
export const activityPageSize = 100;
const margin = 50;
/** At least this many rows from the top: a short list is then always held whole. */
const firstStretch = 200;
/** The server's largest page (`jobWindowMaxLimit`). */
const maxStretch = 500;

/** The pages to ask for so that [start, end) and its margins are held. */
export function stretchFor(start: number, end: number): { offset: number; limit: number } {
  const offset = Math.floor(Math.max(0, start - margin) / activityPageSize) * activityPageSize;
  const wantedEnd = Math.max(end + margin, offset + firstStretch);
  const limit = Math.ceil(wantedEnd / activityPageSize) * activityPageSize - offset;
  return { offset, limit: Math.min(limit, maxStretch) };
}

function holds(window: ActivityWindow, filter: JobFilter, start: number, end: number): boolean {
  if (window.filter !== filter || window.status !== 'ready') return false;
  const heldEnd = window.offset + window.rows.length;
  return window.offset <= start && (heldEnd >= Math.min(end, window.total) || heldEnd >= window.total);
}

const emptyWindow: ActivityWindow = { filter: 'all', offset: 0, rows: [], total: 0, status: 'idle' };

export const createActivityWindowSlice: SliceCreator<ActivityWindowSlice> = (api) => (set, get) => {
  let open = false;
  let range = { start: 0, end: 0 };
  // One request at a time; changes during it ask for one more, with the range as it is then.
  let inFlight = false;
  let again = false;

  async function fetchOnce(): Promise<void> {
    if (!open) {
      const counts = await api.procedures['downloads:counts']();
      if (counts.ok) set({ downloadCounts: counts.data });
      return;
    }
    const filter = get().activityFilter;
    if (get().activityWindow.filter !== filter) {
      // Another tab starts at its top.
      range = { start: 0, end: 0 };
      set({ activityWindow: { ...emptyWindow, filter, status: 'loading' } });
    }
    const { offset, limit } = stretchFor(range.start, range.end);
    const result = await api.procedures['downloads:window']({ filter, offset, limit });
    if (!result.ok) {
      set((state) => ({ activityWindow: { ...state.activityWindow, status: 'error' } }));
      return;
    }
    const { rows, total, counts } = result.data;
    set({ activityWindow: { filter, offset, rows, total, status: 'ready' }, downloadCounts: counts });
  }

  async function fetchWindow(): Promise<void> {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    try {
      do {
        again = false;
        await fetchOnce();
      } while (again);
    } finally {
      inFlight = false;
    }
  }

  return {
    activityWindow: emptyWindow,
    downloadCounts: null,

    setActivityOpen(isOpen) {
      open = isOpen;
      // The page opens at the top of its list.
      if (isOpen) range = { start: 0, end: 0 };
      if (isOpen) void fetchWindow();
    },

    showActivityRange(start, end) {
      range = { start, end };
      if (!holds(get().activityWindow, get().activityFilter, start, end)) void fetchWindow();
    },

    refreshActivity() {
      void fetchWindow();
    },

    onActivityJobsChanged({ changes, counts }) {
      set({ downloadCounts: counts });
      if (!open) return;
      const { activityWindow: held, activityFilter } = get();
      const moved = held.filter !== activityFilter || held.total !== counts[activityFilter];
      if (moved || changes.some((change) => held.rows.some((row) => row.id === change.id)))
        void fetchWindow();
    },
  };
};
