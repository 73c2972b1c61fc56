import type { AuditCounts, AuditProblem, AuditWindow } from '../../src-preload/contract';
import { stretchFor } from './activity-window-slice';
import type { LoadStatus, SliceCreator } from './types';

/** The quality audit page: the counts per problem, the filter, and the stretch of the list in view. */
export interface AuditSlice {
  /** Null until the page first loads. */
  auditCounts: AuditCounts | null;
  /** The stretch of the filtered list around the rows in view, with the filter's total. */
  audit: AuditWindow;
  auditStatus: LoadStatus;
  /** Counts and the list's first stretch: once per visit of the page. */
  loadAudit(): Promise<void>;
  /** The Audit page opened (loads it) or closed: only an open page follows changes. */
  setAuditOpen(open: boolean): void;
  /**
   * Trailers or profiles changed (a scan, a job, a deletion, a profile edit): refetches the counts
   * and the rows in view while the page is open, one request at a time for a burst of events.
   */
  onAuditSourcesChanged(): void;
  /** Lists the files with this problem (null: any problem), from the top. */
  setAuditProblem(problem: AuditProblem | null): Promise<void>;
  /** The table's rows in view, [start, end): fetches the stretch around them unless held. */
  showAuditRange(start: number, end: number): void;
}

const emptyAudit: AuditWindow = { rows: [], offset: 0, total: 0, problem: null };

/**
 * `run` one call at a time: calls while it runs ask for one more run after it (with the state as it
 * is then), so a burst of events costs one request per round trip, not one per event.
 */
function oneAtATime(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await run();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}

export const createAuditSlice: SliceCreator<AuditSlice> = (api) => (set, get) => {
  let range = { start: 0, end: 0 };
  let open = false;

  async function fetchWindow(): Promise<void> {
    const problem = get().audit.problem;
    const result = await api.procedures['audit:window']({ ...stretchFor(range.start, range.end), problem });
    // A filter chosen while this was on its way wins: its own fetch follows.
    if (get().audit.problem !== problem) return;
    if (result.ok) set({ audit: result.data, auditStatus: 'ready' });
    else set({ auditStatus: 'error' });
  }

  const loadWindow = oneAtATime(fetchWindow);

  const loadAll = oneAtATime(async () => {
    const [counts] = await Promise.all([api.procedures['audit:counts'](), loadWindow()]);
    if (counts.ok) set({ auditCounts: counts.data });
    else set({ auditStatus: 'error' });
  });

  return {
    auditCounts: null,
    audit: emptyAudit,
    auditStatus: 'idle',

    loadAudit() {
      if (get().auditStatus !== 'ready') set({ auditStatus: 'loading' });
      return loadAll();
    },

    setAuditOpen(isOpen) {
      open = isOpen;
      // Once per visit: the files and the profiles may have changed while the page was closed.
      if (isOpen) void get().loadAudit();
    },

    onAuditSourcesChanged() {
      // The rows stay on screen while they refetch (no "Loading…" flash, the focus stays put).
      if (open) void loadAll();
    },

    setAuditProblem(problem) {
      if (get().audit.problem === problem) return Promise.resolve();
      range = { start: 0, end: 0 };
      // A selection belongs to the filter it was made in.
      get().clearAuditSelection();
      set({ audit: { ...emptyAudit, problem }, auditStatus: 'loading' });
      return loadWindow();
    },

    showAuditRange(start, end) {
      range = { start, end };
      const { offset, rows, total } = get().audit;
      const heldEnd = offset + rows.length;
      if (
        get().auditStatus === 'ready' &&
        offset <= start &&
        (heldEnd >= Math.min(end, total) || heldEnd >= total)
      ) {
        return;
      }
      void loadWindow();
    },
  };
};
