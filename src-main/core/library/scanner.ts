// What the scan's worker threads do (scan-worker.ts), with blocking filesystem calls: list the
// root's title folders, read the changed ones, check the known trailer files it did not find.
// Plain synchronous code, so the tests can also run it in-process.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { relative, sep } from 'node:path';
import type { LibraryKind } from '../../../src-preload/contract/models';
import {
  childPath,
  errorCode,
  isIgnoredEntry,
  nameProblem,
  type IssueList,
  type IssueSnapshot,
} from './fs-entries';
import { isInside } from './root-validation';
import { scanTitleFolder, type TitleScan } from './scan-title';
import { signatureUnchanged } from './title-signature';

export interface TitleFolder {
  name: string;
  path: string;
}

export type RootListing = { ok: true; folders: TitleFolder[] } | { ok: false; error: unknown };

/**
 * The root's title folders: its direct sub-folders, links to folders included unless they lead
 * back into the root's own ancestry (a loop) or onto a sibling (the same title twice). Loose files
 * at the root are not titles and are left out.
 */
export function listTitleFolders(rootPath: string, issues: IssueList): RootListing {
  let dirents: Dirent[];
  try {
    dirents = readdirSync(rootPath, { withFileTypes: true });
  } catch (error) {
    return { ok: false, error };
  }
  const folders: TitleFolder[] = [];
  const links: Dirent[] = [];
  for (const dirent of dirents) {
    if (isIgnoredEntry(dirent.name)) continue;
    const path = childPath(rootPath, dirent.name);
    if (!dirent.isDirectory() && !dirent.isSymbolicLink()) continue;
    const problem = nameProblem(rootPath, dirent.name);
    if (problem) issues.add(path, problem.reason, problem.message);
    else if (dirent.isDirectory()) folders.push({ name: dirent.name, path });
    else links.push(dirent);
  }
  if (links.length > 0) {
    const rootReal = realOrSelf(rootPath);
    const realNames = new Set(folders.map((f) => f.name));
    for (const link of links) {
      const path = childPath(rootPath, link.name);
      try {
        if (!statSync(path).isDirectory()) continue;
        const target = realpathSync(path);
        if (target === rootReal || isInside(rootReal, target)) {
          issues.add(path, 'symlink-loop', 'Skipped: this link leads back to the library folder itself.');
          continue;
        }
        const sibling = isInside(target, rootReal) ? relative(rootReal, target).split(sep)[0] : undefined;
        if (sibling !== undefined && realNames.has(sibling)) {
          issues.add(path, 'other', `Skipped: this link points to “${sibling}”, which is already scanned.`);
          continue;
        }
        folders.push({ name: link.name, path });
      } catch (error) {
        // A dangling link is just an empty name; a loop or a refusal is worth telling.
        if (errorCode(error) !== 'ENOENT')
          issues.addError(path, error, 'Skipped a link that cannot be followed');
      }
    }
  }
  return { ok: true, folders };
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A title folder to read, with what the main thread knows of it from the last scan. */
export interface FolderTask extends TitleFolder {
  /** The stored signature; null reads the folder whatever its stats say. */
  signature: string | null;
  /** Trailer files recorded for the title, checked when the scan does not find them by name. */
  trailerPaths: string[];
}

export interface ReadTitle {
  scan: TitleScan;
  /** Known trailer files the scan did not find by name: still there, gone, or null (cannot tell). */
  elsewhere: { path: string; exists: boolean | null }[];
}

/** Plain data (it crosses threads): a filesystem error is reduced to its code. */
export type FsFailure = { code?: string };

export const fsFailure = (error: unknown): FsFailure => {
  const code = errorCode(error);
  return code === undefined ? {} : { code };
};

/** Whether a known file still exists; only a definite "no such file" counts as gone. */
function exists(path: string): boolean | null {
  try {
    statSync(path);
    return true;
  } catch (error) {
    const code = errorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR' ? false : null;
  }
}

/**
 * Reads title folders: one whose signature no longer matches is read again, the others are
 * skipped without listing them (and cost the main thread nothing but a count). `onFolder` is
 * called after each folder.
 */
export function readTitleFolders(
  kind: LibraryKind,
  tasks: readonly FolderTask[],
  issues: IssueList,
  onFolder: () => void,
): { titles: ReadTitle[]; unchanged: number } {
  const titles: ReadTitle[] = [];
  let unchanged = 0;
  for (const task of tasks) {
    if (task.signature && signatureUnchanged(task.path, kind, task.signature)) {
      unchanged++;
    } else {
      const scan = scanTitleFolder(task.path, task.name, kind, issues);
      if (scan) {
        let elsewhere: ReadTitle['elsewhere'] = [];
        if (task.trailerPaths.length > 0) {
          const found = new Set(scan.trailers.map((t) => t.path));
          elsewhere = task.trailerPaths
            .filter((path) => !found.has(path))
            .map((path) => ({ path, exists: exists(path) }));
        }
        titles.push({ scan, elsewhere });
      }
    }
    onFolder();
  }
  return { titles, unchanged };
}

/**
 * Whether the root is still a folder once every title folder was read: a share that dropped
 * mid-scan makes every folder look gone, so nothing may be marked missing then.
 */
export function checkRoot(rootPath: string): { ok: true } | { ok: false; error: FsFailure } {
  try {
    return statSync(rootPath).isDirectory() ? { ok: true } : { ok: false, error: {} };
  } catch (error) {
    return { ok: false, error: fsFailure(error) };
  }
}

/** What the main thread asks of a scan's worker thread; each is answered by one message. */
export type ScanWorkerRequest =
  | { type: 'list'; rootPath: string }
  | { type: 'read'; kind: LibraryKind; tasks: FolderTask[] }
  | { type: 'check'; rootPath: string };

/** A batch of folders read: the changed titles in full, the unchanged ones only counted. */
export interface ReadBatch {
  folders: number;
  titles: ReadTitle[];
  unchanged: number;
  issues: IssueSnapshot;
}

/** What a scan's worker thread posts; `progress` and `unreported`: folders done since it last said. */
export type ScanWorkerMessage =
  | { type: 'progress'; folders: number }
  | {
      type: 'listed';
      listing: { ok: true; folders: TitleFolder[] } | { ok: false; error: FsFailure };
      issues: IssueSnapshot;
    }
  | { type: 'read'; unreported: number; titles: ReadTitle[]; unchanged: number; issues: IssueSnapshot }
  | { type: 'checked'; result: { ok: true } | { ok: false; error: FsFailure } };
