import type { DownloadJob } from '../../../src-preload/contract';
import { appStore } from '../../store';
import type { JobAction } from './job-selectors';

/** One entry point for the per-job buttons of the Activity table and the title page. */
export function runJobAction(job: DownloadJob, action: JobAction): Promise<void> {
  const store = appStore.getState();
  switch (action) {
    case 'pause':
      return store.pauseJob(job.id);
    case 'resume':
      return store.resumeJob(job.id);
    case 'cancel':
      return store.cancelJob(job.id);
    case 'retry':
      return store.retryJob(job.id);
  }
}
