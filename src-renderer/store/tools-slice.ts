import type { ContractError, InstallProgress, ProcedureInput, ToolsStatus } from '../../src-preload/contract';
import {
  describeInstalled,
  describePathChange,
  describeSettingsChange,
  describeUpdateCheck,
} from './tools-messages';
import type { LoadStatus, SliceCreator } from './types';
import { withTools } from '../features/diagnostics/diagnostics-format';

export type ToolsSettingsPatch = NonNullable<ProcedureInput<'tools:updateSettings'>>;

/** yt-dlp, ffmpeg and ffprobe: where they were found, and the copy of yt-dlp the app manages. */
export interface ToolsSlice {
  toolsStatus: ToolsStatus | null;
  toolsLoad: LoadStatus;
  /** The managed yt-dlp's download while one runs (here or from another window); else null. */
  installProgress: InstallProgress | null;
  /** What this window asked for and is waiting on. */
  toolsBusy: 'installing' | 'checking' | null;
  loadTools(): Promise<void>;
  onToolsChanged(status: ToolsStatus): void;
  onInstallProgress(progress: InstallProgress): void;
  /** The refusal comes back for the form to show next to its field. */
  updateToolsSettings(patch: ToolsSettingsPatch): Promise<ContractError | null>;
  installYtdlp(): Promise<void>;
  checkYtdlpUpdate(): Promise<void>;
}

export const createToolsSlice: SliceCreator<ToolsSlice> = (api) => (set, get) => ({
  toolsStatus: null,
  toolsLoad: 'idle',
  installProgress: null,
  toolsBusy: null,

  async loadTools() {
    if (get().toolsLoad === 'idle' || get().toolsLoad === 'error') set({ toolsLoad: 'loading' });
    const result = await api.procedures['tools:status']();
    if (result.ok) set({ toolsStatus: result.data, toolsLoad: 'ready' });
    else set({ toolsLoad: get().toolsStatus ? 'ready' : 'error' });
  },

  onToolsChanged(status) {
    // An install that ended (or never ran here) leaves no bar behind.
    set(status.installing ? { toolsStatus: status } : { toolsStatus: status, installProgress: null });
    // The checklist shows the same tools: an update clears its "outdated" there too.
    const report = get().diagnostics;
    if (report) set({ diagnostics: withTools(report, status.tools) });
    if (get().toolsLoad !== 'ready') set({ toolsLoad: 'ready' });
  },

  onInstallProgress(progress) {
    const over = progress.phase === 'done' || progress.phase === 'failed';
    set({ installProgress: over ? null : progress });
  },

  async updateToolsSettings(patch) {
    const before = get().toolsStatus?.settings;
    const result = await api.procedures['tools:updateSettings'](patch);
    if (!result.ok) return result.error;
    set({ toolsStatus: result.data, toolsLoad: 'ready' });
    const message = patch.path
      ? describePathChange(result.data, patch.path.tool, patch.path.value)
      : describeSettingsChange(before, result.data.settings);
    if (message) get().pushToast(message.kind, message.message);
    return null;
  },

  async installYtdlp() {
    if (get().toolsBusy) return;
    const hadManagedCopy = get().toolsStatus?.managedYtdlp.version != null;
    set({
      toolsBusy: 'installing',
      installProgress: { receivedBytes: 0, totalBytes: null, phase: 'downloading', message: null },
    });
    const result = await api.procedures['tools:installYtdlp']();
    set({ toolsBusy: null, installProgress: null });
    if (!result.ok) {
      get().pushToast('error', result.error.message);
      return;
    }
    set({ toolsStatus: result.data, toolsLoad: 'ready' });
    const { kind, message } = describeInstalled(result.data, hadManagedCopy);
    get().pushToast(kind, message);
  },

  async checkYtdlpUpdate() {
    if (get().toolsBusy) return;
    set({ toolsBusy: 'checking' });
    const result = await api.procedures['tools:checkYtdlpUpdate']();
    set({ toolsBusy: null });
    if (!result.ok) {
      get().pushToast('error', result.error.message);
      return;
    }
    set({ toolsStatus: result.data, toolsLoad: 'ready' });
    const { kind, message } = describeUpdateCheck(result.data);
    get().pushToast(kind, message);
  },
});
