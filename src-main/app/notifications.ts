import type { ScanSummary } from '../../src-preload/contract/models';
import type { EventBus } from '../core/event-bus';

export interface NotificationContent {
  title: string;
  body: string;
}

/** The last segment of a path, for either separator; the path itself for a root like `/` or `C:\`. */
export function folderName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const name = trimmed.split(/[\\/]/).pop();
  return name && name.length > 0 ? name : path;
}

/**
 * What to tell the person when a scan ends: new titles, or a folder that could not be read.
 * A scan that changed nothing visible stays quiet.
 */
export function scanNotification(summary: ScanSummary): NotificationContent | null {
  const name = folderName(summary.rootPath);
  if (summary.rootUnreachable) {
    return {
      title: 'Library folder unreachable',
      body: `Trailerdeck could not read ${name}. Is the drive or network share connected?`,
    };
  }
  if (summary.titlesAdded <= 0) return null;
  const titles = summary.titlesAdded === 1 ? '1 new title' : `${summary.titlesAdded} new titles`;
  return { title: 'Library scan finished', body: `${titles} in ${name}` };
}

export interface ScanNotifierOptions {
  show: (content: NotificationContent) => void;
  /** False while a Trailerdeck window has focus: the window already shows the result. */
  shouldNotify: () => boolean;
}

/**
 * Notifies about finished scans. An unreachable folder is reported once, not on every rescan,
 * until a scan reaches it again.
 */
export function watchScans(events: Pick<EventBus, 'subscribe'>, options: ScanNotifierOptions): () => void {
  const knownUnreachable = new Set<number>();
  return events.subscribe((name, payload) => {
    if (name !== 'scan:finished') return;
    const summary = payload as ScanSummary;
    if (summary.rootUnreachable) {
      if (knownUnreachable.has(summary.rootId)) return;
      knownUnreachable.add(summary.rootId);
    } else {
      knownUnreachable.delete(summary.rootId);
    }
    const content = scanNotification(summary);
    if (content && options.shouldNotify()) options.show(content);
  });
}
