import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { homedir, userInfo } from 'node:os';
import { basename, dirname, isAbsolute, join, parse, resolve } from 'node:path';
import type { FolderEntry, FolderListing } from '../../../src-preload/contract/models';
import { AppError } from '../errors';
import { errorCode } from './fs-entries';
import { forEachLimit } from './map-limit';

const isDir = (path: string): Promise<boolean> =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

const byName = (a: FolderEntry, b: FolderEntry): number =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });

/** `/proc/mounts` escapes spaces, tabs, newlines and backslashes as octal. */
const unescapeMount = (field: string): string =>
  field.replace(/\\([0-7]{3})/g, (_m, octal: string) => String.fromCharCode(parseInt(octal, 8)));

/** Mounted drives and shares where Linux desktops and admins put them. */
async function linuxMounts(): Promise<FolderEntry[]> {
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): /run/media/<user> just is not looked at.
  }
  const bases = ['/media/', '/mnt/', ...(user ? [`/run/media/${user}/`] : [])];
  let points: string[];
  try {
    const mounts = await readFile('/proc/mounts', 'utf8');
    points = mounts
      .split('\n')
      .map((line) => unescapeMount(line.split(' ')[1] ?? ''))
      .filter((p) => bases.some((b) => p.startsWith(b)));
  } catch {
    // No /proc: offer what sits in those folders instead.
    points = [];
    for (const base of bases) {
      const names = await readdir(base).catch(() => [] as string[]);
      points.push(...names.filter((n) => !n.startsWith('.')).map((n) => join(base, n)));
    }
  }
  const unique = [...new Set(points)].sort();
  const existing = await Promise.all(unique.map(isDir));
  return unique.filter((_, i) => existing[i]).map((p) => ({ name: basename(p), path: p }));
}

/** Shortcuts shown beside the folder list: home, the filesystem root, mounted drives. */
export async function listPlaces(): Promise<FolderEntry[]> {
  const home = homedir();
  const root = parse(home).root || '/';
  const places: FolderEntry[] = [
    { name: 'Home', path: home },
    { name: root, path: root },
  ];
  if (process.platform === 'linux') places.push(...(await linuxMounts()));
  if (process.platform === 'darwin') {
    const volumes = await readdir('/Volumes').catch(() => [] as string[]);
    places.push(
      ...volumes.filter((n) => !n.startsWith('.')).map((n) => ({ name: n, path: join('/Volumes', n) })),
    );
  }
  return places;
}

/**
 * The sub-folders of a folder on this machine, for the folder browser of the headless mode
 * (where the browser cannot open a native dialog). Hidden folders are left out; links to folders
 * are listed. Defaults to the home folder.
 */
export async function listFolders(path?: string): Promise<FolderListing> {
  const target = path === undefined || path === '' ? homedir() : path;
  if (!isAbsolute(target)) {
    throw new AppError(
      'INVALID_INPUT',
      `“${target}” is not a full path. Start from a place such as your home folder.`,
    );
  }
  const folder = resolve(target);
  let dirents: Dirent[];
  try {
    dirents = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new AppError('ROOT_NOT_READABLE', `Trailerdeck may not open “${folder}” (permission denied).`, {
        cause: error,
      });
    }
    throw new AppError(
      'NOT_FOUND',
      code === 'ENOTDIR'
        ? `“${folder}” is a file, not a folder.`
        : // Worded as adding the folder words it: the dialog shows whichever came last.
          `The folder “${folder}” does not exist. Check the path, or connect the drive or share it is on, then try again.`,
      { cause: error },
    );
  }

  const folders: FolderEntry[] = [];
  const links: FolderEntry[] = [];
  for (const d of dirents) {
    if (d.name.startsWith('.') || d.name.includes('\uFFFD')) continue;
    const entry = { name: d.name, path: join(folder, d.name) };
    if (d.isDirectory()) folders.push(entry);
    else if (d.isSymbolicLink()) links.push(entry);
  }
  await forEachLimit(links, 16, async (link) => {
    if (await isDir(link.path)) folders.push(link);
  });
  folders.sort(byName);

  const parent = dirname(folder);
  return { path: folder, parent: parent === folder ? null : parent, folders, places: await listPlaces() };
}
