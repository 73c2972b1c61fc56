// Comparing folders as a media server writes them: POSIX ("/data/movies/Heat (1995)") or Windows
// ("D:\Media\Movies\Heat (1995)"), whole path segments only, trailing separators ignored.

/** The path's segments; Windows paths compare without regard to case. */
export function segmentsOf(path: string): string[] {
  const windows = /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
  const parts = path.split(windows ? /[\\/]+/ : /\/+/).filter((part) => part !== '');
  return windows ? parts.map((part) => part.toLowerCase()) : parts;
}

/** Whether `path` is `folder` itself or lies inside it. */
export function folderHolds(folder: string, path: string): boolean {
  const outer = segmentsOf(folder);
  const inner = segmentsOf(path);
  if (outer.length === 0 || inner.length < outer.length) return false;
  if (/^\//.test(folder) !== /^\//.test(path)) return false;
  return outer.every((part, index) => part === inner[index]);
}

/** The last segment of a path: "Heat (1995)". */
export function leafOf(path: string): string {
  const parts = path.split(/[\\/]+/).filter((part) => part !== '');
  return parts[parts.length - 1] ?? '';
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
