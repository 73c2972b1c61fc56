// The one rule for every route that serves a file (the renderer's files and title posters, in the
// headless server and in Electron's app:// protocol): the file's REAL path must lie inside the real
// path of the folder it belongs to. A symlink (or a symlinked parent) leading elsewhere is refused,
// so a `poster.jpg` linking to /etc/passwd is never served.
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { isPosterFile, urlPathSegments } from './static-paths';

/**
 * The real path of `relative` inside `folder`, or null when it does not exist, is not a regular
 * file, or resolves (through links) outside the folder. `relative` must already be free of `..`.
 */
export async function resolveFileInside(folder: string, relative: string): Promise<string | null> {
  try {
    const realFolder = await realpath(folder);
    const real = await realpath(join(realFolder, relative));
    if (!real.startsWith(realFolder + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

/**
 * Maps a URL path to a file inside `root`, or null. Refuses `..`, encoded slashes and NULs
 * outright, then checks the real path so a symlink cannot lead outside the folder either.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | null> {
  const segments = urlPathSegments(urlPath);
  if (!segments) return null;
  return resolveFileInside(root, segments.length === 0 ? 'index.html' : segments.join(sep));
}

/**
 * The file to serve for a poster the scan recorded (`<title folder>/poster.jpg`), or null. It must
 * stay in its title folder and be a picture, by its recorded name and by its real one.
 */
export async function resolvePosterFile(recorded: string | null): Promise<string | null> {
  if (!recorded || !isPosterFile(recorded)) return null;
  const real = await resolveFileInside(dirname(recorded), basename(recorded));
  return real && isPosterFile(real) ? real : null;
}
