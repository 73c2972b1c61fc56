// A folder's entries as a title scan uses them: files by name, and the extras and season folders
// among its sub-folders. Blocking: worker thread only (see scan-worker.ts).
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import type { VideoType } from '../../../src-preload/contract/video-kinds';
import { extrasFolderType, seasonOfFolder } from './detect-videos';
import { childPath, errorCode, isIgnoredEntry, nameProblem, type IssueList } from './fs-entries';
import { isInside } from './root-validation';

// In order of preference.
export const POSTER_NAMES = ['poster', 'folder', 'cover'].flatMap((n) => [
  `${n}.jpg`,
  `${n}.jpeg`,
  `${n}.png`,
]);
const POSTER_SET: ReadonlySet<string> = new Set(POSTER_NAMES);

export interface Subfolder {
  name: string;
  link: boolean;
}

/** A folder's usable entries: files by name; of the sub-folders, only extras and season folders matter. */
export interface Entries {
  files: string[];
  /** Lower-cased name to name, for the few files looked up by name (NFOs and posters). */
  byLower: Map<string, string>;
  extrasDirs: (Subfolder & { type: VideoType })[];
  seasonDirs: (Subfolder & { season: number })[];
}

/**
 * The folder's usable entries; symlinks resolved (dangling ones dropped, loops reported). Null
 * when a link could not be followed. This runs for every title folder of a first scan: one pass,
 * and objects only for what is used.
 */
export function usableEntries(
  dir: string,
  dirents: Dirent[],
  issues: IssueList,
  withSeasons = false,
): Entries | null {
  const entries: Entries = { files: [], byLower: new Map(), extrasDirs: [], seasonDirs: [] };
  let complete = true;
  for (const dirent of dirents) {
    const name = dirent.name;
    if (isIgnoredEntry(name)) continue;
    const problem = nameProblem(dir, name);
    if (problem) {
      issues.add(childPath(dir, name), problem.reason, problem.message);
      continue;
    }
    let kind: 'file' | 'dir' | null = dirent.isFile() ? 'file' : dirent.isDirectory() ? 'dir' : null;
    const link = kind === null && dirent.isSymbolicLink();
    if (link) {
      try {
        const target = statSync(childPath(dir, name));
        kind = target.isFile() ? 'file' : target.isDirectory() ? 'dir' : null;
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') {
          issues.addError(childPath(dir, name), error, 'Skipped a link that cannot be followed');
          complete = false;
        }
      }
    }
    if (kind === 'file') {
      entries.files.push(name);
      const lower = name.toLowerCase();
      if (lower.endsWith('.nfo') || POSTER_SET.has(lower)) entries.byLower.set(lower, name);
    } else if (kind === 'dir') {
      const type = extrasFolderType(name);
      const season = withSeasons && type === null ? seasonOfFolder(name) : null;
      if (type !== null) entries.extrasDirs.push({ name, link, type });
      else if (season !== null) entries.seasonDirs.push({ name, link, season });
    }
  }
  return complete ? entries : null;
}

export const noEntries = (): Entries => ({ files: [], byLower: new Map(), extrasDirs: [], seasonDirs: [] });

/** An extras or season folder's entries (a season folder's own extras folders among them). */
export function listSubfolder(
  parentPath: string,
  titlePath: string,
  entry: Subfolder,
  issues: IssueList,
): { path: string; stat: Stats; entries: Entries } | null {
  const dir = childPath(parentPath, entry.name);
  try {
    if (entry.link) {
      const real = realpathSync(dir);
      const titleReal = realpathSync(titlePath);
      // A `Trailers` link back up the tree would list the library's own titles as trailers.
      if (real === titleReal || isInside(titleReal, real)) {
        issues.add(dir, 'symlink-loop', 'Skipped: this folder links back to a folder that contains it.');
        return null;
      }
    }
    const dirStat = statSync(dir);
    const dirents = readdirSync(dir, { withFileTypes: true });
    const entries = usableEntries(dir, dirents, issues);
    if (!entries) return null;
    return { path: dir, stat: dirStat, entries };
  } catch (error) {
    issues.addError(dir, error, 'Skipped a folder of extras or a season that cannot be read');
    return null;
  }
}
