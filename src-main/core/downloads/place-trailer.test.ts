// Real folders, a real second filesystem (/dev/shm) and a really read-only folder: no mocks.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFolderReadOnly, type UndoReadOnly } from '../../../e2e/support/read-only-folder';
import { removeOrphanedParts } from './orphans';
import { indexedName, isOrphanedPart, orphanPartName, PlacementFailed, placeTrailer } from './place-trailer';

const root = mkdtempSync(join(tmpdir(), 'trailerdeck place '));
const otherDisk = '/dev/shm';
const crossDeviceSkip = !existsSync(otherDisk)
  ? `${otherDisk} does not exist here`
  : statSync(otherDisk).dev === statSync(root).dev
    ? `${otherDisk} is on the same filesystem as ${tmpdir()}`
    : null;
let case_ = 0;
let title: string;
let jobDir: string;
let undoReadOnly: UndoReadOnly | null = null;
const shmDirs: string[] = [];

beforeEach(() => {
  case_ += 1;
  title = join(root, `case ${case_}`, 'Heat (1995)');
  jobDir = join(root, `case ${case_}`, 'job');
  mkdirSync(title, { recursive: true });
  mkdirSync(jobDir, { recursive: true });
});
afterEach(async () => {
  await undoReadOnly?.();
  undoReadOnly = null;
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  for (const dir of shmDirs) rmSync(dir, { recursive: true, force: true });
});

/** A finished download: `bytes` in a file of the job's folder (or of another disk's). */
function download(bytes: string, folder = jobDir): string {
  const path = join(folder, 'trailer.mp4');
  writeFileSync(path, bytes);
  return path;
}

function onOtherDisk(): string {
  const dir = mkdtempSync(join(otherDisk, 'trailerdeck place '));
  shmDirs.push(dir);
  return dir;
}

async function failureOf(promise: Promise<unknown>): Promise<PlacementFailed> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PlacementFailed);
  return error as PlacementFailed;
}

async function readOnly(folder: string, skip: (note: string) => void): Promise<void> {
  undoReadOnly = await makeFolderReadOnly(folder);
  if (!undoReadOnly) skip('no way to make a folder read-only for this user here (chattr, bind mount, chmod)');
}

describe('placeTrailer on one filesystem', () => {
  it('moves the file to its name and leaves nothing behind', async () => {
    const source = download('new trailer');
    const inode = statSync(source).ino;
    const target = join(title, 'Heat (1995)-trailer.mp4');

    expect(await placeTrailer(source, target, { titleFolder: title, jobTag: 'job1' })).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('new trailer');
    expect(statSync(target).ino).toBe(inode);
    expect(existsSync(source)).toBe(false);
    expect(readdirSync(title)).toEqual(['Heat (1995)-trailer.mp4']);
  });

  it('keeps a trailer the person already has and puts the index before "-trailer"', async () => {
    writeFileSync(join(title, 'Heat (1995)-trailer.mp4'), 'theirs');
    const placed = await placeTrailer(download('ours'), join(title, 'Heat (1995)-trailer.mp4'), {
      titleFolder: title,
    });

    expect(placed).toBe(join(title, 'Heat (1995) (2)-trailer.mp4'));
    expect(readFileSync(join(title, 'Heat (1995)-trailer.mp4'), 'utf8')).toBe('theirs');
    expect(readFileSync(placed, 'utf8')).toBe('ours');
  });

  it('takes (4) when the name, (2) and (3) are all taken', async () => {
    for (const name of [
      'Heat (1995)-trailer.mkv',
      'Heat (1995) (2)-trailer.mkv',
      'Heat (1995) (3)-trailer.mkv',
    ]) {
      writeFileSync(join(title, name), name);
    }
    const placed = await placeTrailer(download('fourth'), join(title, 'Heat (1995)-trailer.mkv'), {
      titleFolder: title,
    });
    expect(placed).toBe(join(title, 'Heat (1995) (4)-trailer.mkv'));
    for (const name of [
      'Heat (1995)-trailer.mkv',
      'Heat (1995) (2)-trailer.mkv',
      'Heat (1995) (3)-trailer.mkv',
    ]) {
      expect(readFileSync(join(title, name), 'utf8')).toBe(name);
    }
  });

  it('creates the Trailers folder inside the title folder, and indexes a name without "-trailer" at its end', async () => {
    const target = join(title, 'Trailers', 'Heat (1995).mp4');
    expect(await placeTrailer(download('one'), target, { titleFolder: title })).toBe(target);
    const second = await placeTrailer(download('two'), target, { titleFolder: title });
    expect(second).toBe(join(title, 'Trailers', 'Heat (1995) (2).mp4'));
  });

  it('does not create a missing title folder, and keeps the download', async () => {
    const gone = join(root, `case ${case_}`, 'Ronin (1998)');
    const source = download('kept');
    const failure = await failureOf(
      placeTrailer(source, join(gone, 'Trailers', 'Ronin (1998).mp4'), { titleFolder: gone }),
    );
    expect(failure.code).toBe('TITLE_FOLDER_MISSING');
    expect(failure.message).toContain(gone);
    expect(existsSync(gone)).toBe(false);
    expect(readFileSync(source, 'utf8')).toBe('kept');
  });

  it('refuses, as a bug, a target outside the title folder', async () => {
    const source = download('kept');
    for (const target of [join(title, '..', 'escaped.mp4'), title, '/tmp/elsewhere.mp4']) {
      const attempt = placeTrailer(source, target, { titleFolder: title });
      await expect(attempt).rejects.toThrow('outside');
      await expect(attempt).rejects.not.toBeInstanceOf(PlacementFailed);
    }
    expect(existsSync(source)).toBe(true);
  });

  it('fails with a permission message on a read-only title folder, changing nothing', async ({ skip }) => {
    writeFileSync(join(title, 'Heat (1995).mkv'), 'the movie');
    await readOnly(title, skip);
    const source = download('kept');

    for (const target of [
      join(title, 'Heat (1995)-trailer.mp4'),
      join(title, 'Trailers', 'Heat (1995).mp4'),
    ]) {
      const failure = await failureOf(placeTrailer(source, target, { titleFolder: title, jobTag: 'job7' }));
      expect(failure.code).toBe('PERMISSION_DENIED');
      expect(failure.message).toBe(
        `Trailerdeck cannot write to ${title}: the folder is read-only or belongs to another user. ` +
          'Give the user running Trailerdeck write permission, or choose a profile that saves elsewhere.',
      );
    }
    expect(readdirSync(title)).toEqual(['Heat (1995).mkv']);
    expect(readFileSync(source, 'utf8')).toBe('kept');
  });
});

describe.skipIf(crossDeviceSkip !== null)(
  `placeTrailer across filesystems (${crossDeviceSkip ?? otherDisk})`,
  () => {
    it('copies, then gives the copy its name, then removes the source', async () => {
      const source = download('from another disk', onOtherDisk());
      writeFileSync(join(title, 'Heat (1995)-trailer.webm'), 'theirs');
      const placed = await placeTrailer(source, join(title, 'Heat (1995)-trailer.webm'), {
        titleFolder: title,
        jobTag: 'job3',
      });

      expect(placed).toBe(join(title, 'Heat (1995) (2)-trailer.webm'));
      expect(readFileSync(placed, 'utf8')).toBe('from another disk');
      expect(readFileSync(join(title, 'Heat (1995)-trailer.webm'), 'utf8')).toBe('theirs');
      expect(existsSync(source)).toBe(false);
      expect(readdirSync(title).sort()).toEqual(['Heat (1995) (2)-trailer.webm', 'Heat (1995)-trailer.webm']);
    });

    it('replaces the partial copy an earlier attempt of the same job left, and removes it', async () => {
      const leftover = join(title, 'Trailers', orphanPartName('Heat (1995).mp4', 'job4'));
      mkdirSync(join(title, 'Trailers'));
      writeFileSync(leftover, 'half a fil');
      const placed = await placeTrailer(
        download('whole file', onOtherDisk()),
        join(title, 'Trailers', 'Heat (1995).mp4'),
        {
          titleFolder: title,
          jobTag: 'job4',
        },
      );
      expect(readFileSync(placed, 'utf8')).toBe('whole file');
      expect(readdirSync(join(title, 'Trailers'))).toEqual(['Heat (1995).mp4']);
    });

    it('leaves no partial copy in a read-only folder and keeps the source', async ({ skip }) => {
      await readOnly(title, skip);
      const source = download('kept', onOtherDisk());
      const failure = await failureOf(
        placeTrailer(source, join(title, 'Heat (1995)-trailer.mp4'), { titleFolder: title, jobTag: 'job5' }),
      );
      expect(failure.code).toBe('PERMISSION_DENIED');
      expect(readdirSync(title)).toEqual([]);
      expect(readFileSync(source, 'utf8')).toBe('kept');
    });
  },
);

describe('names', () => {
  it.each([
    ['Heat (1995)-trailer.mp4', 2, 'Heat (1995) (2)-trailer.mp4'],
    ['Heat (1995)-Trailer.mkv', 3, 'Heat (1995) (3)-Trailer.mkv'],
    ['Heat (1995).mp4', 2, 'Heat (1995) (2).mp4'],
    ['-trailer.mp4', 2, '-trailer (2).mp4'],
    ['Heat (1995)-trailer.mp4', 1, 'Heat (1995)-trailer.mp4'],
    // Every suffix a naming preset writes stays last, so the second file keeps its type.
    ['Heat (1995)-featurette.mkv', 2, 'Heat (1995) (2)-featurette.mkv'],
    ['Heat (1995) [Deutsch]-behindthescenes.mkv', 2, 'Heat (1995) [Deutsch] (2)-behindthescenes.mkv'],
    ['Heat (1995)-scene.mkv', 2, 'Heat (1995) (2)-scene.mkv'],
    ['Heat (1995)-clip.mkv', 2, 'Heat (1995) (2)-clip.mkv'],
    ['Heat (1995)-deleted.mkv', 2, 'Heat (1995) (2)-deleted.mkv'],
    ['Heat (1995)-interview.mkv', 2, 'Heat (1995) (2)-interview.mkv'],
    ['Heat (1995)-short.mkv', 2, 'Heat (1995) (2)-short.mkv'],
    ['Heat (1995)-other.mkv', 2, 'Heat (1995) (2)-other.mkv'],
    ['Heat (1995) Season 01-trailer.mkv', 2, 'Heat (1995) Season 01 (2)-trailer.mkv'],
  ])('indexedName(%j, %i) is %j', (name, index, expected) => expect(indexedName(name, index)).toBe(expected));

  it('names partial copies so that start-up recognises them, and no media file looks like one', async () => {
    const part = orphanPartName('Amélie (2001)-trailer.mp4', 'job12');
    expect(part).toBe('.Amélie (2001)-trailer.mp4.job12.tdpart');
    expect(isOrphanedPart(part)).toBe(true);
    for (const name of ['Amélie (2001)-trailer.mp4', '.hidden.mp4', 'x.tdpart', '.DS_Store']) {
      expect(isOrphanedPart(name)).toBe(false);
    }
    // The queue's start-up clean-up finds it by the job's tag.
    writeFileSync(join(title, part), 'half');
    writeFileSync(join(title, 'Amélie (2001)-trailer.mp4'), 'whole');
    expect(await removeOrphanedParts(title, 12)).toBe(1);
    expect(readdirSync(title)).toEqual(['Amélie (2001)-trailer.mp4']);
  });

  it('keeps a partial copy of a very long name within 255 bytes, whole characters only', () => {
    const part = orphanPartName(`${'映画'.repeat(60)}-trailer.mkv`, 'job99');
    expect(Buffer.byteLength(part)).toBeLessThanOrEqual(255);
    expect(part).not.toContain('\uFFFD');
    expect(part.endsWith('.job99.tdpart')).toBe(true);
    expect(isOrphanedPart(part)).toBe(true);
  });
});
