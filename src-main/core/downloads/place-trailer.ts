// Files a finished download in the library. Two promises to the person: a file they already have
// is never replaced (the new one gets an index), and the media folder never holds half a trailer
// (a copy across drives is written under a hidden name and appears whole, or not at all).
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, lstat, mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { errorCode, messageOf } from '../errors';
import { indexedName } from '../naming/indexed-name';

export { indexedName };

export type PlacementFailureCode = 'PERMISSION_DENIED' | 'DISK_FULL' | 'TITLE_FOLDER_MISSING' | 'UNKNOWN';

/** The trailer could not be filed; the source file is still where it was. */
export class PlacementFailed extends Error {
  constructor(
    readonly code: PlacementFailureCode,
    message: string,
    /** The folder the message is about. */
    readonly folder: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PlacementFailed';
  }
}

export interface PlaceOptions {
  /**
   * The title's own folder. It must exist (it is never created: a missing one means a moved title or
   * an unmounted drive), folders inside it are created, and the target must lie inside it.
   * Defaults to the target's folder.
   */
  titleFolder?: string;
  /** Names the hidden partial copy, so start-up can tell whose it was (e.g. "job12"). */
  jobTag?: string;
}

const partSuffix = '.tdpart';
// Past this many files of the same name something is wrong, and trying further would not help.
const maxIndex = 999;
// How filesystems without hard links (FAT, exFAT, some shares) refuse one. EPERM is also what an
// immutable folder says; the rename that follows then gives the same answer.
const linkUnsupported = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

/**
 * Moves `source` to `target`, or to the first free `… (2)`, `… (3)` name, and returns the path used.
 * On the same filesystem the file gets its new name atomically; across filesystems it is copied to a
 * hidden name beside the target, flushed to disk, then given its name. Throws PlacementFailed.
 */
export async function placeTrailer(
  source: string,
  target: string,
  options: PlaceOptions = {},
): Promise<string> {
  const targetPath = resolve(target);
  const folder = dirname(targetPath);
  const titleFolder = resolve(options.titleFolder ?? folder);
  const inside = relative(titleFolder, targetPath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    // The placement template is validated long before this: reaching here is a bug, not a person's error.
    throw new Error(`Refusing to place a trailer at ${targetPath}: it is outside ${titleFolder}.`);
  }
  const jobTag = options.jobTag ?? randomBytes(4).toString('hex');
  if (!/^[A-Za-z0-9_-]+$/.test(jobTag)) {
    throw new RangeError(`jobTag must be letters, digits, _ or -, not "${jobTag}"`);
  }
  await requireTitleFolder(titleFolder);
  await makeFolders(titleFolder, folder);

  let placed: string;
  try {
    placed = await linkToFreeName(source, targetPath);
  } catch (error) {
    if (errorCode(error) !== 'EXDEV') throw placementError(error, folder);
    return copyAcross(source, targetPath, jobTag);
  }
  await removeQuietly(source);
  return placed;
}

/**
 * The hidden name of a partial copy of `fileName`: `.<name>.<jobTag>.tdpart`, the name shortened
 * when needed so the whole stays within the usual 255-byte limit.
 */
export function orphanPartName(fileName: string, jobTag: string): string {
  const ending = `.${jobTag}${partSuffix}`;
  let name = fileName;
  while (Buffer.byteLength(`.${name}${ending}`) > 255 && name.length > 0) {
    // By code point, so a name in any script is never cut inside a character.
    name = Array.from(name).slice(0, -1).join('');
  }
  return `.${name}${ending}`;
}

/** A partial copy that an interrupted placement left behind, which start-up may remove. */
export function isOrphanedPart(fileName: string): boolean {
  return /^\..+\.[A-Za-z0-9_-]+\.tdpart$/.test(fileName);
}

async function requireTitleFolder(titleFolder: string): Promise<void> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(titleFolder)).isDirectory();
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw placementError(error, titleFolder);
    isFolder = false;
  }
  if (!isFolder) {
    throw new PlacementFailed(
      'TITLE_FOLDER_MISSING',
      `The title's folder ${titleFolder} no longer exists: it may have been moved or renamed, or be on a ` +
        'drive or share that is not connected. Reconnect it or rescan the library, then retry.',
      titleFolder,
    );
  }
}

/**
 * Gives `source` the first free indexed name of `target`. link() fails with EEXIST instead of
 * replacing, so a file that appears meanwhile is never overwritten. Where hard links are not
 * supported, rename after a check: only a file created in the instant between them could be lost.
 */
async function linkToFreeName(source: string, target: string): Promise<string> {
  const folder = dirname(target);
  const name = basename(target);
  let canLink = true;
  for (let index = 1; index <= maxIndex; index += 1) {
    const candidate = join(folder, indexedName(name, index));
    if (canLink) {
      try {
        await link(source, candidate);
        return candidate;
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EEXIST') continue;
        if (code === undefined || !linkUnsupported.has(code)) throw error;
        canLink = false;
      }
    }
    if (await exists(candidate)) continue;
    await rename(source, candidate);
    return candidate;
  }
  throw new Error(`${maxIndex} files named like ${name} already exist.`);
}

async function copyAcross(source: string, target: string, jobTag: string): Promise<string> {
  const folder = dirname(target);
  const part = join(folder, orphanPartName(basename(target), jobTag));
  let placed: string;
  try {
    // A leftover of this job's earlier attempt has this very name; it is ours to replace.
    await rm(part, { force: true });
    await copyFile(source, part, constants.COPYFILE_EXCL);
    await syncFile(part);
    placed = await linkToFreeName(part, target);
    await removeQuietly(part);
    await syncFolder(folder);
  } catch (error) {
    await removeQuietly(part);
    throw placementError(error, folder);
  }
  await removeQuietly(source);
  return placed;
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the new name itself durable; not every system can open a folder for this (Windows). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the file's own data is already on disk.
  }
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    (error: unknown) => {
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    },
  );
}

/** The source is in the app's own folder, which the queue clears: failing to delete it is not worth failing the job. */
async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

/**
 * Creates the folders between the title's folder and `folder`, one at a time: a recursive mkdir
 * reports a read-only mount as ENOENT (Node 20), which would hide the reason from the person.
 */
async function makeFolders(titleFolder: string, folder: string): Promise<void> {
  let current = titleFolder;
  for (const part of relative(titleFolder, folder)
    .split(sep)
    .filter((name) => name !== '')) {
    const parent = current;
    current = join(current, part);
    try {
      await mkdir(current);
    } catch (error) {
      if (errorCode(error) === 'EEXIST' && (await stat(current)).isDirectory()) continue;
      throw placementError(error, parent);
    }
  }
}

function placementError(error: unknown, folder: string): PlacementFailed {
  if (error instanceof PlacementFailed) return error;
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new PlacementFailed(
        'PERMISSION_DENIED',
        `Trailerdeck cannot write to ${folder}: the folder is read-only or belongs to another user. ` +
          'Give the user running Trailerdeck write permission, or choose a profile that saves elsewhere.',
        folder,
        { cause: error },
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new PlacementFailed(
        'DISK_FULL',
        `The disk of ${folder} is full, so the trailer does not fit. Free some space there, then retry.`,
        folder,
        { cause: error },
      );
    default: {
      const reason = messageOf(error);
      return new PlacementFailed(
        'UNKNOWN',
        `Trailerdeck could not file the trailer in ${folder}: ${reason}`,
        folder,
        {
          cause: error,
        },
      );
    }
  }
}
