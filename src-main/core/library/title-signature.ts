import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryKind } from '../../../src-preload/contract/models';

/** One watched path, relative to the title folder ('' is the folder itself), with its stats. */
export type SignaturePart = [rel: string, mtimeMs: number, ctimeMs: number, size: number];

interface StoredSignature {
  v: 1;
  k: LibraryKind;
  p: SignaturePart[];
}

/**
 * A title folder's signature: the stats of the folder, its NFO and its trailers folders. A folder's
 * mtime and ctime move when entries are added, removed or renamed in it, which is how trailers,
 * posters and NFOs come and go (downloaders write a temporary file and rename it into place); an
 * NFO is often rewritten in place, so its own stats are kept. ctime is kept too because copy tools
 * (rsync -a, cp -p) restore mtimes but cannot restore ctimes. Posters and trailer files are not
 * watched: a poster's content is not in the row, and a trailer overwritten in place under the same
 * name is rare enough not to cost a stat per file on every rescan.
 */
export function buildSignature(kind: LibraryKind, parts: SignaturePart[]): string {
  const sorted = [...parts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const value: StoredSignature = { v: 1, k: kind, p: sorted };
  return JSON.stringify(value);
}

function parseSignature(signature: string): StoredSignature | null {
  try {
    const value = JSON.parse(signature) as Partial<StoredSignature>;
    if (value.v !== 1 || !Array.isArray(value.p) || value.p.length === 0) return null;
    return value as StoredSignature;
  } catch {
    return null;
  }
}

/**
 * True when every watched path still has the stats the signature recorded, so the folder can be
 * skipped without listing it. Any doubt (unparsable, another kind, a path gone) means changed.
 * Blocking: worker thread only.
 */
export function signatureUnchanged(folderPath: string, kind: LibraryKind, signature: string): boolean {
  const stored = parseSignature(signature);
  if (!stored || stored.k !== kind) return false;
  try {
    return stored.p.every(([rel, mtimeMs, ctimeMs, size]) => {
      // No exception for a vanished path: a rescan after deletions meets many of them.
      const s = statSync(rel ? join(folderPath, rel) : folderPath, { throwIfNoEntry: false });
      return s !== undefined && s.mtimeMs === mtimeMs && s.ctimeMs === ctimeMs && s.size === size;
    });
  } catch {
    return false;
  }
}
