// The library page's window against a real database with the real migrations: sorts, filters,
// search with accents, pages that join up, facets, and a real scan adding and removing titles.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  libraryWindowQuerySchema,
  type LibraryWindowQuery,
} from '../../../src-preload/contract/library-window';
import { LibraryWindowQueries } from './library-window';
import { openTestLibrary, type TestLibrary } from './test-helpers';

let lib: TestLibrary;
afterEach(() => lib.close());

interface Seed {
  title: string;
  year?: number | null;
  kind?: 'movie' | 'series';
  addedAt?: string;
  trailers?: ('ok' | 'broken' | 'gone')[];
}

/** Titles written with plain SQL, as any writer could: the triggers fill the keys and counts. */
function seed(titles: Seed[]): LibraryWindowQueries {
  const s = lib.db.$client;
  s.prepare("INSERT INTO library_root (id, path, kind) VALUES (1, '/lib', 'movies')").run();
  const media = s.prepare(
    `INSERT INTO media (root_id, kind, title, sort_title, year, folder_path, added_at)
     VALUES (1, ?, ?, '', ?, ?, ?)`,
  );
  const file = s.prepare(
    `INSERT INTO download (media_id, path, file_name, size, profile_name, file_exists, problem)
     VALUES (?, ?, 't.mp4', 1, 'detected', ?, ?)`,
  );
  titles.forEach((t, i) => {
    const { lastInsertRowid } = media.run(
      t.kind ?? 'movie',
      t.title,
      t.year === undefined ? 2000 : t.year,
      `/lib/${i}`,
      t.addedAt ?? `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z`,
    );
    (t.trailers ?? []).forEach((state, j) =>
      file.run(
        lastInsertRowid,
        `/lib/${i}/${j}.mp4`,
        state === 'gone' ? 0 : 1,
        state === 'broken' ? 'empty' : null,
      ),
    );
  });
  return new LibraryWindowQueries(lib.db);
}

function titles(q: LibraryWindowQueries, query: LibraryWindowQuery): string[] {
  return q.window(libraryWindowQuerySchema.parse(query)).rows.map((r) => r.title);
}

const all = { offset: 0, limit: 500 };

describe('the library window', () => {
  it('sorts by title ignoring accents, case and punctuation, numbers by value, ties by id', () => {
    lib = openTestLibrary();
    const q = seed([
      { title: 'Zulu' },
      { title: 'Élan' },
      { title: 'alien' },
      { title: '10 Things' },
      { title: '"Amélie"' },
      { title: '2 Fast' },
      { title: 'Alien' },
      { title: 'Ed Wood' },
    ]);
    expect(titles(q, { ...all, sort: 'title' })).toEqual([
      '2 Fast',
      '10 Things',
      'alien',
      'Alien',
      '"Amélie"',
      'Ed Wood',
      'Élan',
      'Zulu',
    ]);
  });

  it('sorts by year newest first with undated titles last, and by added newest first', () => {
    lib = openTestLibrary();
    const q = seed([
      { title: 'Old', year: 1950, addedAt: '2026-03-01T00:00:00.000Z' },
      { title: 'Undated', year: null, addedAt: '2026-01-01T00:00:00.000Z' },
      { title: 'New', year: 2020, addedAt: '2026-02-01T00:00:00.000Z' },
      { title: 'Also new', year: 2020, addedAt: '2026-02-01T00:00:00.000Z' },
    ]);
    expect(titles(q, { ...all, sort: 'year' })).toEqual(['Also new', 'New', 'Old', 'Undated']);
    expect(titles(q, { ...all, sort: 'added' })).toEqual(['Old', 'Also new', 'New', 'Undated']);
  });

  it('filters by type and by trailer state; a title with only broken or gone files has none', () => {
    lib = openTestLibrary();
    const q = seed([
      { title: 'Has', trailers: ['ok', 'broken'] },
      { title: 'Broken only', trailers: ['broken'] },
      { title: 'Gone only', trailers: ['gone'] },
      { title: 'Nothing' },
      { title: 'Show', kind: 'series', trailers: ['ok'] },
    ]);
    expect(titles(q, { ...all, trailer: 'has' })).toEqual(['Has', 'Show']);
    expect(titles(q, { ...all, trailer: 'missing' })).toEqual(['Broken only', 'Gone only', 'Nothing']);
    expect(titles(q, { ...all, type: 'series' })).toEqual(['Show']);
    expect(titles(q, { ...all, type: 'movie', trailer: 'has' })).toEqual(['Has']);
    const window = q.window(libraryWindowQuerySchema.parse({ ...all, trailer: 'has' }));
    expect(window.rows.map((r) => [r.title, r.trailerCount, r.brokenTrailerCount])).toEqual([
      ['Has', 1, 1],
      ['Show', 1, 0],
    ]);
  });

  it('searches "title year" ignoring accents and case, every word a substring, short words too', () => {
    lib = openTestLibrary();
    const q = seed([
      { title: 'Amélie', year: 2001 },
      { title: 'AMELIE returns', year: 2011 },
      { title: 'Heat', year: 1995 },
      { title: 'Se7en', year: 1995 },
      { title: 'Ran', year: 1985 },
    ]);
    expect(titles(q, { ...all, text: 'amelie' })).toEqual(['Amélie', 'AMELIE returns']);
    expect(titles(q, { ...all, text: 'AMÉL 2001' })).toEqual(['Amélie']);
    expect(titles(q, { ...all, text: 'lie  ret' })).toEqual(['AMELIE returns']);
    expect(titles(q, { ...all, text: '1995' })).toEqual(['Heat', 'Se7en']);
    expect(titles(q, { ...all, text: '7' })).toEqual(['Se7en']);
    expect(titles(q, { ...all, text: 'ra 85' })).toEqual(['Ran']);
    expect(titles(q, { ...all, text: 'e"a' })).toEqual([]);
    expect(titles(q, { ...all, text: '   ' })).toHaveLength(5);
    // A renamed title is found by its new name's short words, and no longer by its old one's.
    lib.db.$client.prepare("UPDATE media SET title = 'Up' WHERE title = 'Ran'").run();
    expect(titles(q, { ...all, text: 'up' })).toEqual(['Up']);
    expect(titles(q, { ...all, text: 'ra 85' })).toEqual([]);
  });

  it('gives pages that join up into the whole list, in every sort, with equal titles and years', () => {
    lib = openTestLibrary();
    const seeds: Seed[] = Array.from({ length: 53 }, (_, i) => ({
      title: `Title ${i % 9}`,
      year: i % 4 === 0 ? null : 1990 + (i % 5),
      addedAt: `2026-01-0${1 + (i % 3)}T00:00:00.000Z`,
      kind: i % 2 ? 'movie' : 'series',
      trailers: i % 3 ? ['ok'] : [],
    }));
    const q = seed(seeds);
    for (const sort of ['title', 'year', 'added'] as const) {
      for (const filter of [{}, { trailer: 'has' as const }, { type: 'series' as const, text: 'title' }]) {
        const whole = q.window(libraryWindowQuerySchema.parse({ ...all, ...filter, sort }));
        const pages = [];
        for (let offset = 0; offset < whole.total; offset += 7) {
          const page = q.window(libraryWindowQuerySchema.parse({ offset, limit: 7, ...filter, sort }));
          expect(page.total).toBe(whole.total);
          pages.push(...page.rows.map((r) => r.id));
        }
        expect(pages).toEqual(whole.rows.map((r) => r.id));
        expect(new Set(pages).size).toBe(whole.total);
      }
    }
  });

  it('counts titles per type and trailer state among those the search matches', () => {
    lib = openTestLibrary();
    const q = seed([
      { title: 'Night one', trailers: ['ok'] },
      { title: 'Night two', kind: 'series' },
      { title: 'Night three', trailers: ['broken'] },
      { title: 'Day' },
    ]);
    const window = q.window(
      libraryWindowQuerySchema.parse({ offset: 0, limit: 1, text: 'night', type: 'series', facets: true }),
    );
    expect(window.total).toBe(1);
    expect(window.facets).toEqual({ all: 3, movie: 2, series: 1, hasTrailer: 1, missingTrailer: 2 });
    expect(q.window(libraryWindowQuerySchema.parse({ offset: 0, limit: 1 })).facets).toBeNull();
  });
});

function folder(root: string, name: string, trailer = false): void {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, `${name}.mkv`), '');
  if (trailer) writeFileSync(join(root, name, `${name}-trailer.mp4`), '');
}

describe('the library window during scans', () => {
  it('shows titles a scan adds, the trailer state a rescan finds, and nothing of a removed folder', async () => {
    lib = openTestLibrary();
    const q = new LibraryWindowQueries(lib.db);
    const page = (query: Omit<LibraryWindowQuery, 'offset' | 'limit'> = {}) =>
      q.window(libraryWindowQuerySchema.parse({ offset: 0, limit: 50, facets: true, ...query }));
    const root = join(lib.dir, 'Movies');
    folder(root, 'Heat (1995)');
    folder(root, 'Amélie (2001)', true);
    const { id: rootId } = await lib.service.addRoot(root, 'movies');
    await lib.service.whenIdle();
    expect(page().rows.map((r) => r.title)).toEqual(['Amélie', 'Heat']);
    // An empty file named like a trailer is a broken one: the title has no trailer.
    expect(page({ trailer: 'missing' }).rows.map((r) => r.title)).toEqual(['Amélie', 'Heat']);

    folder(root, 'Brazil (1985)');
    rmSync(join(root, 'Amélie (2001)', 'Amélie (2001)-trailer.mp4'));
    lib.service.rescan(rootId);
    await lib.service.whenIdle();
    expect(page().rows.map((r) => [r.title, r.brokenTrailerCount])).toEqual([
      ['Amélie', 0],
      ['Brazil', 0],
      ['Heat', 0],
    ]);
    expect(page({ text: 'braz' }).rows.map((r) => r.title)).toEqual(['Brazil']);
    expect(page().facets).toMatchObject({ all: 3, movie: 3 });

    lib.service.removeRoot(rootId);
    expect(page()).toEqual({
      rows: [],
      total: 0,
      size: 0,
      facets: { all: 0, movie: 0, series: 0, hasTrailer: 0, missingTrailer: 0 },
    });
    expect(page({ text: 'heat' }).total).toBe(0);
    expect(lib.db.$client.prepare('SELECT count(*) FROM media_search').pluck().get()).toBe(0);
  });
});
