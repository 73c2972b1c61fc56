import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../src-preload/contract/result';
import { AppError } from '../errors';
import { openTestLibrary, type TestLibrary } from './test-helpers';

const runsAsRoot = process.getuid?.() === 0;

let lib: TestLibrary;
let movies: string;

beforeEach(async () => {
  lib = openTestLibrary();
  movies = join(lib.dir, 'Movies');
  mkdirSync(join(movies, 'Heat (1995)'), { recursive: true });
  await lib.service.addRoot(movies, 'movies');
  await lib.service.whenIdle();
  lib.log.clear();
});
afterEach(() => lib.close());

async function expectRefused(path: string, code: ErrorCode, mentions: string): Promise<void> {
  const before = lib.service.listRoots();
  const error = await lib.service.addRoot(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).message).toContain(mentions);
  // Nothing was inserted, nothing was announced, nothing was scanned.
  expect(lib.service.listRoots()).toEqual(before);
  expect(lib.log.all).toEqual([]);
}

describe('addRoot refuses', () => {
  it('a relative path', async () => {
    await expectRefused('Movies', 'INVALID_INPUT', '“Movies” is not a full path');
  });

  it('a folder that does not exist', async () => {
    await expectRefused(join(lib.dir, 'Nope'), 'ROOT_NOT_FOUND', join(lib.dir, 'Nope'));
  });

  it('a file', async () => {
    const file = join(lib.dir, 'list.txt');
    writeFileSync(file, 'x');
    await expectRefused(file, 'ROOT_NOT_DIRECTORY', 'is a file, not a folder');
  });

  it.skipIf(runsAsRoot)(
    'a folder it may not list (skipped as root: root reads through chmod 000)',
    async () => {
      const locked = join(lib.dir, 'Locked');
      mkdirSync(locked);
      chmodSync(locked, 0o000);
      try {
        await expectRefused(locked, 'ROOT_NOT_READABLE', locked);
      } finally {
        chmodSync(locked, 0o755);
      }
    },
  );

  it('the same folder twice, also written differently or through a link', async () => {
    await expectRefused(movies, 'ROOT_ALREADY_ADDED', 'already in your library');
    await expectRefused(`${movies}/`, 'ROOT_ALREADY_ADDED', 'already in your library');
    await expectRefused(join(movies, 'Heat (1995)', '..'), 'ROOT_ALREADY_ADDED', 'already in your library');
    const link = join(lib.dir, 'Films');
    symlinkSync(movies, link);
    await expectRefused(link, 'ROOT_ALREADY_ADDED', `the same folder as “${movies}”`);
  });

  it('the top of the file system and system folders such as /proc, also through a link', async () => {
    await expectRefused('/', 'ROOT_NOT_ALLOWED', 'is the top of the file system');
    for (const folder of ['/proc', '/sys', '/dev', '/proc/sys/kernel']) {
      await expectRefused(
        folder,
        'ROOT_NOT_ALLOWED',
        `“${folder}” cannot be a library folder: it is a system folder`,
      );
    }
    const link = join(lib.dir, 'Processes');
    symlinkSync('/proc', link);
    await expectRefused(
      link,
      'ROOT_NOT_ALLOWED',
      `“${link}” leads to “/proc”, which cannot be a library folder`,
    );
  });

  it('a folder inside a library folder, or one containing it', async () => {
    await expectRefused(join(movies, 'Heat (1995)'), 'ROOT_OVERLAPS', `is inside “${movies}”`);
    await expectRefused(lib.dir, 'ROOT_OVERLAPS', `contains the library folder “${movies}”`);
  });
});

describe('addRoot accepts', () => {
  it('a sibling folder whose name starts like an existing root', async () => {
    const moviesHd = join(lib.dir, 'Movies HD');
    mkdirSync(moviesHd);
    const root = await lib.service.addRoot(moviesHd);
    expect(root).toMatchObject({ path: moviesHd, kind: 'movies', kindSource: 'auto' });
  });

  it('two overlapping folders added at the same moment: only one gets in', async () => {
    const a = join(lib.dir, 'Shows');
    mkdirSync(join(a, 'Inner'), { recursive: true });
    const results = await Promise.allSettled([lib.service.addRoot(a), lib.service.addRoot(join(a, 'Inner'))]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(lib.service.listRoots()).toHaveLength(2);
  });
});
