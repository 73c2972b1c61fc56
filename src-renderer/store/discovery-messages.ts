import type { DiscoveryRun } from '../../src-preload/contract';
import { plural } from './messages';
import type { ToastKind } from './toast-slice';

/** Identifies one run's end, so its summary is announced once whichever way it arrives. */
export function runEndKey(run: DiscoveryRun): string | null {
  return run.running || run.finishedAt === null ? null : `${run.startedAt ?? ''}|${run.finishedAt}`;
}

/**
 * Whether a run snapshot is older than the one held: a call's answer can arrive after the events
 * that followed it, and must not put a finished run back to "running".
 */
export function isStaleRun(current: DiscoveryRun | null, next: DiscoveryRun): boolean {
  if (!current || current.startedAt === null || next.startedAt === null) return false;
  if (next.startedAt !== current.startedAt) return next.startedAt < current.startedAt;
  if (!current.running) return next.running;
  return next.running && next.done < current.done;
}

/** "4 of 10 titles · 2 queued · 1 needs a choice · 1 already had a trailer". */
export function describeRunProgress(run: DiscoveryRun): string {
  const parts = [`${run.done.toLocaleString()} of ${plural(run.total, 'title')}`];
  if (run.queued > 0) parts.push(`${run.queued.toLocaleString()} queued`);
  if (run.needsChoice > 0)
    parts.push(`${run.needsChoice.toLocaleString()} ${run.needsChoice === 1 ? 'needs' : 'need'} a choice`);
  if (run.satisfied > 0) parts.push(`${run.satisfied.toLocaleString()} already had a trailer`);
  if (run.failed > 0) parts.push(`${run.failed.toLocaleString()} failed`);
  return parts.join(' · ');
}

/** The toast at the end of "Download missing trailers". */
export function describeRunEnd(run: DiscoveryRun): { kind: ToastKind; message: string } {
  if (run.total === 0) {
    return { kind: 'info', message: 'No monitored title is missing its trailer: nothing to search.' };
  }
  // Stopped for want of a connection: the titles left are not "needing a choice", they wait.
  if (run.stopped !== null) {
    const queued = run.queued > 0 ? ` ${plural(run.queued, 'trailer')} queued before that.` : '';
    return { kind: 'error', message: `${run.stopped}${queued} Run it again once you are back online.` };
  }
  const parts: string[] = [];
  if (run.queued > 0) parts.push(`queued ${plural(run.queued, 'trailer')}`);
  if (run.needsChoice > 0) {
    parts.push(
      `${plural(run.needsChoice, 'title')} ${run.needsChoice === 1 ? 'needs' : 'need'} your choice (see Review)`,
    );
  }
  if (run.satisfied > 0) parts.push(`${run.satisfied.toLocaleString()} already had a trailer`);
  if (run.failed > 0) parts.push(`${run.failed.toLocaleString()} could not be searched`);
  const checked = `Checked ${plural(run.total, 'title')}`;
  const message = parts.length > 0 ? `${checked}: ${parts.join(', ')}.` : `${checked}.`;
  const kind: ToastKind = run.failed > 0 ? 'error' : run.needsChoice > 0 ? 'info' : 'success';
  return { kind, message };
}
