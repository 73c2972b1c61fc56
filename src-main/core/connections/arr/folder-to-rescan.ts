// The library folder to rescan so a title folder an Arr just filled becomes visible: only when the
// folder is really there and inside a library folder (Trailerdeck never adds folders on its own).
import { stat } from 'node:fs/promises';
import { sep } from 'node:path';
import type { LibraryRoot } from '../../../../src-preload/contract/models';

export async function folderToRescan(
  folder: string,
  roots: Pick<LibraryRoot, 'id' | 'path'>[],
): Promise<number | null> {
  const root = roots.find((candidate) =>
    folder.startsWith(candidate.path.endsWith(sep) ? candidate.path : candidate.path + sep),
  );
  if (!root) return null;
  try {
    return (await stat(folder)).isDirectory() ? root.id : null;
  } catch {
    return null;
  }
}
