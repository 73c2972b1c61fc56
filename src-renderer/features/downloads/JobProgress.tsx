import type { DownloadJob } from '../../../src-preload/contract';
import { useAppStore } from '../../store';
import { mediaLabel } from '../library/media-labels';
import {
  formatBytesOfTotal,
  formatEta,
  formatFragments,
  formatPart,
  formatPercent,
  formatEncodeSpeed,
  formatSpeed,
  processingText,
  progressPercent,
} from './download-format';
import { isRunning } from './job-selectors';

// Each piece subscribes to its own job's progress: a tick re-renders these few nodes, not the page.
const useJobProgress = (jobId: number) => useAppStore((s) => s.downloadProgress[jobId]);

/** The bar and "42% · 3.4 MB of 12.3 MB" for a running job; nothing for the others. */
export function JobProgressBar({ job }: { job: DownloadJob }) {
  const progress = useJobProgress(job.id);
  if (!isRunning(job.status)) return null;
  const percent = progressPercent(progress);
  const processing = job.status === 'processing' || progress?.phase === 'processing';
  let text: string;
  if (processing) text = processingText(progress);
  else if (!progress) text = 'Starting…';
  else {
    const parts = [
      percent === null ? null : formatPercent(percent),
      formatBytesOfTotal(progress),
      formatPart(progress),
      formatFragments(progress),
    ];
    text = parts.filter((p): p is string => p !== null).join(' · ');
  }
  const determinate = percent !== null;
  return (
    <div className="job-progress">
      <div
        className="progress-track job-progress-track"
        role="progressbar"
        aria-label={`Download progress for ${mediaLabel(job)}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={determinate ? Math.round(percent) : undefined}
        aria-valuetext={text}
      >
        <div
          className={determinate ? 'job-progress-fill' : 'progress-fill progress-indeterminate'}
          style={determinate ? { transform: `scaleX(${percent / 100})` } : undefined}
        />
      </div>
      <span className="job-progress-text">{text}</span>
    </div>
  );
}

export function JobSpeed({ job }: { job: DownloadJob }) {
  const progress = useJobProgress(job.id);
  if (!isRunning(job.status) || !progress) return <>—</>;
  // While converting, speed is ffmpeg's multiple of real time.
  if (progress.phase === 'processing') return <>{formatEncodeSpeed(progress.encodeSpeed) ?? '—'}</>;
  return <>{formatSpeed(progress.speed)}</>;
}

export function JobEta({ job }: { job: DownloadJob }) {
  const progress = useJobProgress(job.id);
  if (!isRunning(job.status) || !progress) return <>—</>;
  const eta = formatEta(progress.etaSeconds);
  return eta === '—' ? <>—</> : <span aria-label={`${eta} left`}>{eta}</span>;
}

/** "1.2 MB/s · 0:42 left" for the title page; empty until yt-dlp reports a speed. */
export function JobRate({ job }: { job: DownloadJob }) {
  const progress = useJobProgress(job.id);
  if (!isRunning(job.status) || !progress || progress.phase !== 'downloading') return null;
  const parts = [];
  if (progress.speed !== null) parts.push(formatSpeed(progress.speed));
  if (progress.etaSeconds !== null) parts.push(`${formatEta(progress.etaSeconds)} left`);
  return parts.length > 0 ? <span className="title-job-rate muted">{parts.join(' · ')}</span> : null;
}
