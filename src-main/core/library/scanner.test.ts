// The worker's reading, run in-process: it is plain synchronous code.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IssueList } from './fs-entries';
import { checkRoot, listTitleFolders, readTitleFolders, type FolderTask } from './scanner';

const dir = mkdtempSync(join(tmpdir(), 'trailerdeck read '));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The root's folders as the main thread hands them out, with what it knows of them. */
function tasksOf(root: string, known: Record<string, Omit<FolderTask, 'name' | 'path'>> = {}): FolderTask[] {
  const listing = listTitleFolders(root, new IssueList());
  if (!listing.ok) throw new Error('cannot list');
  return listing.folders.map((f) => ({ ...f, signature: null, trailerPaths: [], ...known[f.path] }));
}

describe('readTitleFolders', () => {
  it('skips titles whose signature still matches and checks the known trailers it did not find', () => {
    const root = join(dir, 'Movies');
    const heat = join(root, 'Heat (1995)');
    const ran = join(root, 'Ran (1985)');
    mkdirSync(heat, { recursive: true });
    mkdirSync(ran, { recursive: true });
    writeFileSync(join(heat, 'Heat (1995)-trailer.mp4'), 'x');
    const kept = join(dir, 'kept elsewhere.mp4');
    writeFileSync(kept, 'x');
    // Long ago: a whole-second mtime of this very second would withhold the signature.
    for (const folder of [heat, ran]) utimesSync(folder, 1_600_000_000, 1_600_000_000);
    let folders = 0;
    const first = readTitleFolders('movies', tasksOf(root), new IssueList(), () => folders++);
    expect(folders).toBe(2);
    const signatures = new Map(first.titles.map((t) => [t.scan.folderPath, t.scan.signature]));
    expect(signatures.get(heat)).toEqual(expect.any(String));

    writeFileSync(join(ran, 'Ran (1985)-trailer.mkv'), 'x');
    const tasks = tasksOf(root, {
      [heat]: { signature: signatures.get(heat) ?? null, trailerPaths: [] },
      [ran]: { signature: signatures.get(ran) ?? null, trailerPaths: [kept, join(ran, 'deleted.mp4')] },
    });
    const second = readTitleFolders('movies', tasks, new IssueList(), () => undefined);
    expect(second.unchanged).toBe(1);
    expect(second.titles).toMatchObject([
      {
        scan: { folderPath: ran, trailers: [{ fileName: 'Ran (1985)-trailer.mkv' }] },
        elsewhere: [
          { path: kept, exists: true },
          { path: join(ran, 'deleted.mp4'), exists: false },
        ],
      },
    ]);
  });

  it('reads a folder again whose signature is of another kind or an older format', () => {
    const root = join(dir, 'Formats');
    const alien = join(root, 'Alien (1979)');
    mkdirSync(alien, { recursive: true });
    utimesSync(alien, 1_600_000_000, 1_600_000_000);
    const signature = readTitleFolders('movies', tasksOf(root), new IssueList(), () => undefined).titles[0]
      ?.scan.signature;
    expect(signature).toEqual(expect.any(String));
    const again = (old: string | null | undefined) =>
      readTitleFolders(
        'series',
        tasksOf(root, { [alien]: { signature: old ?? null, trailerPaths: [] } }),
        new IssueList(),
        () => undefined,
      ).unchanged;
    expect(again(signature)).toBe(0);
    const v1 = JSON.stringify({ v: 1, k: 'series', p: [['', 1_600_000_000_000, 0, 0]] });
    expect(again(v1)).toBe(0);
  });
});

describe('listTitleFolders and checkRoot', () => {
  it('report a root they cannot reach by its error code', () => {
    const gone = join(dir, 'not there');
    expect(listTitleFolders(gone, new IssueList())).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
    expect(checkRoot(gone)).toEqual({ ok: false, error: { code: 'ENOENT' } });
    expect(checkRoot(dir)).toEqual({ ok: true });
  });
});
