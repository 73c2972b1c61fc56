import { realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { urlPathSegments } from './static-paths';

/**
 * Maps a URL path to a file inside `root`, or null. Refuses `..`, encoded slashes and NULs
 * outright, then checks the real path so a symlink cannot lead outside the folder either.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | null> {
  const segments = urlPathSegments(urlPath);
  if (!segments) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join(sep);
  try {
    const realRoot = await realpath(root);
    const real = await realpath(join(realRoot, relative));
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}
