import type { Dirent, Stats } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { listDir as readdir, statPath as stat } from './fs-ops';
import { join } from 'node:path';
import type { LibraryKind } from '../../../src-preload/contract/models';
import {
  isTrailerFileName,
  isTrailerInTrailersFolder,
  isTrailersFolderName,
  isVideoFile,
} from './detect-trailers';
import { errorCode, isIgnoredEntry, nameProblem, type IssueList } from './fs-entries';
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

const POSTER_NAMES = ['poster', 'folder', 'cover'].flatMap((n) => [`${n}.jpg`, `${n}.jpeg`, `${n}.png`]);

const part = (rel: string, s: Stats): SignaturePart => [rel, s.mtimeMs, s.ctimeMs, s.size];

interface FolderEntry {
  name: string;
  kind: 'file' | 'dir';
  link: boolean;
}

/** The folder's usable entries; symlinks resolved (dangling ones dropped, loops reported). */
async function usableEntries(
  dir: string,
  dirents: Dirent[],
  issues: IssueList,
): Promise<FolderEntry[] | null> {
  const entries: FolderEntry[] = [];
  let complete = true;
  for (const dirent of dirents) {
    if (isIgnoredEntry(dirent.name)) continue;
    const maybe = nameProblem(dir, dirent.name);
    const problem = maybe instanceof Promise ? await maybe : maybe;
    if (problem) {
      issues.add(join(dir, dirent.name), problem.reason, problem.message);
      continue;
    }
    if (dirent.isFile()) entries.push({ name: dirent.name, kind: 'file', link: false });
    else if (dirent.isDirectory()) entries.push({ name: dirent.name, kind: 'dir', link: false });
    else if (dirent.isSymbolicLink()) {
      try {
        const target = await stat(join(dir, dirent.name));
        if (target.isFile()) entries.push({ name: dirent.name, kind: 'file', link: true });
        else if (target.isDirectory()) entries.push({ name: dirent.name, kind: 'dir', link: true });
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') {
          issues.addError(join(dir, dirent.name), error, 'Skipped a link that cannot be followed');
          complete = false;
        }
      }
    }
  }
  return complete ? entries : null;
}

/**
 * Reads one title folder: its NFO, poster and trailers (by name in the folder, or any video in its
 * `Trailers` folder). Returns null when the folder itself cannot be read; the row stays untouched.
 */
export async function scanTitleFolder(
  folderPath: string,
  folderName: string,
  kind: LibraryKind,
  issues: IssueList,
): Promise<TitleScan | null> {
  let dirents: Dirent[];
  let folderStat: Stats;
  try {
    // Stat before listing: a change made in between shows up as a newer mtime next time.
    folderStat = await stat(folderPath);
    dirents = await readdir(folderPath);
  } catch (error) {
    issues.addError(folderPath, error, 'Skipped a title folder that cannot be read');
    return null;
  }
  const parts: SignaturePart[] = [part('', folderStat)];
  const listed = await usableEntries(folderPath, dirents, issues);
  let complete = listed !== null;
  const entries = listed ?? [];
  const files = entries.filter((e) => e.kind === 'file').map((e) => e.name);
  const byLower = new Map(files.map((name) => [name.toLowerCase(), name]));

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
      const nfo = await readNfoFile(join(folderPath, nfoName));
      parts.push([nfoName, nfo.mtimeMs, nfo.ctimeMs, nfo.size]);
      scan.title = nfo.info.title ?? scan.title;
      scan.year = nfo.info.year ?? scan.year;
      scan.imdbId = nfo.info.imdbId ?? scan.imdbId;
      scan.tmdbId = nfo.info.tmdbId ?? scan.tmdbId;
      scan.tvdbId = nfo.info.tvdbId ?? scan.tvdbId;
      scan.nfoTrailerId = nfo.info.trailerYoutubeId;
    } catch (error) {
      issues.addError(join(folderPath, nfoName), error, 'Could not read the NFO file');
      complete = false;
    }
  }
  scan.sortTitle = sortTitleOf(scan.title);

  // The poster's name comes from the listing; its content is not in the row, so it is not watched.
  const posterName = POSTER_NAMES.map((n) => byLower.get(n)).find((n) => n !== undefined);
  if (posterName) scan.posterPath = join(folderPath, posterName);

  const trailerNames = files
    .filter((name) => isTrailerFileName(name, folderName))
    .map((name) => ({ dir: '', name }));
  for (const dir of entries.filter((e) => e.kind === 'dir' && isTrailersFolderName(e.name))) {
    const inner = await listTrailersFolder(folderPath, dir, issues);
    if (!inner) {
      complete = false;
      continue;
    }
    parts.push(part(dir.name, inner.stat));
    for (const name of inner.files) trailerNames.push({ dir: dir.name, name });
  }
  for (const { dir, name } of trailerNames) {
    const rel = dir ? join(dir, name) : name;
    const path = join(folderPath, rel);
    try {
      const s = await stat(path);
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

async function listTrailersFolder(
  titlePath: string,
  entry: FolderEntry,
  issues: IssueList,
): Promise<{ stat: Stats; files: string[] } | null> {
  const dir = join(titlePath, entry.name);
  try {
    if (entry.link) {
      const [real, titleReal] = await Promise.all([realpath(dir), realpath(titlePath)]);
      // A `Trailers` link back up the tree would list the library's own titles as trailers.
      if (real === titleReal || isInside(titleReal, real)) {
        issues.add(dir, 'symlink-loop', 'Skipped: this folder links back to a folder that contains it.');
        return null;
      }
    }
    const dirStat = await stat(dir);
    const dirents = await readdir(dir);
    const entries = await usableEntries(dir, dirents, issues);
    if (!entries) return null;
    return {
      stat: dirStat,
      files: entries.filter((e) => e.kind === 'file' && isTrailerInTrailersFolder(e.name)).map((e) => e.name),
    };
  } catch (error) {
    issues.addError(dir, error, 'Skipped a trailers folder that cannot be read');
    return null;
  }
}
