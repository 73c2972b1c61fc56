import type { DownloadJob, JobProgress, JobStatus, ProcessingStep } from '../../../src-preload/contract';
import { slotKey, slotLabel, titleTrailerSlot } from '../../../src-preload/contract/video-kinds';
import { formatTime } from '../../app/dates';
import { formatSize } from '../title/format';

/** Decimal units like file sizes: 1,234,567 B/s → "1.2 MB/s"; "—" when unknown. */
export function formatSpeed(bytesPerSecond: number | null): string {
  if (bytesPerSecond === null || !Number.isFinite(bytesPerSecond) || bytesPerSecond < 0) return '—';
  return `${formatSize(Math.round(bytesPerSecond))}/s`;
}

/** Time left as "0:42", "12:05" or "1:02:03"; "—" when unknown. */
export function formatEta(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '—';
  const total = Math.ceil(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "42%", with one decimal below 10% so the first seconds visibly move. */
export function formatPercent(percent: number): string {
  const clamped = Math.min(100, Math.max(0, percent));
  return clamped < 10 && clamped > 0 ? `${clamped.toFixed(1)}%` : `${Math.floor(clamped)}%`;
}

/** "3.4 MB of 12.3 MB", "3.4 MB of ~12 MB" for an estimate, or "3.4 MB" when the size is unknown. */
export function formatBytesOfTotal(
  progress: Pick<JobProgress, 'downloadedBytes' | 'totalBytes' | 'totalIsEstimate'>,
): string {
  const done = formatSize(progress.downloadedBytes);
  if (progress.totalBytes === null || progress.totalBytes <= 0) return done;
  return `${done} of ${progress.totalIsEstimate ? '~' : ''}${formatSize(progress.totalBytes)}`;
}

/** The percent to draw: the reported one, else derived from bytes, else null (indeterminate). */
export function progressPercent(progress: JobProgress | undefined): number | null {
  if (!progress) return null;
  if (progress.phase === 'processing') {
    // A step that can tell (measuring, converting) reports its own percent; the others cannot.
    return progress.percent !== null && Number.isFinite(progress.percent)
      ? Math.min(100, Math.max(0, progress.percent))
      : null;
  }
  if (progress.percent !== null && Number.isFinite(progress.percent)) {
    return Math.min(100, Math.max(0, progress.percent));
  }
  if (progress.totalBytes && progress.totalBytes > 0) {
    return Math.min(100, (progress.downloadedBytes / progress.totalBytes) * 100);
  }
  return null;
}

/** "Fragment 3 of 12", or null when the download is not fragmented. */
export function formatFragments(
  progress: Pick<JobProgress, 'fragmentIndex' | 'fragmentCount'>,
): string | null {
  if (progress.fragmentIndex === null) return null;
  return progress.fragmentCount === null
    ? `Fragment ${progress.fragmentIndex}`
    : `Fragment ${progress.fragmentIndex} of ${progress.fragmentCount}`;
}

/** "Video, part 1 of 2" / "Audio, part 2 of 2" while a merge downloads; null for a single file. */
export function formatPart(
  progress: Pick<JobProgress, 'partIndex' | 'partCount' | 'partKind'>,
): string | null {
  if (progress.partIndex === null || progress.partCount === null) return null;
  const of = `part ${progress.partIndex} of ${progress.partCount}`;
  if (progress.partKind === 'video') return `Video, ${of}`;
  if (progress.partKind === 'audio') return `Audio, ${of}`;
  return `${of.charAt(0).toUpperCase()}${of.slice(1)}`;
}

/** When a retry is due, in the person's locale ("14:03:27", "2:03:27 PM"). */
export const formatClock = (iso: string): string => formatTime(iso);

/** How a job's time reads in lists: "Failed 5 minutes ago", "Queued just now". */
export function jobTimeLabel(status: JobStatus): string {
  return jobTimeLabels[status];
}

const jobTimeLabels: Record<JobStatus, string> = {
  queued: 'Queued',
  downloading: 'Queued',
  processing: 'Queued',
  paused: 'Queued',
  completed: 'Finished',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/**
 * The video a job fills when it is not the title's own trailer ("Featurette", "Season 2 trailer",
 * "Trailer · German"); null for the title's trailer, which needs no word beside the title.
 */
export function jobVideoLabel(job: Pick<DownloadJob, 'slot'>): string | null {
  return slotKey(job.slot) === slotKey(titleTrailerSlot) ? null : slotLabel(job.slot);
}

/** What the processing stage does, as the Activity row says it. */
const stepLabels: Record<ProcessingStep, string> = {
  copying: 'Copying the file',
  verifying: 'Checking the download',
  measuring: 'Measuring loudness and picture',
  converting: 'Converting',
  filing: 'Filing the trailer',
};

/** "Converting · 45% · 2.1× · 0:30 left", "Checking the download…". */
export function processingText(progress: JobProgress | undefined): string {
  const step = progress?.step ?? 'verifying';
  const percent = progressPercent(progress);
  if (percent === null) return `${stepLabels[step]}…`;
  const parts = [stepLabels[step], formatPercent(percent)];
  const speed = formatEncodeSpeed(progress?.encodeSpeed ?? null);
  if (speed !== null) parts.push(speed);
  const eta = formatEta(progress?.etaSeconds ?? null);
  if (eta !== '—') parts.push(`${eta} left`);
  return parts.join(' · ');
}

/** ffmpeg's speed as people read it: "2.1×" real time; null when unknown. */
export function formatEncodeSpeed(multiple: number | null): string | null {
  if (multiple === null || !Number.isFinite(multiple) || multiple <= 0) return null;
  return `${multiple < 10 ? multiple.toFixed(1) : Math.round(multiple)}×`;
}
