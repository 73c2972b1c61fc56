import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultExcludeWords, defaultSearchTemplate } from '../../../src-preload/contract/profiles';
import { libraryWindowQuerySchema } from '../../../src-preload/contract/library-window';
import { LibraryWindowQueries } from '../library/library-window';
import { RootStore } from '../library/root-store';
import { openDatabase } from './open-database';

const migrationsFolder = resolve(__dirname, '../../../drizzle');
let dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'td-migrate-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the migrations folder that stops after the first `count` migrations. */
function earlierMigrations(count: number): string {
  const folder = join(tempDir(), 'drizzle');
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

/** How many migrations come before the one whose name ends so (its number changes at merges). */
function migrationsBefore(nameEnd: string): number {
  const journal = readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8');
  const entries = (JSON.parse(journal) as { entries: { tag: string }[] }).entries;
  const at = entries.findIndex((entry) => entry.tag.endsWith(nameEnd));
  if (at < 0) throw new Error(`No migration named *${nameEnd}`);
  return at;
}

/** Every migration of the journal: an upgrade applies them all. */
function migrationCount(): number {
  const journal = readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8');
  return (JSON.parse(journal) as { entries: unknown[] }).entries.length;
}

describe('migrations', () => {
  it('creates a new database with WAL and foreign keys on', () => {
    const db = openDatabase(join(tempDir(), 'new.db'), migrationsFolder);
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.$client.prepare("select name from sqlite_master where type='table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['library_root', 'media', 'download', 'app_setting', 'trailer_profile']),
    );
    db.$client.close();
  });

  it('upgrades a database made by the first migration set with nothing lost', () => {
    const file = join(tempDir(), 'old.db');
    openDatabase(file, earlierMigrations(1)).$client.close();
    const old = new Database(file);
    old.exec(`
      insert into library_root (id, path, kind) values (1, '/media/Movies', 'movies');
      insert into media (id, root_id, kind, title, sort_title, year, folder_path)
        values (7, 1, 'movie', 'The Matrix', 'matrix', 1999, '/media/Movies/The Matrix (1999)');
      insert into download (media_id, path, file_name, size, resolution, profile_name, youtube_id)
        values (7, '/media/Movies/The Matrix (1999)/The Matrix (1999)-trailer.mkv',
                'The Matrix (1999)-trailer.mkv', 1234, '1080p', 'detected', 'vKQi3bBA1y8');
    `);
    old.close();

    const db = openDatabase(file, migrationsFolder);
    const row = db.$client
      .prepare(
        'select m.title, m.year, d.file_name, d.size, d.youtube_id from media m join download d on d.media_id = m.id',
      )
      .get();
    expect(row).toEqual({
      title: 'The Matrix',
      year: 1999,
      file_name: 'The Matrix (1999)-trailer.mkv',
      size: 1234,
      youtube_id: 'vKQi3bBA1y8',
    });
    db.$client.prepare("insert into app_setting (key, value) values ('k', '1')").run();
    // Profiles start empty; the profile service adds the default one at start-up.
    expect(db.$client.prepare('select count(*) from trailer_profile').pluck().get()).toBe(0);
    expect(db.$client.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(
      migrationCount(),
    );
    // The download queue arrives empty, and titles keep their rows with no trailer link set by hand.
    expect(db.$client.prepare('select count(*) from download_job').pluck().get()).toBe(0);
    expect(db.$client.prepare('select trailer_source from media').pluck().get()).toBeNull();
    db.$client.close();
  });

  it('gives profiles made before discovery the default excluded words and search', () => {
    const file = join(tempDir(), 'profiles.db');
    openDatabase(file, earlierMigrations(4)).$client.close();
    const old = new Database(file);
    old.exec(`insert into trailer_profile (name, max_resolution, video_codec, audio_codec, container, placement)
      values ('Mine', '720', 'any', 'any', 'mp4', 'next-to-media')`);
    old.close();
    const db = openDatabase(file, migrationsFolder);
    const row = db.$client
      .prepare(
        'select exclude_words, search_template, min_score, accept_detected_trailers from trailer_profile',
      )
      .get() as {
      exclude_words: string;
      search_template: string;
      min_score: number;
      accept_detected_trailers: number;
    };
    expect(JSON.parse(row.exclude_words)).toEqual(defaultExcludeWords);
    expect(row).toMatchObject({
      search_template: defaultSearchTemplate,
      min_score: 50,
      accept_detected_trailers: 1,
    });
    db.$client.close();
  });

  it('counts the jobs a database already held when the Activity window came', () => {
    const file = join(tempDir(), 'jobs.db');
    // Opened the app's way: the media triggers of the library window need its SQL functions.
    const old = openDatabase(file, earlierMigrations(migrationsBefore('_activity_window'))).$client;
    old.exec(`
      insert into library_root (id, path, kind) values (1, '/m', 'movies');
      insert into media (id, root_id, kind, title, sort_title, folder_path) values (1, 1, 'movie', 'Heat', 'heat', '/m/H');
      insert into download_job (media_id, profile_name, source_url, site, status, attempts, max_attempts,
        created_at, updated_at, temp_dir) values
        (1, 'Default', 'https://youtu.be/x', 'youtube', 'completed', 1, 3, 'a', 'a', ''),
        (1, 'Default', 'https://youtu.be/x', 'youtube', 'completed', 1, 3, 'a', 'a', ''),
        (1, 'Default', 'https://youtu.be/x', 'youtube', 'failed', 1, 3, 'a', 'a', '');
    `);
    old.close();
    const db = openDatabase(file, migrationsFolder);
    const counts = db.$client
      .prepare('SELECT status, count FROM download_job_status_count ORDER BY status')
      .all();
    expect(counts).toEqual([
      { status: 'completed', count: 2 },
      { status: 'failed', count: 1 },
    ]);
    db.$client.close();
  });

  it('gives titles made before the library window their sort keys, search and trailer counts', () => {
    const file = join(tempDir(), 'window.db');
    openDatabase(file, earlierMigrations(migrationsBefore('_library_window'))).$client.close();
    const old = new Database(file);
    old.exec(`
      insert into library_root (id, path, kind) values (1, '/m', 'movies');
      insert into media (id, root_id, kind, title, sort_title, year, folder_path) values
        (1, 1, 'movie', 'Zulu', 'zulu', 1964, '/m/Z'), (2, 1, 'movie', 'Amélie', 'amélie', 2001, '/m/A');
      insert into download (media_id, path, file_name, size, profile_name, file_exists, problem) values
        (2, '/m/A/1.mkv', '1.mkv', 1, 'detected', 1, null), (2, '/m/A/2.mkv', '2.mkv', 0, 'detected', 1, 'empty'),
        (1, '/m/Z/1.mkv', '1.mkv', 1, 'detected', 0, null);
    `);
    old.close();

    const db = openDatabase(file, migrationsFolder);
    const window = new LibraryWindowQueries(db).window(
      libraryWindowQuerySchema.parse({ offset: 0, limit: 10, facets: true }),
    );
    expect(window.rows.map((r) => [r.title, r.trailerCount, r.brokenTrailerCount])).toEqual([
      ['Amélie', 1, 1],
      ['Zulu', 0, 0],
    ]);
    expect(window.facets).toMatchObject({ hasTrailer: 1, missingTrailer: 1 });
    const found = new LibraryWindowQueries(db).window(
      libraryWindowQuerySchema.parse({ offset: 0, limit: 10, text: 'AMELIE 2001' }),
    );
    expect(found.rows.map((r) => r.title)).toEqual(['Amélie']);
    db.$client.close();
  });

  it('gives titles made before short-word search their search key', () => {
    const file = join(tempDir(), 'short.db');
    const old = openDatabase(file, earlierMigrations(migrationsBefore('short_word_search')));
    old.$client.exec(`
      insert into library_root (id, path, kind) values (1, '/m', 'movies');
      insert into media (id, root_id, kind, title, sort_title, year, folder_path) values
        (1, 1, 'movie', 'Up', 'up', 2009, '/m/Up'), (2, 1, 'movie', 'Heat', 'heat', 1995, '/m/Heat');
    `);
    old.$client.close();

    const db = openDatabase(file, migrationsFolder);
    const found = new LibraryWindowQueries(db).window(
      libraryWindowQuerySchema.parse({ offset: 0, limit: 10, text: 'up', facets: true }),
    );
    expect(found.rows.map((r) => r.title)).toEqual(['Up']);
    expect(found.facets).toMatchObject({ all: 1, movie: 1 });
    db.$client.close();
  });

  it('gives titles made before the library counts and search tags their counts', () => {
    const file = join(tempDir(), 'counts.db');
    const old = openDatabase(file, earlierMigrations(migrationsBefore('library_counts')));
    old.$client.exec(`
      insert into library_root (id, path, kind) values (1, '/m', 'movies'), (2, '/s', 'series');
      insert into media (id, root_id, kind, title, sort_title, folder_path, missing_since) values
        (1, 1, 'movie', 'Zulu', 'zulu', '/m/Z', null), (2, 1, 'movie', 'Alien', 'alien', '/m/A', null),
        (3, 1, 'movie', 'Gone', 'gone', '/m/G', '2026-01-01T00:00:00.000Z'),
        (4, 2, 'series', 'Lost', 'lost', '/s/L', null);
      insert into download (media_id, path, file_name, size, profile_name) values
        (1, '/m/Z/1.mkv', '1.mkv', 1, 'detected'), (1, '/m/Z/2.mkv', '2.mkv', 1, 'detected'),
        (3, '/m/G/1.mkv', '1.mkv', 1, 'detected');
    `);
    old.$client.close();

    const db = openDatabase(file, migrationsFolder);
    const roots = new RootStore(db).list();
    expect(roots.map((r) => [r.path, r.titleCount, r.trailerCount])).toEqual([
      ['/m', 2, 3],
      ['/s', 1, 0],
    ]);
    const window = new LibraryWindowQueries(db).window(
      libraryWindowQuerySchema.parse({ offset: 0, limit: 10, facets: true }),
    );
    expect([window.total, window.size]).toEqual([4, 4]);
    expect(window.facets).toEqual({ all: 4, movie: 3, series: 1, hasTrailer: 2, missingTrailer: 2 });
    // The search index's tags (migration search_facets) are filled for the titles already there.
    const searched = new LibraryWindowQueries(db).window(
      libraryWindowQuerySchema.parse({ offset: 0, limit: 10, text: 'zulu', trailer: 'has', facets: true }),
    );
    expect(searched.total).toBe(1);
    expect(searched.facets).toEqual({ all: 1, movie: 1, series: 0, hasTrailer: 1, missingTrailer: 0 });
    db.$client.close();
  });

  it('deletes a title’s trailer rows with the title', () => {
    const db = openDatabase(join(tempDir(), 'cascade.db'), migrationsFolder);
    db.$client.exec(`
      insert into library_root (id, path, kind) values (1, '/m', 'movies');
      insert into media (id, root_id, kind, title, sort_title, folder_path) values (1, 1, 'movie', 'A', 'a', '/m/A');
      insert into download (media_id, path, file_name, size, profile_name) values (1, '/m/A/t.mkv', 't.mkv', 1, 'detected');
      delete from library_root where id = 1;
    `);
    expect(db.$client.prepare('select count(*) from download').pluck().get()).toBe(0);
    db.$client.close();
  });
});
