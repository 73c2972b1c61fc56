import type { ScanSummary } from '../../src-preload/contract';
import type { ToastKind } from './toast-slice';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The toast for a finished scan: what changed first, then what needs a look. */
export function describeScan(summary: ScanSummary): { kind: ToastKind; message: string } {
  if (summary.rootUnreachable) {
    return {
      kind: 'error',
      message: `Couldn't reach ${summary.rootPath}: nothing was changed. Is the drive or share connected?`,
    };
  }
  const extras = summary.extrasFound > 0 ? ` and ${plural(summary.extrasFound, 'extra')}` : '';
  let message = `Scan finished: ${plural(summary.titlesAdded, 'new title')}, ${plural(summary.trailersFound, 'trailer')}${extras} found in ${summary.rootPath}`;
  if (summary.titlesMissing > 0) message += `, ${plural(summary.titlesMissing, 'title')} missing`;
  const issues = summary.issues.length;
  message += issues > 0 ? `. ${plural(issues, 'issue')}: see Settings.` : '. No issues.';
  return { kind: issues > 0 ? 'info' : 'success', message };
}
