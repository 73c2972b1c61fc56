import type {
  ContractError,
  DownloadJob,
  DownloadSettings,
  JobProgress,
  Result,
} from '../../src-preload/contract';
import {
  loadNotificationPreference,
  notificationPermission,
  requestNotificationPermission,
  saveNotificationPreference,
  showNotification,
  type NotificationPermissionState,
} from '../features/downloads/desktop-notifications';
import type { JobsById } from '../features/downloads/job-selectors';
import { describeFinished } from './download-messages';
import {
  applyProgress,
  dropStoppedProgress,
  jobsToMap,
  upsertJobs,
  type ProgressById,
} from './download-state';
import type { LoadStatus, SliceCreator } from './types';

export interface DesktopNotificationsState {
  permission: NotificationPermissionState;
  /** The person's choice; notifications show only when it is on and the browser allows them. */
  enabled: boolean;
}

export interface DownloadsSlice {
  jobsById: JobsById;
  /** Live progress of downloading and processing jobs, by job id. */
  downloadProgress: ProgressById;
  downloadSettings: DownloadSettings | null;
  downloadsStatus: LoadStatus;
  desktopNotifications: DesktopNotificationsState;
  /** Jobs (active ones and the newest others), their progress and the queue's settings. */
  loadDownloads(): Promise<void>;
  onJobsChanged(jobs: DownloadJob[]): void;
  onDownloadProgress(progress: JobProgress[]): void;
  /** Toasts (and browser notifications) for jobs that finished; a burst becomes one summary. */
  onJobsFinished(jobs: DownloadJob[]): void;
  onDownloadSettings(settings: DownloadSettings): void;
  cancelJob(jobId: number): Promise<void>;
  pauseJob(jobId: number): Promise<void>;
  resumeJob(jobId: number): Promise<void>;
  retryJob(jobId: number): Promise<void>;
  pauseAll(): Promise<void>;
  resumeAll(): Promise<void>;
  /** The refusal comes back for the form to show next to its fields. */
  updateDownloadSettings(patch: Partial<Omit<DownloadSettings, 'allPaused'>>): Promise<ContractError | null>;
  /** Asks the browser for permission when turning on: call it from a click. */
  setDesktopNotifications(on: boolean): Promise<void>;
}

/** Finished events that arrive this close together are announced together. */
export const finishedBatchMs = 400;
const listLimit = 500;

type JobAction = 'downloads:cancel' | 'downloads:pause' | 'downloads:resume' | 'downloads:retry';

export const createDownloadsSlice: SliceCreator<DownloadsSlice> = (api) => (set, get) => {
  let pendingFinished: DownloadJob[] = [];
  let finishedTimer: ReturnType<typeof setTimeout> | null = null;
  // Jobs changed while a full load is on its way; they are newer than what the load returns.
  let changedDuringLoad: DownloadJob[] | null = null;
  let loadRequest = 0;

  const upsert = (jobs: DownloadJob[]) =>
    set((state) => ({
      jobsById: upsertJobs(state.jobsById, jobs),
      downloadProgress: dropStoppedProgress(state.downloadProgress, jobs),
    }));

  function flushFinished(): void {
    finishedTimer = null;
    const jobs = pendingFinished;
    pendingFinished = [];
    const messages = describeFinished(jobs);
    for (const { kind, message } of messages) get().pushToast(kind, message);
    const { desktopNotifications, appInfo } = get();
    // In Electron, main shows the OS notifications; the browser's API is headless mode's stand-in.
    if (appInfo?.nativeFolderPicker !== false || !desktopNotifications.enabled) return;
    for (const { title, message, tag } of messages) showNotification(title, message, tag);
  }

  async function jobAction(name: JobAction, jobId: number): Promise<void> {
    const result = await api.procedures[name]({ jobId });
    if (result.ok) upsert([result.data]);
    else get().pushToast('error', result.error.message);
  }

  function applySettings(result: Result<DownloadSettings>): void {
    if (result.ok) set({ downloadSettings: result.data });
    else get().pushToast('error', result.error.message);
  }

  return {
    jobsById: {},
    downloadProgress: {},
    downloadSettings: null,
    downloadsStatus: 'idle',
    desktopNotifications: {
      permission: notificationPermission(),
      enabled: loadNotificationPreference(),
    },

    async loadDownloads() {
      const mine = ++loadRequest;
      changedDuringLoad = [];
      if (get().downloadsStatus === 'idle') set({ downloadsStatus: 'loading' });
      // Active jobs in full (a bulk queue can hold thousands), plus the newest of the rest.
      const [active, recent, progress, settings] = await Promise.all([
        api.procedures['downloads:list']({ filter: 'active', limit: 5000 }),
        api.procedures['downloads:list']({ filter: 'all', limit: listLimit }),
        api.procedures['downloads:progress'](),
        api.procedures['downloads:getSettings'](),
      ]);
      if (mine !== loadRequest) return;
      const later = changedDuringLoad;
      changedDuringLoad = null;
      if (settings.ok) set({ downloadSettings: settings.data });
      if (!active.ok || !recent.ok) {
        set({ downloadsStatus: 'error' });
        return;
      }
      const jobs = upsertJobs(jobsToMap([...recent.data, ...active.data]), later);
      set({
        jobsById: jobs,
        downloadProgress: progress.ok ? applyProgress({}, progress.data, jobs) : {},
        downloadsStatus: 'ready',
      });
    },

    onJobsChanged(jobs) {
      changedDuringLoad?.push(...jobs);
      upsert(jobs);
    },

    onDownloadProgress(progress) {
      set((state) => {
        const next = applyProgress(state.downloadProgress, progress, state.jobsById);
        // Returning the same state skips every subscriber when nothing moved.
        return next === state.downloadProgress ? state : { downloadProgress: next };
      });
    },

    onJobsFinished(jobs) {
      upsert(jobs);
      pendingFinished.push(...jobs);
      finishedTimer ??= setTimeout(flushFinished, finishedBatchMs);
    },

    onDownloadSettings(settings) {
      set({ downloadSettings: settings });
    },

    cancelJob: (jobId) => jobAction('downloads:cancel', jobId),
    pauseJob: (jobId) => jobAction('downloads:pause', jobId),
    resumeJob: (jobId) => jobAction('downloads:resume', jobId),
    retryJob: (jobId) => jobAction('downloads:retry', jobId),

    async pauseAll() {
      applySettings(await api.procedures['downloads:pauseAll']());
    },

    async resumeAll() {
      applySettings(await api.procedures['downloads:resumeAll']());
    },

    async updateDownloadSettings(patch) {
      const result = await api.procedures['downloads:updateSettings'](patch);
      if (!result.ok) return result.error;
      set({ downloadSettings: result.data });
      get().pushToast('success', 'Saved the download settings.');
      return null;
    },

    async setDesktopNotifications(on) {
      if (!on) {
        saveNotificationPreference(false);
        set((state) => ({ desktopNotifications: { ...state.desktopNotifications, enabled: false } }));
        return;
      }
      let permission = notificationPermission();
      if (permission === 'default') permission = await requestNotificationPermission();
      const enabled = permission === 'granted';
      saveNotificationPreference(enabled);
      set({ desktopNotifications: { permission, enabled } });
      if (permission === 'denied') {
        get().pushToast(
          'info',
          'The browser blocks notifications for this page. Allow them in its site settings, then try again.',
        );
      }
    },
  };
};
