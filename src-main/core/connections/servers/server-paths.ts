// Comparing folders as a media server writes them: POSIX ("/data/movies/Heat (1995)") or Windows
// ("D:\Media\Movies\Heat (1995)"), whole path segments only, trailing separators ignored.
import { ConnectionError } from '../http-json';
import { isWithin } from '../path-mapping';

/** The path's segments; Windows paths compare without regard to case. */
export function segmentsOf(path: string): string[] {
  const windows = /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
  const parts = path.split(windows ? /[\\/]+/ : /\/+/).filter((part) => part !== '');
  return windows ? parts.map((part) => part.toLowerCase()) : parts;
}

/** Whether `path` is `folder` itself or lies inside it (the path mappings' own rule). */
export function folderHolds(folder: string, path: string): boolean {
  return isWithin(path, folder);
}

/** The last segment of a path: "Heat (1995)". */
export function leafOf(path: string): string {
  const parts = path.split(/[\\/]+/).filter((part) => part !== '');
  return parts[parts.length - 1] ?? '';
}

/** The folder holding a file: "/data/movies/Heat (1995)/Heat.mkv" → "/data/movies/Heat (1995)". */
export function parentOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}

/**
 * What to search a title by from its folder's name: "Heat (1995) {imdb-tt0113277}" → "Heat". Plex's
 * title filter matches a part of the title, and the hits are checked by path, so a rough name is
 * enough.
 */
export function titleSearchOf(folder: string): string {
  return leafOf(folder)
    .replace(/[[{(].*$/, '')
    .replace(/[._]+/g, ' ')
    .trim();
}

/** Folders the server has in none of its libraries: nothing was asked for them. */
export function outsideLibraries(label: string, folders: string[]): ConnectionError {
  const shown =
    folders.slice(0, 3).join(', ') + (folders.length > 3 ? ` and ${folders.length - 3} more` : '');
  return new ConnectionError(
    'WRONG_ADDRESS',
    `${label} has no library holding ${shown}. Check the connection's path mappings: they must turn this machine's folders into the paths ${label} sees.`,
  );
}
