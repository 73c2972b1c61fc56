// Whether a file the `download` table records may be read, by its REAL path (links resolved): it
// must lie inside its title's folder, that folder inside its library root, and be a regular file. A
// trailer replaced by a link to /etc/passwd, or a title folder turned into a link elsewhere, is
// refused. The player (serve-video.ts) and the Upgrade that converts a file on disk
// (downloads/job-local-source.ts) both read library files only through this check.
import { realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { errorCode } from '../errors';

/** Where a download's file is recorded: its path, its title's folder, its library root. */
export interface LibraryFileRecord {
  path: string;
  folderPath: string;
  rootPath: string;
}

export type ConfinedFile =
  { ok: true; file: string; size: number } | { ok: false; reason: 'gone' | 'not-a-file' | 'outside-folder' };

function inside(child: string, folder: string): boolean {
  return child.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** The real path and size of a recorded file, or why it may not be read. */
export async function confineLibraryFile(record: LibraryFileRecord): Promise<ConfinedFile> {
  let real: string;
  let realFolder: string;
  let realRoot: string;
  try {
    [realRoot, realFolder, real] = await Promise.all([
      realpath(record.rootPath),
      realpath(record.folderPath),
      realpath(record.path),
    ]);
  } catch (error) {
    const code = errorCode(error);
    return { ok: false, reason: code === 'ENOENT' || code === 'ENOTDIR' ? 'gone' : 'not-a-file' };
  }
  if (!inside(realFolder, realRoot) || !inside(real, realFolder))
    return { ok: false, reason: 'outside-folder' };
  const info = await stat(real).catch(() => null);
  if (info === null) return { ok: false, reason: 'gone' };
  return info.isFile() ? { ok: true, file: real, size: info.size } : { ok: false, reason: 'not-a-file' };
}
