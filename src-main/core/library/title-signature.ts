import { statSync } from 'node:fs';
import type { LibraryKind } from '../../../src-preload/contract/models';
import { childPath } from './fs-entries';

/** One watched path, relative to the title folder ('' is the folder itself), with its stats. */
export type SignaturePart = [rel: string, mtimeMs: number, ctimeMs: number, size: number];

/**
 * A title folder's signature: the stats of the folder, its NFO, its extras folders and, for a
 * series, its season folders and theirs ("Season 01/Featurettes"), so a new featurette or season
 * trailer is found by a rescan. A folder's
 * mtime and ctime move when entries are added, removed or renamed in it, which is how trailers,
 * posters and NFOs come and go (downloaders write a temporary file and rename it into place); an
 * NFO is often rewritten in place, so its own stats are kept. ctime is kept too because copy tools
 * (rsync -a, cp -p) restore mtimes but cannot restore ctimes. Posters and trailer files are not
 * watched: a poster's content is not in the row, and a trailer overwritten in place under the same
 * name is rare enough not to cost a stat per file on every rescan.
 */
export function buildSignature(kind: LibraryKind, parts: SignaturePart[]): string {
  const sorted = [...parts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // A flat string, cheap to check on every rescan: `3/kind/rel/mtime/ctime/size/…`. A relative
  // path is URI-encoded, so its own `/` cannot split it; a number's shortest string reads back as
  // the same number.
  return [VERSION, kind, ...sorted.flatMap(([rel, ...stats]) => [encodeURIComponent(rel), ...stats])].join(
    '/',
  );
}

// 3: relative paths are encoded and reach into season folders (2 watched only `Trailers`).
const VERSION = '3';
const FIELDS = 4;
/** One options object for every call: a rescan makes tens of thousands. */
const NO_THROW = { throwIfNoEntry: false } as const;

/**
 * True when every watched path still has the stats the signature recorded, so the folder can be
 * skipped without listing it. Any doubt (another format or kind, a path gone) means changed: a
 * signature of an older format reads the folder again once, which stores the new one.
 * Blocking: worker thread only.
 */
export function signatureUnchanged(folderPath: string, kind: LibraryKind, signature: string): boolean {
  const f = signature.split('/');
  if (f[0] !== VERSION || f[1] !== kind || f.length < 2 + FIELDS || (f.length - 2) % FIELDS !== 0)
    return false;
  try {
    for (let i = 2; i < f.length; i += FIELDS) {
      const rel = decodeURIComponent(f[i] as string);
      // No exception for a vanished path: a rescan after deletions meets many of them.
      const s = statSync(rel ? rel.split('/').reduce(childPath, folderPath) : folderPath, NO_THROW);
      if (
        s === undefined ||
        s.mtimeMs !== Number(f[i + 1]) ||
        s.ctimeMs !== Number(f[i + 2]) ||
        s.size !== Number(f[i + 3])
      )
        return false;
    }
    return true;
  } catch {
    return false;
  }
}
