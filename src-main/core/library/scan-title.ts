// Blocking filesystem calls: this runs in the scan's worker thread (see scan-worker.ts).
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import type { LibraryKind } from '../../../src-preload/contract/models';
import {
  isTrailerFileName,
  isTrailerInTrailersFolder,
  isTrailersFolderName,
  isVideoFile,
} from './detect-trailers';
import { childPath, errorCode, isIgnoredEntry, nameProblem, type IssueList } from './fs-entries';
import { parseFolderName, sortTitleOf } from './parse-folder-name';
import { readNfoFile } from './parse-nfo';
import { isInside } from './root-validation';
import { buildSignature, type SignaturePart } from './title-signature';

/** A trailer file as found on disk, before probing. */
export interface FoundTrailer {
  path: string;
  fileName: string;
  size: number;
  mtimeMs: number;
}

/** Everything one title folder says, ready to be written. */
export interface TitleScan {
  folderPath: string;
  title: string;
  sortTitle: string;
  year: number | null;
  imdbId: string | null;
  tmdbId: string | null;
  tvdbId: string | null;
  nfoTrailerId: string | null;
  posterPath: string | null;
  /** Null when something in the folder could not be read: the next scan looks again. */
  signature: string | null;
  trailers: FoundTrailer[];
}

// In order of preference.
const POSTER_NAMES = ['poster', 'folder', 'cover'].flatMap((n) => [`${n}.jpg`, `${n}.jpeg`, `${n}.png`]);
const POSTER_SET: ReadonlySet<string> = new Set(POSTER_NAMES);

const part = (rel: string, s: Stats): SignaturePart => [rel, s.mtimeMs, s.ctimeMs, s.size];

/** A folder's usable entries: files by name; of the sub-folders, only the `Trailers` ones matter. */
interface Entries {
  files: string[];
  /** Lower-cased name to name, for the few files looked up by name (NFOs and posters). */
  byLower: Map<string, string>;
  trailerDirs: { name: string; link: boolean }[];
}

/**
 * The folder's usable entries; symlinks resolved (dangling ones dropped, loops reported). Null
 * when a link could not be followed. This runs for every title folder of a first scan: one pass,
 * and objects only for what is used.
 */
function usableEntries(dir: string, dirents: Dirent[], issues: IssueList): Entries | null {
  const entries: Entries = { files: [], byLower: new Map(), trailerDirs: [] };
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
    } else if (kind === 'dir' && isTrailersFolderName(name)) {
      entries.trailerDirs.push({ name, link });
    }
  }
  return complete ? entries : null;
}

const noEntries = (): Entries => ({ files: [], byLower: new Map(), trailerDirs: [] });

/**
 * Reads one title folder: its NFO, poster and trailers (by name in the folder, or any video in its
 * `Trailers` folder). Returns null when the folder itself cannot be read; the row stays untouched.
 * Blocking: worker thread only.
 */
export function scanTitleFolder(
  folderPath: string,
  folderName: string,
  kind: LibraryKind,
  issues: IssueList,
): TitleScan | null {
  let dirents: Dirent[];
  let folderStat: Stats;
  try {
    // Stat before listing: a change made in between shows up as a newer mtime next time.
    folderStat = statSync(folderPath);
    dirents = readdirSync(folderPath, { withFileTypes: true });
  } catch (error) {
    issues.addError(folderPath, error, 'Skipped a title folder that cannot be read');
    return null;
  }
  const parts: SignaturePart[] = [part('', folderStat)];
  const listed = usableEntries(folderPath, dirents, issues);
  let complete = listed !== null;
  const { files, byLower, trailerDirs } = listed ?? noEntries();

  const info = parseFolderName(folderName);
  const scan: TitleScan = {
    folderPath,
    title: info.title,
    sortTitle: '',
    year: info.year,
    imdbId: info.imdbId,
    tmdbId: info.tmdbId,
    tvdbId: info.tvdbId,
    nfoTrailerId: null,
    posterPath: null,
    signature: null,
    trailers: [],
  };

  const nfoName = pickNfo(kind, folderName, files, byLower);
  if (nfoName) {
    try {
      const nfo = readNfoFile(childPath(folderPath, nfoName));
      parts.push([nfoName, nfo.mtimeMs, nfo.ctimeMs, nfo.size]);
      scan.title = nfo.info.title ?? scan.title;
      scan.year = nfo.info.year ?? scan.year;
      scan.imdbId = nfo.info.imdbId ?? scan.imdbId;
      scan.tmdbId = nfo.info.tmdbId ?? scan.tmdbId;
      scan.tvdbId = nfo.info.tvdbId ?? scan.tvdbId;
      scan.nfoTrailerId = nfo.info.trailerYoutubeId;
    } catch (error) {
      issues.addError(childPath(folderPath, nfoName), error, 'Could not read the NFO file');
      complete = false;
    }
  }
  scan.sortTitle = sortTitleOf(scan.title);

  // The poster's name comes from the listing; its content is not in the row, so it is not watched.
  if (byLower.size > 0) {
    const posterName = POSTER_NAMES.map((n) => byLower.get(n)).find((n) => n !== undefined);
    if (posterName) scan.posterPath = childPath(folderPath, posterName);
  }

  const trailerPaths: { path: string; name: string }[] = [];
  for (const name of files) {
    if (isTrailerFileName(name, folderName)) trailerPaths.push({ path: childPath(folderPath, name), name });
  }
  for (const dir of trailerDirs) {
    const inner = listTrailersFolder(folderPath, dir, issues);
    if (!inner) {
      complete = false;
      continue;
    }
    parts.push(part(dir.name, inner.stat));
    for (const name of inner.files) trailerPaths.push({ path: childPath(inner.path, name), name });
  }
  for (const { path, name } of trailerPaths) {
    try {
      const s = statSync(path);
      scan.trailers.push({ path, fileName: name, size: s.size, mtimeMs: s.mtimeMs });
    } catch (error) {
      issues.addError(path, error, 'Could not read a trailer file');
      complete = false;
    }
  }

  scan.signature = complete && !tooRecent(parts) ? buildSignature(kind, parts) : null;
  return scan;
}

/**
 * FAT, HFS+ and some shares keep whole seconds: a change in the same second as the scan would not
 * move the mtime it recorded. Such a folder gets no signature, so the next scan reads it again.
 */
function tooRecent(parts: SignaturePart[]): boolean {
  const now = Date.now();
  return parts.some(([, mtimeMs]) => mtimeMs % 1000 === 0 && now - mtimeMs < 3000);
}

function pickNfo(
  kind: LibraryKind,
  folderName: string,
  files: string[],
  byLower: Map<string, string>,
): string | null {
  if (byLower.size === 0) return null;
  if (kind === 'series') return byLower.get('tvshow.nfo') ?? null;
  const direct = byLower.get('movie.nfo') ?? byLower.get(`${folderName.toLowerCase()}.nfo`);
  if (direct) return direct;
  // Kodi also reads `<movie file name>.nfo` next to the movie file.
  for (const name of files) {
    if (!isVideoFile(name) || isTrailerFileName(name, folderName)) continue;
    const nfo = byLower.get(`${name.slice(0, name.lastIndexOf('.')).toLowerCase()}.nfo`);
    if (nfo) return nfo;
  }
  return null;
}

function listTrailersFolder(
  titlePath: string,
  entry: { name: string; link: boolean },
  issues: IssueList,
): { path: string; stat: Stats; files: string[] } | null {
  const dir = childPath(titlePath, entry.name);
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
    return { path: dir, stat: dirStat, files: entries.files.filter(isTrailerInTrailersFolder) };
  } catch (error) {
    issues.addError(dir, error, 'Skipped a trailers folder that cannot be read');
    return null;
  }
}
