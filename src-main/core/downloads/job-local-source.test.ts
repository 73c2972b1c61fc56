// Taking a library file into an Upgrade job (no network): real files, a real SQLite file with the
// real migrations. A hard link on the same filesystem; a copy (finished under a hidden name) when
// the job's folder is on another one (/dev/shm, a tmpfs, here); refusals that touch nothing.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from '../db/open-database';
import { repoRoot } from '../library/test-helpers';
import { jobPaths, prepareJobDirs, type JobPaths } from './job-files';
import { JobFailure } from './job-failure';
import { takeLibraryFile } from './job-local-source';
import { libraryFileSource } from './trailer-source';

let dir: string;
let db: AppDatabase;
const cleanup: string[] = [];
const bytes = Buffer.from('not really a video, but bytes to compare');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'td-local-source-'));
  db = openDatabase(join(dir, 'library.db'), join(repoRoot, 'drizzle'));
  mkdirSync(join(dir, 'Movies', 'Heat (1995)'), { recursive: true });
  db.$client
    .prepare(`INSERT INTO library_root (id, path, kind) VALUES (1, ?, 'movies')`)
    .run(join(dir, 'Movies'));
  db.$client
    .prepare(
      `INSERT INTO media (id, root_id, kind, title, sort_title, folder_path) VALUES (1, 1, 'movie', 'Heat', 'heat', ?)`,
    )
    .run(join(dir, 'Movies', 'Heat (1995)'));
});
afterEach(() => {
  db.$client.close();
  for (const path of [dir, ...cleanup.splice(0)]) rmSync(path, { recursive: true, force: true });
});

/** A trailer row for `name` in Heat's folder (the file itself is the caller's). */
function trailerRow(name: string): { id: number; path: string } {
  const path = join(dir, 'Movies', 'Heat (1995)', name);
  const { lastInsertRowid } = db.$client
    .prepare(
      `INSERT INTO download (media_id, path, file_name, size, profile_name) VALUES (1, ?, ?, 1, 'detected')`,
    )
    .run(path, name);
  return { id: Number(lastInsertRowid), path };
}

async function jobIn(root: string): Promise<JobPaths> {
  const paths = jobPaths(join(root, 'job-1'));
  await prepareJobDirs(paths);
  return paths;
}

const hooks = { signal: new AbortController().signal, onProcessingProgress: () => {} };
const take = (id: number, paths: JobPaths) =>
  takeLibraryFile(db, { id: 1, source_url: libraryFileSource(id).url }, paths, hooks);

describe('takeLibraryFile', () => {
  it('hard-links the file into done/ on the same filesystem', async () => {
    const trailer = trailerRow('Heat (1995)-trailer.MKV');
    writeFileSync(trailer.path, bytes);
    const paths = await jobIn(dir);
    const taken = await take(trailer.id, paths);
    expect(taken).toBe(join(paths.done, 'trailer.mkv'));
    expect(statSync(taken).ino).toBe(statSync(trailer.path).ino);
  });

  it('copies it, under a hidden name until whole, to a job folder on another filesystem', async (context) => {
    if (!existsSync('/dev/shm') || statSync('/dev/shm').dev === statSync(dir).dev) context.skip();
    const other = mkdtempSync(join('/dev/shm', 'td-local-source-'));
    cleanup.push(other);
    const trailer = trailerRow('Heat (1995)-trailer.mkv');
    writeFileSync(trailer.path, bytes);
    const paths = await jobIn(other);
    const taken = await take(trailer.id, paths);
    expect(readdirSync(paths.done)).toEqual(['trailer.mkv']);
    expect(statSync(taken).ino).not.toBe(statSync(trailer.path).ino);
    expect(readFileSync(taken).equals(bytes)).toBe(true);
  });

  it('refuses a file gone, a folder in its place, a link out of the title folder, or an unknown row', async () => {
    const gone = trailerRow('gone-trailer.mkv');
    const folder = trailerRow('folder-trailer.mkv');
    mkdirSync(folder.path);
    const outside = join(dir, 'secret.mkv');
    writeFileSync(outside, bytes);
    const linked = trailerRow('linked-trailer.mkv');
    symlinkSync(outside, linked.path);
    const paths = await jobIn(dir);
    const cases: [number, string][] = [
      [gone.id, 'is no longer there'],
      [folder.id, 'is not a regular file'],
      [linked.id, "leads (through a link) outside its title's folder"],
      [999, 'is no longer in the library'],
    ];
    for (const [id, reason] of cases) {
      const failure = await take(id, paths).catch((error: unknown) => error);
      expect(failure, reason).toBeInstanceOf(JobFailure);
      expect(failure).toMatchObject({ code: 'SOURCE_FILE_REFUSED' });
      expect((failure as JobFailure).message).toContain(reason);
    }
    expect(readdirSync(paths.done)).toEqual([]);
    expect(readFileSync(outside).equals(bytes)).toBe(true);
  });
});
