// What the scan's worker thread does (scan-worker.ts), with blocking filesystem calls: list the
// root's title folders, read the changed ones, check the known trailer files it did not find.
// Plain synchronous code, so the tests can also run it in-process.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { LibraryKind } from '../../../src-preload/contract/models';
import { errorCode, isIgnoredEntry, IssueList, nameProblem, type IssueSnapshot } from './fs-entries';
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
    const path = join(rootPath, dirent.name);
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
      const path = join(rootPath, link.name);
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

/** What the main thread knows of a title folder from the last scan. */
export interface KnownTitle {
  /** The stored signature; null reads the folder whatever its stats say. */
  signature: string | null;
  /** Trailer files recorded for the title, checked when the scan does not find them by name. */
  trailerPaths: string[];
}

export interface ReadRequest {
  rootPath: string;
  kind: LibraryKind;
  /** Known titles by folder path. */
  known: Map<string, KnownTitle>;
}

export interface ReadTitle {
  scan: TitleScan;
  /** Known trailer files the scan did not find by name: still there, gone, or null (cannot tell). */
  elsewhere: { path: string; exists: boolean | null }[];
}

/** Plain data (it crosses threads): a filesystem error is reduced to its code. */
export type LibraryReading =
  | { ok: false; error: { code?: string }; issues: IssueSnapshot }
  | { ok: true; folderPaths: string[]; unchanged: number; titles: ReadTitle[]; issues: IssueSnapshot };

const failure = (error: unknown): { code?: string } => {
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
 * Reads a library root: every title folder whose signature no longer matches is read again, the
 * others are skipped without listing them. `onProgress` is called after the listing (0 done) and
 * once per folder. A root that cannot be listed, or is gone by the end (a share that dropped
 * mid-scan makes every folder look gone), gives `ok: false`.
 */
export function readLibrary(
  request: ReadRequest,
  onProgress: (done: number, total: number) => void,
): LibraryReading {
  const { rootPath, kind, known } = request;
  const issues = new IssueList();
  const listing = listTitleFolders(rootPath, issues);
  if (!listing.ok) return { ok: false, error: failure(listing.error), issues: issues.snapshot() };
  const folders = listing.folders;
  const titles: ReadTitle[] = [];
  let unchanged = 0;
  onProgress(0, folders.length);
  for (const [index, folder] of folders.entries()) {
    const old = known.get(folder.path);
    if (old?.signature && signatureUnchanged(folder.path, kind, old.signature)) {
      unchanged++;
    } else {
      const scan = scanTitleFolder(folder.path, folder.name, kind, issues);
      if (scan) {
        const found = new Set(scan.trailers.map((t) => t.path));
        const others = old?.trailerPaths.filter((path) => !found.has(path)) ?? [];
        titles.push({ scan, elsewhere: others.map((path) => ({ path, exists: exists(path) })) });
      }
    }
    onProgress(index + 1, folders.length);
  }
  try {
    if (!statSync(rootPath).isDirectory()) return { ok: false, error: {}, issues: issues.snapshot() };
  } catch (error) {
    return { ok: false, error: failure(error), issues: issues.snapshot() };
  }
  const folderPaths = folders.map((f) => f.path);
  return { ok: true, folderPaths, unchanged, titles, issues: issues.snapshot() };
}

/** What the scan's worker thread posts to the main thread. */
export type ScanWorkerMessage =
  { type: 'progress'; done: number; total: number } | { type: 'done'; reading: LibraryReading };
