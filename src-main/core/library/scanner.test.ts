// The worker's reading, run in-process: it is plain synchronous code.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLibrary, type KnownTitle, type LibraryReading } from './scanner';

const dir = mkdtempSync(join(tmpdir(), 'trailerdeck read '));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const titlesOf = (reading: LibraryReading) => (reading.ok ? reading.titles : []);

describe('readLibrary', () => {
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
    const progress: number[] = [];
    const first = readLibrary({ rootPath: root, kind: 'movies', known: new Map() }, (done) =>
      progress.push(done),
    );
    expect(progress).toEqual([0, 1, 2]);
    const signatures = new Map(titlesOf(first).map((t) => [t.scan.folderPath, t.scan.signature]));
    expect(signatures.get(heat)).toEqual(expect.any(String));

    writeFileSync(join(ran, 'Ran (1985)-trailer.mkv'), 'x');
    const known = new Map<string, KnownTitle>([
      [heat, { signature: signatures.get(heat) ?? null, trailerPaths: [] }],
      [ran, { signature: signatures.get(ran) ?? null, trailerPaths: [kept, join(ran, 'deleted.mp4')] }],
    ]);
    const second = readLibrary({ rootPath: root, kind: 'movies', known }, () => undefined);
    expect(second).toMatchObject({
      ok: true,
      unchanged: 1,
      folderPaths: expect.arrayContaining([heat, ran]),
    });
    expect(titlesOf(second)).toMatchObject([
      {
        scan: { folderPath: ran, trailers: [{ fileName: 'Ran (1985)-trailer.mkv' }] },
        elsewhere: [
          { path: kept, exists: true },
          { path: join(ran, 'deleted.mp4'), exists: false },
        ],
      },
    ]);
  });

  it('reports a root it cannot list by its error code, with no titles', () => {
    const reading = readLibrary(
      { rootPath: join(dir, 'not there'), kind: 'movies', known: new Map() },
      () => undefined,
    );
    expect(reading).toEqual({ ok: false, error: { code: 'ENOENT' }, issues: { items: [], dropped: 0 } });
  });
});
