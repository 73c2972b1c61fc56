// The counts the folder list and the library page show without search text come from
// library_count, kept by triggers on `media` (migration library_counts). Against a real database
// with the real migrations and real scans, every count (without a search, and with one, counted in
// the trigram index's tags) must equal a walk of `media` itself after
// each kind of change: titles added and removed, a kind change, trailers added, broken and gone, a
// folder going missing and coming back, a library folder removed.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  libraryTrailerFilters,
  libraryTypeFilters,
  libraryWindowQuerySchema,
} from '../../../src-preload/contract/library-window';
import { openTestLibrary, type TestLibrary } from './test-helpers';

let lib: TestLibrary;
afterEach(() => lib.close());

function folder(root: string, name: string): void {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, `${name}.mkv`), '');
}

// No search, and a word of three letters or more (counted in the trigram index's tags).
const texts = ['', 'wave'];

/** What the person sees: the folder list's counts, and the page's total, size and facets per filter. */
function shown() {
  const roots = lib.service.listRoots().map((r) => [r.path, r.titleCount, r.trailerCount]);
  const pages = texts.flatMap((text) =>
    libraryTypeFilters.flatMap((type) =>
      libraryTrailerFilters.map((trailer) => {
        const w = lib.service.windowMedia(
          libraryWindowQuerySchema.parse({ offset: 0, limit: 1, text, type, trailer, facets: true }),
        );
        return [text, type, trailer, w.total, w.size, w.facets];
      }),
    ),
  );
  return { roots, pages };
}

/** The same figures counted from `media` row by row, the way they were read before library_count. */
function walked() {
  const s = lib.db.$client;
  const roots = (
    s
      .prepare(
        `SELECT r.path,
           (SELECT count(*) FROM media m WHERE m.root_id = r.id AND m.missing_since IS NULL),
           (SELECT coalesce(sum(m.trailer_count), 0) FROM media m WHERE m.root_id = r.id)
         FROM library_root r ORDER BY r.path`,
      )
      .raw()
      .all() as [string, number, number][]
  ).map((r) => [...r]);
  const count = (where: string) =>
    s.prepare(`SELECT count(*) FROM media WHERE ${where}`).pluck().get() as number;
  const size = count('1');
  const pages = texts.flatMap((text) => {
    const matching = text === '' ? '1' : `lower(title) LIKE '%${text}%'`;
    const all = count(matching);
    const hasTrailer = count(`${matching} AND trailer_count > 0`);
    const facets = {
      all,
      movie: count(`${matching} AND kind = 'movie'`),
      series: count(`${matching} AND kind = 'series'`),
      hasTrailer,
      missingTrailer: all - hasTrailer,
    };
    return libraryTypeFilters.flatMap((type) =>
      libraryTrailerFilters.map((trailer) => {
        const kind = type === 'all' ? '1' : `kind = '${type}'`;
        const state = {
          all: '1',
          has: 'trailer_count > 0',
          missing: 'trailer_count = 0',
          hasExtras: `EXISTS (SELECT 1 FROM download d WHERE d.media_id = media.id AND d.video_type <> 'trailer'
                        AND d.file_exists = 1 AND d.problem IS NULL)`,
          missingSeasons: `kind = 'series' AND EXISTS (SELECT 1 FROM media_season ms WHERE ms.media_id = media.id
                        AND NOT EXISTS (SELECT 1 FROM download d WHERE d.media_id = media.id AND d.season = ms.season
                          AND d.video_type = 'trailer' AND d.file_exists = 1 AND d.problem IS NULL))`,
        }[trailer];
        return [text, type, trailer, count(`${matching} AND ${kind} AND ${state}`), size, facets];
      }),
    );
  });
  return { roots, pages };
}

describe('the library counts', () => {
  it('equal a walk of the titles through adds, kind changes, trailers, missing folders and removals', async () => {
    lib = openTestLibrary();
    const s = lib.db.$client;
    const movies = join(lib.dir, 'Movies');
    const shows = join(lib.dir, 'Shows');
    for (const name of ['Heat Wave (1995)', 'Brazil (1985)', 'Alien Wave (1979)']) folder(movies, name);
    for (const name of ['Lost Wave', 'Dark']) folder(shows, name);
    const { id: moviesId } = await lib.service.addRoot(movies, 'movies');
    const { id: showsId } = await lib.service.addRoot(shows, 'series');
    await lib.service.whenIdle();
    expect(shown()).toEqual(walked());
    expect(shown().roots).toEqual([
      [movies, 3, 0],
      [shows, 2, 0],
    ]);

    // Trailers as the downloads and the scan record them: added, broken, gone, removed.
    const idOf = (title: string) =>
      s.prepare('SELECT id FROM media WHERE title = ?').pluck().get(title) as number;
    const addTrailer = s.prepare(
      `INSERT INTO download (media_id, path, file_name, size, profile_name) VALUES (?, ?, 't.mp4', 1, 'detected')`,
    );
    addTrailer.run(idOf('Heat Wave'), '/t/heat-1.mp4');
    addTrailer.run(idOf('Heat Wave'), '/t/heat-2.mp4');
    addTrailer.run(idOf('Lost Wave'), '/t/lost.mp4');
    addTrailer.run(idOf('Alien Wave'), '/t/alien.mp4');
    expect(shown()).toEqual(walked());
    const waveFacets = shown().pages.find((p) => p[0] === 'wave')![5];
    expect(waveFacets).toEqual({ all: 3, movie: 2, series: 1, hasTrailer: 3, missingTrailer: 0 });
    expect(shown().roots).toEqual([
      [movies, 3, 3],
      [shows, 2, 1],
    ]);
    // An extra and season folders with and without their trailers, as a scan records them.
    const addVideo = s.prepare(
      `INSERT INTO download (media_id, path, file_name, size, profile_name, video_type, season)
       VALUES (?, ?, 'v.mp4', 1, 'detected', ?, ?)`,
    );
    const addSeason = s.prepare('INSERT INTO media_season (media_id, season, folder_name) VALUES (?, ?, ?)');
    addVideo.run(idOf('Brazil'), '/t/brazil-featurette.mp4', 'featurette', null);
    addSeason.run(idOf('Lost Wave'), 1, 'Season 01');
    addSeason.run(idOf('Lost Wave'), 2, 'Season 02');
    addSeason.run(idOf('Dark'), 1, 'Season 01');
    addVideo.run(idOf('Lost Wave'), '/t/lost-s1.mp4', 'trailer', 1);
    addVideo.run(idOf('Dark'), '/t/dark-s1.mp4', 'trailer', 1);
    expect(shown()).toEqual(walked());
    s.prepare(`UPDATE download SET problem = 'empty' WHERE path = '/t/dark-s1.mp4'`).run();
    s.prepare(`UPDATE download SET file_exists = 0 WHERE path = '/t/brazil-featurette.mp4'`).run();
    expect(shown()).toEqual(walked());
    s.prepare(`UPDATE download SET problem = 'empty' WHERE path = '/t/heat-1.mp4'`).run();
    s.prepare(`UPDATE download SET file_exists = 0 WHERE path = '/t/alien.mp4'`).run();
    expect(shown()).toEqual(walked());
    s.prepare(`DELETE FROM download WHERE path = '/t/lost.mp4'`).run();
    expect(shown()).toEqual(walked());
    expect(shown().roots).toEqual([
      [movies, 3, 1],
      [shows, 2, 0],
    ]);

    // A folder goes missing while another is added, then it comes back.
    renameSync(join(movies, 'Heat Wave (1995)'), join(lib.dir, 'Heat Wave (1995)'));
    folder(movies, 'Zulu (1964)');
    lib.service.rescan(moviesId);
    await lib.service.whenIdle();
    expect(shown()).toEqual(walked());
    expect(shown().roots.map((r) => r[1])).toEqual([3, 2]);
    expect(shown().pages[0]![3]).toBe(6);
    renameSync(join(lib.dir, 'Heat Wave (1995)'), join(movies, 'Heat Wave (1995)'));
    lib.service.rescan(moviesId);
    await lib.service.whenIdle();
    expect(shown()).toEqual(walked());
    expect(shown().roots.map((r) => r[1])).toEqual([4, 2]);

    // The person says the movies folder holds series: every title there changes kind.
    lib.service.setRootKind(moviesId, 'series');
    await lib.service.whenIdle();
    expect(shown()).toEqual(walked());
    expect(shown().pages[0]![5]).toMatchObject({ movie: 0, series: 6 });

    // A title deleted by hand, then a whole library folder removed.
    s.prepare('DELETE FROM media WHERE id = ?').run(idOf('Dark'));
    expect(shown()).toEqual(walked());
    lib.service.removeRoot(showsId);
    expect(shown()).toEqual(walked());
    expect(shown().roots.map((r) => [r[0], r[1]])).toEqual([[movies, 4]]);
    lib.service.removeRoot(moviesId);
    expect(shown()).toEqual(walked());
    expect(s.prepare('SELECT count(*) FROM library_count').pluck().get()).toBe(0);
  });
});
