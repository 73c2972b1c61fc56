// The library page's video filters ("has extras", "missing season trailers") and the title's own
// trailer ("has", "missing") against a real database with the real migrations: every window, total
// and bulk selection must hold exactly the titles a row-by-row check of `media` finds, in every
// sort and type, with and without search text (long words, short words, both), on both sides of
// the many-matches threshold where the window walks an index instead of sorting the matches.
import { afterEach, describe, expect, it } from 'vitest';
import {
  libraryTrailerFilters,
  libraryTypeFilters,
  librarySorts,
  libraryWindowQuerySchema,
  type LibrarySort,
  type LibraryTrailerFilter,
} from '../../../src-preload/contract/library-window';
import { foldText } from '../db/title-keys';
import { LibraryWindowQueries, WALK_SORT_INDEX_ABOVE } from './library-window';
import { openTestLibrary, type TestLibrary } from './test-helpers';

let lib: TestLibrary;
afterEach(() => lib.close());

// A small deterministic generator: the same library on every run.
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    // Park–Miller: the products stay below 2^53, so plain numbers compute them exactly.
    state = (state * 48271) % 2147483647;
    return Math.floor((state / 2147483647) * n);
  };
}

const words = ['wave', 'heat', 'of', 'alien', 'dark', 'red', 'a', 'night', 'brazil', 'zulu'];

/** Titles, seasons and videos written with plain SQL, as the scan and downloads write them. */
function seed(count: number, allWave = false): void {
  const s = lib.db.$client;
  const pick = random(count);
  s.prepare("INSERT INTO library_root (id, path, kind) VALUES (1, '/lib', 'movies')").run();
  const media = s.prepare(
    `INSERT INTO media (root_id, kind, title, sort_title, year, folder_path, added_at)
     VALUES (1, ?, ?, '', ?, ?, ?)`,
  );
  const season = s.prepare('INSERT INTO media_season (media_id, season, folder_name) VALUES (?, ?, ?)');
  const video = s.prepare(
    `INSERT INTO download (media_id, path, file_name, size, profile_name, video_type, season, file_exists, problem)
     VALUES (?, ?, 'v.mkv', 1, 'detected', ?, ?, ?, ?)`,
  );
  s.transaction(() => {
    for (let i = 0; i < count; i++) {
      const kind = pick(2) === 0 ? 'movie' : 'series';
      const title = `${allWave ? 'wave ' : ''}${words[pick(words.length)]} ${words[pick(words.length)]}`;
      const year = pick(8) === 0 ? null : 1990 + pick(30);
      // Ties on the added time on purpose: the id breaks them.
      const added = `2026-01-01T00:${String(pick(60)).padStart(2, '0')}:00.000Z`;
      const id = Number(media.run(kind, title, year, `/lib/${i}`, added).lastInsertRowid);
      let file = 0;
      const add = (type: string, seasonNo: number | null, state: number) =>
        video.run(
          id,
          `/lib/${i}/${file++}.mkv`,
          type,
          seasonNo,
          state === 1 ? 0 : 1,
          state === 2 ? 'empty' : null,
        );
      // state: 0 usable, 1 gone, 2 broken
      if (pick(2) === 0) add('trailer', null, pick(3));
      if (pick(3) === 0) add(['featurette', 'teaser', 'interview'][pick(3)]!, null, pick(3));
      if (kind === 'series') {
        const seasons = pick(4);
        for (let n = 1; n <= seasons; n++) {
          season.run(id, n, `Season ${n}`);
          if (pick(2) === 0) add('trailer', n, pick(3));
        }
      }
    }
  })();
}

interface Row {
  id: number;
  kind: string;
  year: number | null;
  added_at: string;
  sort_key: string;
  search_key: string;
  trailer_count: number;
  extra_count: number;
  season_count: number;
  season_trailer_count: number;
}

/** The titles a filter keeps, decided one row at a time from the files and seasons themselves. */
function expected(sort: LibrarySort, type: string, trailer: LibraryTrailerFilter, text: string): number[] {
  const s = lib.db.$client;
  const usable = (id: number, where: string) =>
    s
      .prepare(
        `SELECT count(*) FROM download WHERE media_id = ? AND file_exists = 1 AND problem IS NULL AND ${where}`,
      )
      .pluck()
      .get(id) as number;
  const seasonsWithout = (id: number) =>
    s
      .prepare(
        `SELECT count(*) FROM media_season ms WHERE ms.media_id = ? AND NOT EXISTS (SELECT 1 FROM download d
           WHERE d.media_id = ms.media_id AND d.season = ms.season AND d.video_type = 'trailer'
             AND d.file_exists = 1 AND d.problem IS NULL)`,
      )
      .pluck()
      .get(id) as number;
  const wordsOf = foldText(text).split(/\s+/).filter(Boolean);
  const rows = (s.prepare('SELECT * FROM media').all() as Row[]).filter((r) => {
    if (type !== 'all' && r.kind !== type) return false;
    if (!wordsOf.every((w) => r.search_key.includes(w))) return false;
    const own = usable(r.id, "video_type = 'trailer' AND season IS NULL");
    if (trailer === 'has') return own > 0;
    if (trailer === 'missing') return own === 0;
    if (trailer === 'hasExtras') return usable(r.id, "video_type <> 'trailer'") > 0;
    if (trailer === 'missingSeasons') return r.kind === 'series' && seasonsWithout(r.id) > 0;
    return true;
  });
  const byKey = (a: Row, b: Row) =>
    a.sort_key < b.sort_key ? -1 : a.sort_key > b.sort_key ? 1 : a.id - b.id;
  const order: Record<LibrarySort, (a: Row, b: Row) => number> = {
    title: byKey,
    year: (a, b) => (a.year === b.year ? byKey(a, b) : (b.year ?? -Infinity) - (a.year ?? -Infinity)),
    added: (a, b) => (a.added_at === b.added_at ? b.id - a.id : a.added_at < b.added_at ? 1 : -1),
  };
  return rows.sort(order[sort]).map((r) => r.id);
}

function window(q: LibraryWindowQueries, query: Record<string, unknown>) {
  const w = q.window(libraryWindowQuerySchema.parse(query));
  return { ids: w.rows.map((r) => r.id), total: w.total };
}

describe('the video filters of the library page', () => {
  it('keep exactly the titles a row-by-row check keeps, in every sort, type and search', () => {
    lib = openTestLibrary();
    seed(400);
    const q = new LibraryWindowQueries(lib.db);
    let compared = 0;
    for (const text of ['', 'wave', 'of', 'wave a', 'nothing']) {
      for (const sort of librarySorts) {
        for (const type of libraryTypeFilters) {
          for (const trailer of libraryTrailerFilters) {
            const want = expected(sort, type, trailer, text);
            const query = { offset: 0, limit: 500, sort, type, trailer, text, facets: true };
            expect(window(q, query), `${text}/${sort}/${type}/${trailer}`).toEqual({
              ids: want,
              total: want.length,
            });
            // A window deep in the list joins up with the one before it.
            expect(window(q, { ...query, offset: 7, limit: 11 }).ids).toEqual(want.slice(7, 18));
            const selected = q.matchingIds({ type, trailer, text, source: 'all' });
            expect([...selected].sort((a, b) => a - b)).toEqual([...want].sort((a, b) => a - b));
            compared += want.length;
          }
        }
      }
    }
    // The seed gave every filter something to find.
    expect(compared).toBeGreaterThan(1000);
    for (const trailer of ['hasExtras', 'missingSeasons'] as const) {
      expect(expected('title', 'all', trailer, '').length).toBeGreaterThan(20);
    }
  });

  it('walk their own index when a search matches many titles, with the same titles', () => {
    lib = openTestLibrary();
    seed(WALK_SORT_INDEX_ABOVE + 300, true);
    const q = new LibraryWindowQueries(lib.db);
    for (const sort of librarySorts) {
      for (const trailer of ['hasExtras', 'missingSeasons'] as const) {
        for (const type of ['all', 'series'] as const) {
          const want = expected(sort, type, trailer, 'wave');
          const query = { sort, type, trailer, text: 'wave' };
          expect(window(q, { ...query, offset: 0, limit: 50 })).toEqual({
            ids: want.slice(0, 50),
            total: want.length,
          });
          expect(window(q, { ...query, offset: 900, limit: 50 }).ids).toEqual(want.slice(900, 950));
        }
      }
    }
  });
});
