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
  /** Lists the files with this problem (null: any problem), from the top. */
  setAuditProblem(problem: AuditProblem | null): Promise<void>;
  /** The table's rows in view, [start, end): fetches the stretch around them unless held. */
  showAuditRange(start: number, end: number): void;
}

const emptyAudit: AuditWindow = { rows: [], offset: 0, total: 0, problem: null };

export const createAuditSlice: SliceCreator<AuditSlice> = (api) => (set, get) => {
  let range = { start: 0, end: 0 };
  let listing: Promise<void> | null = null;
  let listAgain = false;

  async function fetchWindow(): Promise<void> {
    const problem = get().audit.problem;
    const result = await api.procedures['audit:window']({ ...stretchFor(range.start, range.end), problem });
    // A filter chosen while this was on its way wins: its own fetch follows.
    if (get().audit.problem !== problem) return;
    if (result.ok) set({ audit: result.data, auditStatus: 'ready' });
    else set({ auditStatus: 'error' });
  }

  function loadWindow(): Promise<void> {
    if (listing) {
      listAgain = true;
      return listing;
    }
    listing = (async () => {
      do {
        listAgain = false;
        await fetchWindow();
      } while (listAgain);
      listing = null;
    })();
    return listing;
  }

  return {
    auditCounts: null,
    audit: emptyAudit,
    auditStatus: 'idle',

    async loadAudit() {
      if (get().auditStatus !== 'ready') set({ auditStatus: 'loading' });
      const [counts] = await Promise.all([api.procedures['audit:counts'](), loadWindow()]);
      if (counts.ok) set({ auditCounts: counts.data });
      else set({ auditStatus: 'error' });
    },

    setAuditProblem(problem) {
      if (get().audit.problem === problem) return Promise.resolve();
      range = { start: 0, end: 0 };
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
