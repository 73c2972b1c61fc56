import type { DownloadJob, EnqueueManyResult } from '../../src-preload/contract';
import { slotLabel } from '../../src-preload/contract/video-kinds';
import { jobVideoLabel } from '../features/downloads/download-format';
import { mediaLabel } from '../features/library/media-labels';
import { plural } from './messages';
import type { ToastKind } from './toast-slice';

export interface FinishedMessage {
  kind: ToastKind;
  /** A short heading, for desktop notifications. */
  title: string;
  message: string;
  /** Identifies the notification, so a repeat replaces it rather than stacking. */
  tag: string;
}

/** Above this many jobs finishing together, one summary replaces the per-job messages. */
export const maxSeparateMessages = 3;

/** What to say about jobs that just finished: one message each, or a summary when many did. */
export function describeFinished(jobs: DownloadJob[]): FinishedMessage[] {
  if (jobs.length === 0) return [];
  if (jobs.length > maxSeparateMessages) {
    const done = jobs.filter((job) => job.status === 'completed').length;
    const failed = jobs.length - done;
    const parts = [];
    if (done > 0) parts.push(`${plural(done, 'trailer')} downloaded`);
    if (failed > 0) parts.push(`${plural(failed, 'download')} failed`);
    return [
      {
        kind: failed > 0 ? 'error' : 'success',
        title: failed > 0 ? 'Downloads finished with errors' : 'Trailers downloaded',
        message: `${parts.join(', ')}.${failed > 0 ? ' See Activity for the reasons.' : ''}`,
        tag: 'downloads-summary',
      },
    ];
  }
  return jobs.map((job): FinishedMessage => {
    const tag = `job-${job.id}`;
    return job.status === 'completed'
      ? {
          kind: 'success',
          title: `${slotLabel(job.slot)} downloaded`,
          message: `${slotLabel(job.slot)} downloaded: ${mediaLabel(job)}`,
          tag,
        }
      : {
          kind: 'error',
          title: 'Download failed',
          message: `Download failed: ${[mediaLabel(job), jobVideoLabel(job)].filter(Boolean).join(' · ')} — ${job.errorMessage ?? 'unknown error'}`,
          tag,
        };
  });
}

/** "Queued 12 trailers; 3 skipped (no trailer link known)", grouping skips by their reason. */
export function describeEnqueueMany(
  result: EnqueueManyResult,
  skippedHere: number,
  noun = 'trailer',
): string {
  const reasons = new Map<string, number>();
  if (skippedHere > 0) reasons.set('no trailer link known', skippedHere);
  for (const { reason, count } of result.skipped) {
    const key = reason.trim().replace(/\.$/, '');
    const normalised = key.charAt(0).toLowerCase() + key.slice(1);
    reasons.set(normalised, (reasons.get(normalised) ?? 0) + count);
  }
  let message = `Queued ${plural(result.queued, noun)}`;
  const skips = [...reasons].map(([reason, count]) => `${count} skipped (${reason})`);
  if (skips.length > 0) message += `; ${skips.join(', ')}`;
  return message;
}

/** "Queued the trailer for The Matrix (1999)." */
export function queuedMessage(job: DownloadJob): string {
  return `Queued the trailer for ${mediaLabel(job)}.`;
}
