// The data folder holds secrets at rest (the TMDB key and cookie settings in trailerdeck.db, command
// lines in the log): it is the owner's alone. Created 0700, its files 0600; a folder or file left
// readable by others (an older version, a copy) is tightened at start-up. Start-up problems with it
// end in a StartupError: a message a person can act on, never a stack trace or a busy loop.
import { chmodSync, mkdirSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { errorCode, messageOf } from '../errors';

export type StartupErrorCode = 'DATA_DIR_UNUSABLE' | 'DATABASE_CORRUPT' | 'DATABASE_UNUSABLE';

/** Trailerdeck cannot start with this data folder or database; the message says what to do. */
export class StartupError extends Error {
  constructor(
    readonly code: StartupErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StartupError';
  }
}

/** What start-up changed, for the log: folders and files whose permissions were tightened. */
export interface Tightened {
  path: string;
  /** The permission bits before (e.g. 0o755). */
  from: number;
  to: number;
}

const ownerOnlyFolder = 0o700;
const ownerOnlyFile = 0o600;
// Windows has no group/other bits to speak of: Node maps modes to a read-only flag only.
const posix = process.platform !== 'win32';

/**
 * Makes sure `dir` is a folder only its owner can open: creates it (and missing parents, one by
 * one: Node's recursive mkdir loops forever under /proc) with mode 0700, or tightens it.
 */
export function prepareDataFolder(dir: string): Tightened[] {
  const missing: string[] = [];
  for (let current = dir; ; current = dirname(current)) {
    const stats = statOrNull(current, dir);
    if (stats) {
      if (!stats.isDirectory()) throw unusable(dir, `${current} is a file, not a folder.`);
      break;
    }
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder, { mode: ownerOnlyFolder });
    } catch (error) {
      throw unusable(dir, `${folder} could not be created (${errorCode(error) ?? messageOf(error)}).`, error);
    }
  }
  if (missing.length > 0) return [];
  const changed = restrictToOwner(dir, ownerOnlyFolder);
  return changed ? [changed] : [];
}

/**
 * Removes group and other permissions from an existing file or folder; null when there was
 * nothing to change (or it does not exist). Fails quietly when we are not its owner: the
 * caller's log says what remains open.
 */
export function restrictToOwner(path: string, mode: number = ownerOnlyFile): Tightened | null {
  if (!posix) return null;
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return null;
  }
  const from = stats.mode & 0o777;
  if ((from & 0o077) === 0) return null;
  try {
    chmodSync(path, mode);
    return { path, from, to: mode };
  } catch {
    return null;
  }
}

/** How a tightening reads in the log: "… was 0755, now 0700". */
export function describeTightened({ path, from, to }: Tightened): string {
  return `${path} was readable by other users (${octal(from)}), now ${octal(to)}.`;
}

function octal(mode: number): string {
  return `0${mode.toString(8).padStart(3, '0')}`;
}

function statOrNull(path: string, dir: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return null;
    if (code === 'ENOTDIR') throw unusable(dir, `part of that path is a file, not a folder.`, error);
    throw unusable(dir, `${path} cannot be read (${code ?? messageOf(error)}).`, error);
  }
}

function unusable(dir: string, reason: string, cause?: unknown): StartupError {
  return new StartupError(
    'DATA_DIR_UNUSABLE',
    `Trailerdeck cannot use ${dir} as its data folder: ${reason} Choose another folder (headless: --data-dir DIR).`,
    { cause },
  );
}
