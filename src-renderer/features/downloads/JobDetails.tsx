import type { DownloadJob } from '../../../src-preload/contract';
import { useAppStore } from '../../store';
import { formatClock } from './download-format';
import { JobChoiceDisclosure } from './JobChoice';
import { statusLabel } from './job-selectors';

const badgeClass: Record<DownloadJob['status'], string> = {
  queued: 'badge badge-missing',
  downloading: 'badge badge-accent',
  processing: 'badge badge-accent',
  paused: 'badge badge-warn',
  completed: 'badge badge-ok',
  failed: 'badge badge-error',
  cancelled: 'badge badge-missing',
};

export function JobStatusBadge({ job }: { job: DownloadJob }) {
  return <span className={badgeClass[job.status]}>{statusLabel(job)}</span>;
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * What the person may want to know besides the progress: why it failed, when it retries, where it
 * went, and (unless the caller shows it elsewhere) why this video was chosen.
 */
export function JobDetails({ job, withChoice = true }: { job: DownloadJob; withChoice?: boolean }) {
  return (
    <>
      <JobStateDetails job={job} />
      {withChoice && <JobChoiceDisclosure job={job} />}
    </>
  );
}

function JobStateDetails({ job }: { job: DownloadJob }) {
  const allPaused = useAppStore((s) => s.downloadSettings?.allPaused ?? false);
  if (job.status === 'failed' || (job.status === 'cancelled' && job.errorMessage)) {
    return (
      <div className="job-error">
        <p className="job-error-message">{job.errorMessage ?? 'The download failed.'}</p>
        {job.errorHint && <p className="job-error-hint">{job.errorHint}</p>}
      </div>
    );
  }
  if (job.status === 'queued' && job.nextAttemptAt) {
    return (
      <div className="job-note">
        <span>Retrying at {formatClock(job.nextAttemptAt)}</span>
        {job.errorMessage && <span className="muted"> after: {job.errorMessage}</span>}
      </div>
    );
  }
  if (job.status === 'queued') {
    return <span className="muted">{allPaused ? 'Held by Pause all' : 'Waiting for a free slot'}</span>;
  }
  if (job.status === 'paused')
    return <span className="muted">Paused; resuming continues the partial file</span>;
  if (job.status === 'completed' && job.finalPath) {
    return (
      <span className="job-file" title={job.finalPath}>
        {fileName(job.finalPath)}
      </span>
    );
  }
  if (job.status === 'cancelled') return <span className="muted">Cancelled</span>;
  return null;
}
