import { useState } from 'react';
import type { DownloadJob } from '../../../src-preload/contract';
import { mediaLabel } from '../library/media-labels';
import { allowedActions, type JobAction } from './job-selectors';

const labels: Record<JobAction, string> = {
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel',
  retry: 'Retry',
};

interface Props {
  job: DownloadJob;
  run(job: DownloadJob, action: JobAction): Promise<void>;
}

/** The buttons that make sense in the job's status; disabled while one is on its way. */
export function JobActions({ job, run }: Props) {
  const [busy, setBusy] = useState(false);
  const actions = allowedActions(job.status);
  if (actions.length === 0) return null;
  const title = mediaLabel(job);
  return (
    <div className="job-actions">
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={
            action === 'retry' || action === 'resume'
              ? 'button button-small'
              : 'button button-small button-quiet'
          }
          aria-label={`${labels[action]} the download of ${title}`}
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void run(job, action).finally(() => setBusy(false));
          }}
        >
          {labels[action]}
        </button>
      ))}
    </div>
  );
}
