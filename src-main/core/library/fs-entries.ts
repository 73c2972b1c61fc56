import { lstatSync } from 'node:fs';
import { sep } from 'node:path';
import { errorCode } from '../errors';
import type { ScanIssue } from '../../../src-preload/contract/models';

/** Most filesystems cap a name at 255 bytes; longer ones come from odd network shares or archives. */
export const MAX_NAME_BYTES = 255;

// NAS and OS housekeeping folders that sit next to titles but are never titles.
const JUNK_NAMES = new Set([
  '@eadir',
  '#recycle',
  '#snapshot',
  '$recycle.bin',
  'system volume information',
  'lost+found',
]);

/**
 * `join` for a name read from a listing of an already normalised folder. It skips join's
 * normalising, which for a scan's tens of thousands of paths costs more than the listing itself
 * (a worker thread runs it cold: 12 ms against 5 ms for 8,000 names, measured for bench:scan).
 */
export const childPath = (dir: string, name: string): string =>
  dir.endsWith(sep) ? dir + name : dir + sep + name;

/** Hidden and housekeeping entries a scan never looks at. */
export function isIgnoredEntry(name: string): boolean {
  return name.startsWith('.') || JUNK_NAMES.has(name.toLowerCase());
}

export { errorCode };

/** How a filesystem error is reported in a scan summary. */
export function issueReasonOf(error: unknown): ScanIssue['reason'] {
  switch (errorCode(error)) {
    case 'ELOOP':
      return 'symlink-loop';
    case 'ENAMETOOLONG':
      return 'name-too-long';
    case 'EACCES':
    case 'EPERM':
      return 'unreadable';
    default:
      return 'other';
  }
}

export interface NameProblem {
  reason: ScanIssue['reason'];
  message: string;
}

/**
 * Why an entry's name cannot be used, or null. Node hands names that are not valid UTF-8 over as
 * strings with U+FFFD, which no longer name the file: such a path cannot be opened again. A name
 * that truly contains U+FFFD still resolves, so it is checked (blocking: worker thread only).
 */
export function nameProblem(dir: string, name: string): NameProblem | null {
  // A UTF-16 length within 85 code units cannot exceed 255 UTF-8 bytes: skip the byte count.
  if (name.length > 85 && Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) {
    return {
      reason: 'name-too-long',
      message: `Skipped: the name is longer than ${MAX_NAME_BYTES} bytes. Shorten it to include it.`,
    };
  }
  if (!name.includes('\uFFFD')) return null;
  try {
    lstatSync(childPath(dir, name));
    return null;
  } catch {
    return {
      reason: 'bad-encoding',
      message: 'Skipped: the name is not valid UTF-8, so it cannot be opened. Rename it to include it.',
    };
  }
}

/** An IssueList as plain data, to cross from the scan's worker thread to the main thread. */
export interface IssueSnapshot {
  items: ScanIssue[];
  dropped: number;
}

/** Collects a scan's issues, keeping the first ones: a broken share can produce thousands. */
export class IssueList {
  private readonly items: ScanIssue[] = [];
  private dropped = 0;

  constructor(private readonly cap = 200) {}

  snapshot(): IssueSnapshot {
    return { items: [...this.items], dropped: this.dropped };
  }

  /** Adds another list's issues after these, keeping the cap and the count of those left out. */
  merge(other: IssueSnapshot): void {
    for (const item of other.items) this.add(item.path, item.reason, item.message);
    this.dropped += other.dropped;
  }

  add(path: string, reason: ScanIssue['reason'], message: string): void {
    if (this.items.length < this.cap - 1) this.items.push({ path, reason, message });
    else this.dropped++;
  }

  addError(path: string, error: unknown, what: string): void {
    const reason = issueReasonOf(error);
    const detail =
      reason === 'unreadable'
        ? 'permission denied'
        : reason === 'name-too-long'
          ? 'the path is too long for this system'
          : reason === 'symlink-loop'
            ? 'links lead round in a loop'
            : (errorCode(error) ?? String(error));
    this.add(path, reason, `${what} (${detail}).`);
  }

  list(): ScanIssue[] {
    if (this.dropped === 0) return [...this.items];
    return [
      ...this.items,
      { path: '', reason: 'other', message: `${this.dropped} more issues were not listed.` },
    ];
  }
}
