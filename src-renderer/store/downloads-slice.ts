import type {
  ContractError,
  DownloadJob,
  DownloadSettings,
  JobProgress,
  JobsChanged,
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
import { applyProgress, dropStoppedProgress, upsertJobs, type ProgressById } from './download-state';
import type { LoadStatus, SliceCreator } from './types';

export interface DesktopNotificationsState {
  permission: NotificationPermissionState;
  /** The person's choice; notifications show only when it is on and the browser allows them. */
  enabled: boolean;
}

export interface DownloadsSlice {
  /** Jobs shown one by one outside the Activity list: the open title's, and those changed since. */
  jobsById: JobsById;
  /** Live progress of downloading and processing jobs, by job id. */
  downloadProgress: ProgressById;
  downloadSettings: DownloadSettings | null;
  downloadsStatus: LoadStatus;
  desktopNotifications: DesktopNotificationsState;
  /** The running jobs' progress, the queue's settings and the counts (never the whole job list). */
  loadDownloads(): Promise<void>;
  /** A title's jobs, for its page. */
  loadTitleJobs(mediaId: number): Promise<void>;
  /** Main's change event (ids and counts): refetches the open title's jobs and the Activity rows in view. */
  onJobsChanged(changed: JobsChanged): void;
  /** A job the person queued from a title: kept, so the title's page shows it at once. */
  onJobQueued(job: DownloadJob): void;
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

type JobAction = 'downloads:cancel' | 'downloads:pause' | 'downloads:resume' | 'downloads:retry';

export const createDownloadsSlice: SliceCreator<DownloadsSlice> = (api) => (set, get) => {
  let pendingFinished: DownloadJob[] = [];
  let finishedTimer: ReturnType<typeof setTimeout> | null = null;
  let loadRequest = 0;
  // The open title's jobs: one request at a time; changes during it ask for one more.
  let titleJobsInFlight = false;
  let titleJobsAgain = false;

  const upsert = (jobs: DownloadJob[]) =>
    set((state) => ({
      jobsById: upsertJobs(state.jobsById, jobs),
      downloadProgress: dropStoppedProgress(state.downloadProgress, jobs),
    }));
  // A bulk run changes thousands of jobs: only those the window shows one by one are kept (those it
  // holds and the open title's); the Activity list refetches its rows instead.
  const upsertShown = (jobs: DownloadJob[]) =>
    set((state) => {
      const titleId = state.title.mediaId;
      const shown = jobs.filter((job) => job.id in state.jobsById || job.mediaId === titleId);
      return {
        jobsById: upsertJobs(state.jobsById, shown),
        downloadProgress: dropStoppedProgress(state.downloadProgress, jobs),
      };
    });

  async function refreshTitleJobs(): Promise<void> {
    if (titleJobsInFlight) {
      titleJobsAgain = true;
      return;
    }
    titleJobsInFlight = true;
    try {
      do {
        titleJobsAgain = false;
        const mediaId = get().title.mediaId;
        if (mediaId !== null) await get().loadTitleJobs(mediaId);
      } while (titleJobsAgain);
    } finally {
      titleJobsInFlight = false;
    }
  }

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
      if (get().downloadsStatus === 'idle') set({ downloadsStatus: 'loading' });
      // No job list: the Activity page and a title's page ask for their own rows.
      get().refreshActivity();
      const [progress, settings] = await Promise.all([
        api.procedures['downloads:progress'](),
        api.procedures['downloads:getSettings'](),
      ]);
      if (mine !== loadRequest) return;
      if (settings.ok) set({ downloadSettings: settings.data });
      set((state) => ({
        downloadProgress: progress.ok ? applyProgress({}, progress.data, state.jobsById) : {},
        downloadsStatus: settings.ok ? 'ready' : 'error',
      }));
    },

    async loadTitleJobs(mediaId) {
      const result = await api.procedures['downloads:forMedia']({ mediaId });
      if (result.ok) upsert(result.data);
    },

    onJobsChanged(changed) {
      set((state) => ({ downloadProgress: dropStoppedProgress(state.downloadProgress, changed.changes) }));
      get().onActivityJobsChanged(changed);
      const titleId = get().title.mediaId;
      if (titleId !== null && changed.changes.some((change) => change.mediaId === titleId)) {
        void refreshTitleJobs();
      }
    },

    onJobQueued(job) {
      upsert([job]);
      get().refreshActivity();
    },

    onDownloadProgress(progress) {
      set((state) => {
        const next = applyProgress(state.downloadProgress, progress, state.jobsById);
        // Returning the same state skips every subscriber when nothing moved.
        return next === state.downloadProgress ? state : { downloadProgress: next };
      });
    },

    onJobsFinished(jobs) {
      upsertShown(jobs);
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
