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

/** "1 title needs a choice" — counting titles, however many profiles each waits for. */
function titlesNeedingChoice(titles: number, suffix = 'a choice'): string {
  return `${plural(titles, 'title')} ${titles === 1 ? 'needs' : 'need'} ${suffix}`;
}

/**
 * "4 of 10 titles · 2 trailers queued · 1 title needs a choice · 1 already had a trailer". With
 * several profiles each title is searched once per profile, and the counts say searches.
 */
export function describeRunProgress(run: DiscoveryRun): string {
  const perTitle = run.profiles <= 1;
  const parts = [
    perTitle
      ? `${run.done.toLocaleString()} of ${plural(run.total, 'title')}`
      : `${run.done.toLocaleString()} of ${plural(run.total, 'search', 'searches')} (${plural(run.titles, 'title')} × ${plural(run.profiles, 'profile')})`,
  ];
  if (run.queued > 0) parts.push(`${plural(run.queued, 'trailer')} queued`);
  if (run.needsChoiceTitles > 0) parts.push(titlesNeedingChoice(run.needsChoiceTitles));
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
  if (run.needsChoiceTitles > 0)
    parts.push(titlesNeedingChoice(run.needsChoiceTitles, 'your choice (see Review)'));
  if (run.satisfied > 0) parts.push(`${run.satisfied.toLocaleString()} already had a trailer`);
  if (run.failed > 0) parts.push(`${run.failed.toLocaleString()} could not be searched`);
  const checked =
    run.profiles <= 1
      ? `Checked ${plural(run.total, 'title')}`
      : `Checked ${plural(run.titles, 'title')} for ${plural(run.profiles, 'profile')} (${plural(run.total, 'search', 'searches')})`;
  const message = parts.length > 0 ? `${checked}: ${parts.join(', ')}.` : `${checked}.`;
  const kind: ToastKind = run.failed > 0 ? 'error' : run.needsChoiceTitles > 0 ? 'info' : 'success';
  return { kind, message };
}

/** The Review page's count: titles, and the choices when a title waits for several profiles. */
export function describeNeedsChoice(list: { total: number; titles: number }): string {
  if (list.total === 0) return 'Nothing waiting';
  const text = titlesNeedingChoice(list.titles);
  return list.total > list.titles ? `${text} (${list.total} choices, one per title and profile)` : text;
}
