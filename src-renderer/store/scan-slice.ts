import type { ScanProgress, ScanSummary } from '../../src-preload/contract';
import { describeScan } from './messages';
import type { SliceCreator } from './types';

export interface ScanSlice {
  scanProgress: ScanProgress | null;
  lastScan: ScanSummary | null;
  /** Asks main for a scan already running, e.g. after a reload or a reconnect. */
  loadScanStatus(): Promise<void>;
  onScanProgress(progress: ScanProgress): void;
  onScanFinished(summary: ScanSummary): void;
}

export const createScanSlice: SliceCreator<ScanSlice> = (api) => (set, get) => ({
  scanProgress: null,
  lastScan: null,
  async loadScanStatus() {
    const result = await api.procedures['library:scanStatus']();
    if (result.ok) set({ scanProgress: result.data });
  },
  onScanProgress(progress) {
    set({ scanProgress: progress });
  },
  onScanFinished(summary) {
    set({ scanProgress: null, lastScan: summary });
    const { kind, message } = describeScan(summary);
    get().pushToast(kind, message);
  },
});
