import { auditUpgradeMaxIds } from '../../src-preload/contract/values';
import { describeEnqueueMany } from './download-messages';
import type { SliceCreator } from './types';

/** The Audit page's selection and its Upgrade / Replace. */
export interface AuditSelectionSlice {
  /** Files picked by hand (their download ids), in the order picked. */
  auditPicked: number[];
  /** Every file of the current filter: sent as the filter, never as a list of ids. */
  auditAllInFilter: boolean;
  auditUpgrading: boolean;
  toggleAuditFile(downloadId: number): void;
  /** "Select all N in this filter" on or off. */
  setAuditAllInFilter(on: boolean): void;
  clearAuditSelection(): void;
  /** Queues an upgrade of the selection; true when something was queued or skipped for a reason. */
  upgradeAuditSelection(): Promise<boolean>;
}

/** How many files the selection holds: the filter's total, or those picked. */
export function auditSelectionCount(state: {
  auditPicked: number[];
  auditAllInFilter: boolean;
  audit: { total: number };
}): number {
  return state.auditAllInFilter ? state.audit.total : state.auditPicked.length;
}

export const createAuditSelectionSlice: SliceCreator<AuditSelectionSlice> = (api) => (set, get) => ({
  auditPicked: [],
  auditAllInFilter: false,
  auditUpgrading: false,

  toggleAuditFile(downloadId) {
    const picked = get().auditPicked;
    if (picked.includes(downloadId)) {
      set({ auditPicked: picked.filter((id) => id !== downloadId) });
      return;
    }
    if (picked.length >= auditUpgradeMaxIds) {
      get().pushToast(
        'info',
        `At most ${auditUpgradeMaxIds} files are picked by hand; select all in the filter instead.`,
      );
      return;
    }
    set({ auditPicked: [...picked, downloadId] });
  },

  setAuditAllInFilter(on) {
    set({ auditAllInFilter: on, auditPicked: [] });
  },

  clearAuditSelection() {
    set({ auditAllInFilter: false, auditPicked: [] });
  },

  async upgradeAuditSelection() {
    const { auditAllInFilter, auditPicked, audit } = get();
    if (!auditAllInFilter && auditPicked.length === 0) return false;
    set({ auditUpgrading: true });
    const result = await api.procedures['audit:upgrade'](
      auditAllInFilter ? { problem: audit.problem } : { downloadIds: auditPicked },
    );
    set({ auditUpgrading: false });
    if (!result.ok) {
      get().pushToast('error', result.error.message);
      return false;
    }
    // The files stay listed until their replacements are filed; the page then refetches by itself.
    get().clearAuditSelection();
    get().refreshActivity();
    get().pushToast(
      result.data.queued > 0 ? 'success' : 'info',
      describeEnqueueMany(result.data, 0, 'upgrade'),
    );
    return true;
  },
});
