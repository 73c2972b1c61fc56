// Whether Trailerdeck can use a folder: there, readable, writable (proved by creating and removing
// a small file, since permission bits lie on network shares and to root), and how much room is
// left; with a fix in plain words for each failure — Trailarr's most reported problem.
// A library's fix is the least change that works, for this app's user only: never a recursive
// chown or chmod, which would take the files from the media server or open them to everyone.
import { randomBytes } from 'node:crypto';
import { readdir, realpath, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { FolderCheck } from '../../../src-preload/contract/diagnostics';
import { systemFolderProblem } from '../library/system-folders';

/** Below this, a folder's free space is worth a warning: a few trailers' worth. */
export const lowSpaceBytes = 1024 ** 3;

export async function checkFolder(path: string, label: string, rootId: number | null): Promise<FolderCheck> {
  const base = { rootId, label, path, freeBytes: null, totalBytes: null };
  const user = currentUser();
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error || !info.isDirectory()) {
    return {
      ...base,
      exists: false,
      readable: false,
      writable: false,
      problem:
        info instanceof Error && info.code === 'EACCES'
          ? 'Trailerdeck is not allowed to look into the folder that holds this one.'
          : 'The folder is not there.',
      fix: 'Reconnect the drive or network share, check the path, or remove the folder from Trailerdeck in Settings.',
    };
  }
  // Added before such folders were refused: the fix is to remove it, never to change its owner.
  const systemProblem =
    rootId === null ? null : await systemFolderProblem(await realpath(path).catch(() => path));
  if (systemProblem) {
    return {
      ...base,
      exists: true,
      readable: false,
      writable: false,
      problem: `This cannot be a library folder: ${systemProblem}.`,
      fix: 'Remove it from Trailerdeck in Settings, then add the folder that holds your movie or series folders.',
    };
  }
  const space = await statfs(path).catch(() => null);
  const sized = {
    ...base,
    freeBytes: space ? space.bavail * space.bsize : null,
    totalBytes: space ? space.blocks * space.bsize : null,
  };
  const readError = await readdir(path).then(
    () => null,
    (error: NodeJS.ErrnoException) => error,
  );
  if (readError) {
    return {
      ...sized,
      exists: true,
      readable: false,
      writable: false,
      problem: `Trailerdeck cannot read this folder (${readError.code ?? readError.message}).`,
      fix: rootId === null ? ownDataFix(user, path) : libraryAccessFix(user, path, 'read'),
    };
  }
  const writeError = await probeWrite(path);
  if (writeError) {
    const readOnlyMount = writeError.code === 'EROFS';
    return {
      ...sized,
      exists: true,
      readable: true,
      writable: false,
      problem: readOnlyMount
        ? 'The folder is on a read-only file system: trailers cannot be saved next to the media.'
        : `Trailerdeck can read but not write this folder (${writeError.code ?? writeError.message}): trailers cannot be saved next to the media.`,
      fix: readOnlyMount
        ? 'Mount the drive or share with write access (rw instead of ro), or choose a profile that saves trailers elsewhere.'
        : rootId === null
          ? ownDataFix(user, path)
          : libraryAccessFix(user, path, 'write'),
    };
  }
  const low = sized.freeBytes !== null && sized.freeBytes < lowSpaceBytes;
  return {
    ...sized,
    exists: true,
    readable: true,
    writable: true,
    problem: low ? 'Less than 1 GB is free on this drive.' : null,
    fix: low ? 'Free some space on the drive, or trailers may fail to save.' : null,
  };
}

/** A path as one argument for a POSIX shell, for commands the person copies. */
const quoted = (path: string): string => `'${path.replace(/'/g, `'\\''`)}'`;

/**
 * How to let this app's user read (or also write) a library folder without taking it from anyone:
 * an access-list entry for that user alone (every file keeps its owner, group and mode, so the media
 * server reads them as before), or membership of the group that already has access.
 */
export function libraryAccessFix(user: string, path: string, need: 'read' | 'write'): string {
  const command =
    need === 'read'
      ? `sudo setfacl -R -m u:${user}:rX ${quoted(path)}`
      : // Trailers are saved in each title's folder, so the folders need it, not the media files;
        // the default entry (d:) passes it on to title folders added later.
        `sudo find ${quoted(path)} -type d -exec setfacl -m u:${user}:rwx,d:u:${user}:rwx {} +`;
  const share = need === 'read' ? 'read' : 'read and write';
  return (
    `Give the user "${user}" ${need} access for itself only, with an access list: ${command} ` +
    `(or add "${user}" to the group that owns the folders, shown by ls -ld ${quoted(path)}, and give that group ${need} permission on them). ` +
    'Owners and permissions of your files stay as they are, so your media server keeps its access: do not change the owner of the whole library (chown -R). ' +
    `On a NAS, give that user ${share} permission on the share.`
  );
}

/** The app's own data folder may simply be given back to its user (a run with sudo leaves it root's). */
function ownDataFix(user: string, path: string): string {
  return `Give the folder back to the user "${user}": sudo chown -R ${user} ${quoted(path)}. Only Trailerdeck's own files are in it.`;
}

async function probeWrite(folder: string): Promise<NodeJS.ErrnoException | null> {
  const probe = join(folder, `.trailerdeck-write-test-${randomBytes(6).toString('hex')}`);
  try {
    await writeFile(probe, 'Trailerdeck checks it can write here; this file is removed at once.', {
      flag: 'wx',
    });
    await rm(probe, { force: true });
    return null;
  } catch (error) {
    await rm(probe, { force: true }).catch(() => undefined);
    return error as NodeJS.ErrnoException;
  }
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'the user running Trailerdeck';
  }
}
