import { chmodSync, mkdirSync, rmdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MediaSummary } from '../../../src-preload/contract/models';
import { openTestLibrary, type TestLibrary } from './test-helpers';

const runsAsRoot = process.getuid?.() === 0;

let lib: TestLibrary;
let movies: string;

function movie(name: string, withTrailer = true): string {
  const dir = join(movies, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.mkv`), '');
  if (withTrailer) writeFileSync(join(dir, `${name}-trailer.mp4`), 'x');
  return dir;
}

/** Trailer files recorded for the title: these are a byte of text, so all of them are broken ones. */
const filesRecorded = (m: MediaSummary): number => m.trailerCount + m.brokenTrailerCount;

async function scan() {
  const root = await lib.service.addRoot(movies, 'movies');
  await lib.service.whenIdle();
  const summary = lib.service.listRoots().find((r) => r.id === root.id)?.lastScan;
  if (!summary) throw new Error('no summary');
  // The trailers here are a byte of text: ffprobe refusing them is not what these tests are about.
  return { ...summary, issues: summary.issues.filter((i) => i.reason !== 'probe-failed') };
}

beforeEach(() => {
  lib = openTestLibrary();
  movies = join(lib.dir, 'Movies');
  movie('Heat (1995)');
});
afterEach(() => lib.close());

describe('a scan goes on past broken corners', () => {
  it('reports links that loop and never follows them', async () => {
    symlinkSync(movies, join(movies, 'Back to root'));
    symlinkSync(lib.dir, join(movies, 'Up above'));
    symlinkSync(join(movies, 'Loop B'), join(movies, 'Loop A'));
    symlinkSync(join(movies, 'Loop A'), join(movies, 'Loop B'));
    const alien = movie('Alien (1979)');
    symlinkSync(alien, join(alien, 'Trailers'));
    symlinkSync(join(movies, 'Heat (1995)'), join(movies, 'Heat again'));

    const summary = await scan();
    const reasons = Object.fromEntries(
      summary.issues.map((i) => [i.path.slice(movies.length + 1), i.reason]),
    );
    expect(reasons).toEqual({
      'Back to root': 'symlink-loop',
      'Up above': 'symlink-loop',
      'Loop A': 'symlink-loop',
      'Loop B': 'symlink-loop',
      [join('Alien (1979)', 'Trailers')]: 'symlink-loop',
      'Heat again': 'other',
    });
    expect(lib.service.listMedia().map((m) => [m.title, filesRecorded(m)])).toEqual([
      ['Alien', 1],
      ['Heat', 1],
    ]);
  });

  it('follows a link to a title folder kept elsewhere', async () => {
    const elsewhere = join(lib.dir, 'Other disk', 'Ran (1985)');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, 'Ran (1985)-trailer.mkv'), 'x');
    symlinkSync(elsewhere, join(movies, 'Ran (1985)'));
    const summary = await scan();
    expect(summary.issues).toEqual([]);
    expect(lib.service.listMedia().map((m) => [m.title, filesRecorded(m)])).toEqual([
      ['Heat', 1],
      ['Ran', 1],
    ]);
  });

  it('skips names that are not valid UTF-8 and says why', async () => {
    const bad = Buffer.concat([Buffer.from(`${movies}/`), Buffer.from([0x4c, 0xe9, 0x6f, 0x6e, 0x20, 0xff])]);
    mkdirSync(bad);
    const summary = await scan();
    expect(summary.issues).toEqual([expect.objectContaining({ reason: 'bad-encoding' })]);
    expect(summary.issues[0]?.message).toContain('not valid UTF-8');
    expect(lib.service.listMedia().map((m) => m.title)).toEqual(['Heat']);
  });

  it('skips a folder whose path is too long for the system and says why', async () => {
    // A root nested deep enough that a title folder's full path passes PATH_MAX (4096 bytes).
    let deep = movies;
    for (let i = 0; deep.length < 3900; i++) deep = join(deep, `${'d'.repeat(100)}${i}`);
    mkdirSync(join(deep, 'Short (2000)'), { recursive: true });
    // Made through a short link: the kernel only limits the path string it is given.
    symlinkSync(deep, join(lib.dir, 'short'));
    const tooLong = join(lib.dir, 'short', 'T'.repeat(4100 - deep.length));
    mkdirSync(tooLong);
    movies = deep;
    try {
      const summary = await scan();
      expect(summary.issues).toEqual([expect.objectContaining({ reason: 'name-too-long' })]);
      expect(lib.service.listMedia().map((m) => m.title)).toEqual(['Short']);
    } finally {
      rmdirSync(tooLong);
    }
  });

  it.skipIf(runsAsRoot)(
    'reports an unreadable folder and keeps its title (skipped as root: chmod 000 does not stop root)',
    async () => {
      const locked = movie('Locked (2001)');
      await scan();
      chmodSync(locked, 0o000);
      try {
        lib.service.rescan();
        await lib.service.whenIdle();
        const summary = lib.service.listRoots()[0]?.lastScan;
        expect(summary?.issues).toEqual([expect.objectContaining({ path: locked, reason: 'unreadable' })]);
        expect(lib.service.listMedia().find((m) => m.title === 'Locked')).toMatchObject({
          folderMissing: false,
        });
      } finally {
        chmodSync(locked, 0o755);
      }
    },
  );

  it('caps the issue list', async () => {
    rmSync(join(movies, 'Heat (1995)', 'Heat (1995)-trailer.mp4'));
    for (let i = 0; i < 250; i++) symlinkSync(movies, join(movies, `loop ${i}`));
    const summary = await scan();
    expect(summary.issues).toHaveLength(200);
    expect(summary.issues.at(-1)?.message).toBe('51 more issues were not listed.');
  });
});
