import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, resolve, sep } from 'node:path';
import { AppError } from '../errors';
import { errorCode } from './fs-entries';
import { systemFolderProblem } from './system-folders';

export interface ExistingRoot {
  path: string;
}

export interface ValidRoot {
  /** Absolute and normalised (no trailing separator, no `..`), as it will be stored. */
  path: string;
  /** The root's entries, read while checking it is readable; reused to detect its kind. */
  entries: Dirent[];
}

// Windows and macOS volumes are case-insensitive by default: compare paths the way they do.
const foldCase = process.platform === 'win32' || process.platform === 'darwin';
const key = (p: string): string => (foldCase ? p.toLowerCase() : p);

/** True when `inner` lies strictly inside `outer`. */
export function isInside(inner: string, outer: string): boolean {
  const base = outer.endsWith(sep) ? outer : outer + sep;
  return inner !== outer && key(inner).startsWith(key(base));
}

const samePath = (a: string, b: string): boolean => key(a) === key(b);

async function realOrSelf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    // An unreachable root (an unmounted share) still owns its path.
    return path;
  }
}

/**
 * Checks that a folder can become a library root, or throws an AppError whose message names the
 * path and the fix: ROOT_NOT_FOUND, ROOT_NOT_DIRECTORY, ROOT_NOT_READABLE, ROOT_ALREADY_ADDED,
 * ROOT_OVERLAPS, ROOT_NOT_ALLOWED (the top of a file system, /proc and the like), INVALID_INPUT (a
 * relative path). Links are resolved, so a root added through a symlink is recognised (and judged)
 * as the folder it points to.
 */
export async function validateNewRoot(input: string, existing: readonly ExistingRoot[]): Promise<ValidRoot> {
  if (!isAbsolute(input)) {
    throw new AppError(
      'INVALID_INPUT',
      `“${input}” is not a full path. Choose the folder with the folder browser, or type its whole path.`,
    );
  }
  const path = resolve(input);

  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new AppError(
        'ROOT_NOT_READABLE',
        `Trailerdeck may not open “${path}” (permission denied). Give your user access to it, then add it again.`,
        { cause: error },
      );
    }
    throw new AppError(
      'ROOT_NOT_FOUND',
      code === 'ELOOP'
        ? `“${path}” is a link that leads back to itself. Choose the folder it should point to.`
        : `The folder “${path}” does not exist. Check the path, or connect the drive or share it is on, then try again.`,
      { cause: error },
    );
  }
  if (!info.isDirectory()) {
    throw new AppError(
      'ROOT_NOT_DIRECTORY',
      `“${path}” is a file, not a folder. Choose the folder that holds your movie or series folders.`,
    );
  }

  const real = await realOrSelf(path);
  const systemProblem = await systemFolderProblem(real);
  if (systemProblem) {
    const which = real === path ? `“${path}”` : `“${path}” leads to “${real}”, which`;
    throw new AppError(
      'ROOT_NOT_ALLOWED',
      `${which} cannot be a library folder: ${systemProblem}. Choose the folder that holds your movie or series folders.`,
    );
  }

  let entries: Dirent[];
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    throw new AppError(
      'ROOT_NOT_READABLE',
      `Trailerdeck cannot list the folder “${path}” (${errorCode(error) === 'EACCES' ? 'permission denied' : (errorCode(error) ?? 'read error')}). Give your user read access to it, then add it again.`,
      { cause: error },
    );
  }

  for (const root of existing) {
    const rootReal = await realOrSelf(root.path);
    if (samePath(path, root.path) || samePath(real, rootReal)) {
      throw new AppError(
        'ROOT_ALREADY_ADDED',
        samePath(path, root.path)
          ? `“${path}” is already in your library.`
          : `“${path}” is the same folder as “${root.path}”, which is already in your library.`,
      );
    }
    if (isInside(path, root.path) || isInside(real, rootReal)) {
      throw new AppError(
        'ROOT_OVERLAPS',
        `“${path}” is inside “${root.path}”, which is already a library folder, so its titles are scanned from there. Remove “${root.path}” first to add this folder on its own.`,
      );
    }
    if (isInside(root.path, path) || isInside(rootReal, real)) {
      throw new AppError(
        'ROOT_OVERLAPS',
        `“${path}” contains the library folder “${root.path}”. Remove “${root.path}” first, then add this folder.`,
      );
    }
  }
  return { path, entries };
}
