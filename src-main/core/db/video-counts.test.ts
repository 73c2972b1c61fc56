// The per-title counts the library page filters on, kept by the triggers of the video_kinds
// migration: a title's trailer is a trailer of the whole title; teasers, featurettes and season
// trailers are counted apart, and a season has its trailer when a usable one names its number.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from './open-database';

const migrationsFolder = resolve(__dirname, '../../../drizzle');
let dir: string;
let db: AppDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'td-video-counts-'));
  db = openDatabase(join(dir, 'library.db'), migrationsFolder);
  db.$client.prepare(`INSERT INTO library_root (id, path, kind) VALUES (1, '/tv', 'series')`).run();
  db.$client
    .prepare(
      `INSERT INTO media (id, root_id, kind, title, sort_title, folder_path)
       VALUES (1, 1, 'series', 'Dark', 'dark', '/tv/Dark')`,
    )
    .run();
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

let nextFile = 0;
function addVideo(videoType: string, season: number | null, problem: string | null = null): number {
  nextFile += 1;
  const path = `/tv/Dark/video-${nextFile}.mkv`;
  return Number(
    db.$client
      .prepare(
        `INSERT INTO download (media_id, path, file_name, size, profile_name, video_type, season, problem)
         VALUES (1, ?, ?, 1, 'detected', ?, ?, ?)`,
      )
      .run(path, path, videoType, season, problem).lastInsertRowid,
  );
}

const counts = () =>
  db.$client
    .prepare(
      `SELECT trailer_count AS trailers, extra_count AS extras, season_count AS seasons,
              season_trailer_count AS seasonTrailers, broken_trailer_count AS broken
       FROM media WHERE id = 1`,
    )
    .get();
const addSeason = (season: number) =>
  db.$client
    .prepare(`INSERT INTO media_season (media_id, season, folder_name) VALUES (1, ?, ?)`)
    .run(season, `Season ${season}`);

describe('video counts per title', () => {
  it('counts only trailers of the whole title as the title’s trailers', () => {
    addVideo('teaser', null);
    addVideo('featurette', null);
    addVideo('trailer', 1);
    expect(counts()).toMatchObject({ trailers: 0, extras: 2 });
    const trailer = addVideo('trailer', null);
    expect(counts()).toMatchObject({ trailers: 1, extras: 2 });
    // A file re-recorded as a teaser stops being the title's trailer.
    db.$client.prepare(`UPDATE download SET video_type = 'teaser' WHERE id = ?`).run(trailer);
    expect(counts()).toMatchObject({ trailers: 0, extras: 3 });
  });

  it('calls only a broken trailer of the whole title a broken trailer', () => {
    addVideo('featurette', null, 'The file is empty.');
    addVideo('trailer', 1, 'The file has no video stream.');
    expect(counts()).toMatchObject({ broken: 0, extras: 0 });
    addVideo('trailer', null, 'The file is empty.');
    expect(counts()).toMatchObject({ broken: 1, trailers: 0 });
  });

  it('counts seasons on disk and those with a usable trailer of their own', () => {
    addSeason(1);
    addSeason(2);
    expect(counts()).toMatchObject({ seasons: 2, seasonTrailers: 0 });
    addVideo('trailer', 1);
    addVideo('trailer', 1);
    addVideo('teaser', 2);
    addVideo('trailer', 3); // no Season 3 folder: not a season of this title on disk
    expect(counts()).toMatchObject({ seasons: 2, seasonTrailers: 1 });
    const broken = addVideo('trailer', 2, 'The file is empty.');
    expect(counts()).toMatchObject({ seasonTrailers: 1, broken: 0 });
    db.$client.prepare(`UPDATE download SET problem = NULL WHERE id = ?`).run(broken);
    expect(counts()).toMatchObject({ seasonTrailers: 2, broken: 0 });
    addSeason(3);
    expect(counts()).toMatchObject({ seasons: 3, seasonTrailers: 3 });
    db.$client.prepare(`DELETE FROM media_season WHERE season = 1`).run();
    expect(counts()).toMatchObject({ seasons: 2, seasonTrailers: 2 });
  });

  it('keeps the library’s folder counts on title trailers only', () => {
    addVideo('featurette', null);
    const row = db.$client
      .prepare(
        `SELECT sum(trailers) AS trailers, sum(titles) AS titles FROM library_count WHERE has_trailer = 1`,
      )
      .get();
    expect(row).toEqual({ trailers: null, titles: null });
    addVideo('trailer', null);
    expect(
      db.$client.prepare(`SELECT trailers, titles FROM library_count WHERE has_trailer = 1`).get(),
    ).toEqual({ trailers: 1, titles: 1 });
  });
});
