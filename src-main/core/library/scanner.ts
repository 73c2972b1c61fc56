import type { Dirent } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { listDir as readdir, statPath as stat } from './fs-ops';
import { join, relative, sep } from 'node:path';
import type { LibraryKind } from '../../../src-preload/contract/models';
import { errorCode, isIgnoredEntry, nameProblem, type IssueList } from './fs-entries';
import { forEachLimit } from './map-limit';
import { isInside } from './root-validation';
import { scanTitleFolder, type TitleScan } from './scan-title';
import { signatureUnchanged } from './title-signature';

/** Title folders in flight at once: enough to hide a network share's latency, few enough to stay polite. */
export const SCAN_CONCURRENCY = 16;

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
export async function listTitleFolders(rootPath: string, issues: IssueList): Promise<RootListing> {
  let dirents: Dirent[];
  try {
    dirents = await readdir(rootPath);
  } catch (error) {
    return { ok: false, error };
  }
  const folders: TitleFolder[] = [];
  const links: Dirent[] = [];
  for (const dirent of dirents) {
    if (isIgnoredEntry(dirent.name)) continue;
    const path = join(rootPath, dirent.name);
    if (!dirent.isDirectory() && !dirent.isSymbolicLink()) continue;
    const maybe = nameProblem(rootPath, dirent.name);
    const problem = maybe instanceof Promise ? await maybe : maybe;
    if (problem) issues.add(path, problem.reason, problem.message);
    else if (dirent.isDirectory()) folders.push({ name: dirent.name, path });
    else links.push(dirent);
  }
  if (links.length > 0) {
    const rootReal = await realpath(rootPath).catch(() => rootPath);
    const realNames = new Set(folders.map((f) => f.name));
    for (const link of links) {
      const path = join(rootPath, link.name);
      try {
        if (!(await stat(path)).isDirectory()) continue;
        const target = await realpath(path);
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

export interface ExistingTitle {
  id: number;
  scanSignature: string | null;
}

export type TitleOutcome =
  | { folder: TitleFolder; status: 'unchanged' }
  | { folder: TitleFolder; status: 'unreadable' }
  | { folder: TitleFolder; status: 'scanned'; scan: TitleScan };

/**
 * Checks every title folder: one whose signature still matches is skipped without listing it;
 * the others are read. `onDone` is called once per folder, for progress.
 */
export async function scanTitleFolders(
  folders: readonly TitleFolder[],
  kind: LibraryKind,
  existing: ReadonlyMap<string, ExistingTitle>,
  issues: IssueList,
  onDone: () => void,
  signal: AbortSignal,
): Promise<TitleOutcome[]> {
  const outcomes: TitleOutcome[] = new Array<TitleOutcome>(folders.length);
  await forEachLimit(
    folders,
    SCAN_CONCURRENCY,
    async (folder, index) => {
      const signature = existing.get(folder.path)?.scanSignature;
      if (signature && (await signatureUnchanged(folder.path, kind, signature))) {
        outcomes[index] = { folder, status: 'unchanged' };
      } else {
        const scan = await scanTitleFolder(folder.path, folder.name, kind, issues);
        outcomes[index] = scan ? { folder, status: 'scanned', scan } : { folder, status: 'unreadable' };
      }
      onDone();
    },
    signal,
  );
  return outcomes;
}
