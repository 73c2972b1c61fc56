import type { ContractError, DiagnosticsReport } from '../../src-preload/contract';
import { copyText } from '../app/clipboard';
import type { LoadStatus, SliceCreator } from './types';

/** The checklist (first run and Diagnostics): tools, the data folder and each library folder. */
export interface DiagnosticsSlice {
  diagnostics: DiagnosticsReport | null;
  /** 'loading' while a run is on, also when an older report is shown meanwhile. */
  diagnosticsStatus: LoadStatus;
  diagnosticsError: ContractError | null;
  copyingDiagnostics: boolean;
  /** The report to copy by hand, when the clipboard was unavailable or refused; else null. */
  diagnosticsCopyFallback: string | null;
  /** Runs the checks; calls made while one runs fold into one more run. */
  runDiagnostics(): Promise<void>;
  /** Puts the redacted report on the clipboard, or offers it for copying by hand. */
  copyDiagnostics(): Promise<void>;
  closeDiagnosticsFallback(): void;
  /** Hides the first-run checklist for good; Diagnostics stays in the sidebar. */
  dismissFirstRun(): Promise<void>;
}

export const createDiagnosticsSlice: SliceCreator<DiagnosticsSlice> = (api) => (set, get) => {
  let running: Promise<void> | null = null;
  let again = false;

  async function runOnce(): Promise<void> {
    set({ diagnosticsStatus: 'loading' });
    const result = await api.procedures['diagnostics:run']();
    if (result.ok) set({ diagnostics: result.data, diagnosticsStatus: 'ready', diagnosticsError: null });
    else set({ diagnosticsStatus: 'error', diagnosticsError: result.error });
  }

  return {
    diagnostics: null,
    diagnosticsStatus: 'idle',
    diagnosticsError: null,
    copyingDiagnostics: false,
    diagnosticsCopyFallback: null,

    runDiagnostics() {
      if (running) {
        // A folder added during a run is not in its report: check once more after it.
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await runOnce();
        } while (again);
        running = null;
      })();
      return running;
    },

    async copyDiagnostics() {
      if (get().copyingDiagnostics) return;
      set({ copyingDiagnostics: true });
      const result = await api.procedures['diagnostics:report']();
      if (!result.ok) {
        set({ copyingDiagnostics: false });
        get().pushToast('error', result.error.message);
        return;
      }
      const copied = await copyText(result.data.text);
      set({ copyingDiagnostics: false, diagnosticsCopyFallback: copied ? null : result.data.text });
      if (copied) get().pushToast('success', 'Diagnostics copied to the clipboard.');
      else
        get().pushToast(
          'info',
          'The clipboard is not available here: the diagnostics are shown below, selected, ready to copy.',
        );
    },

    closeDiagnosticsFallback() {
      set({ diagnosticsCopyFallback: null });
    },

    async dismissFirstRun() {
      const result = await api.procedures['diagnostics:dismissFirstRun']();
      if (!result.ok) {
        get().pushToast('error', result.error.message);
        return;
      }
      set((state) => ({ appInfo: state.appInfo ? { ...state.appInfo, firstRunPending: false } : null }));
    },
  };
};
