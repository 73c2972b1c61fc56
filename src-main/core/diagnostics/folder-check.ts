// Whether Trailerdeck can use a folder: there, readable, writable (proved by creating and removing
// a small file, since permission bits lie on network shares and to root), and how much room is
// left; with a fix in plain words for each failure — Trailarr's most reported problem.
import { randomBytes } from 'node:crypto';
import { readdir, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { FolderCheck } from '../../../src-preload/contract/diagnostics';

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
      fix: `Give the user "${user}" read access, for example: sudo chmod -R u+rX "${path}" (or chown it to ${user}). On a NAS, give that user read and write permission on the share.`,
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
        : `Give the user "${user}" write access, for example: sudo chown -R ${user} "${path}", or sudo chmod -R u+w "${path}". On a NAS, give that user read and write permission on the share.`,
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
