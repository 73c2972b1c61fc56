// Search on the library page against a real database with the real migrations: a search's total
// and facets come from the trigram index's tags (migration search_facets), and a word found in
// most titles walks the sort's index; neither may change what a search finds or its order.
import { afterEach, describe, expect, it } from 'vitest';
import {
  libraryWindowQuerySchema,
  type LibraryWindowQuery,
} from '../../../src-preload/contract/library-window';
import { LibraryWindowQueries, WALK_SORT_INDEX_ABOVE } from './library-window';
import { openTestLibrary, type TestLibrary } from './test-helpers';

let lib: TestLibrary;
afterEach(() => lib.close());

interface Seed {
  title: string;
  year?: number | null;
  kind?: 'movie' | 'series';
  addedAt?: string;
  trailer?: boolean;
}

/** Titles written with plain SQL, as any writer could: the triggers fill keys, tags and counts. */
function seed(titles: Seed[]): LibraryWindowQueries {
  const s = lib.db.$client;
  s.prepare("INSERT INTO library_root (id, path, kind) VALUES (1, '/lib', 'movies')").run();
  const media = s.prepare(
    `INSERT INTO media (root_id, kind, title, sort_title, year, folder_path, added_at)
     VALUES (1, ?, ?, '', ?, ?, ?)`,
  );
  const file = s.prepare(
    `INSERT INTO download (media_id, path, file_name, size, profile_name) VALUES (?, ?, 't.mp4', 1, 'detected')`,
  );
  s.transaction(() =>
    titles.forEach((t, i) => {
      const { lastInsertRowid } = media.run(
        t.kind ?? 'movie',
        t.title,
        t.year === undefined ? 2000 : t.year,
        `/lib/${i}`,
        t.addedAt ?? '2026-01-01T00:00:00.000Z',
      );
      if (t.trailer) file.run(lastInsertRowid, `/lib/${i}/t.mp4`);
    }),
  )();
  return new LibraryWindowQueries(lib.db);
}

const window = (q: LibraryWindowQueries, query: Partial<LibraryWindowQuery>) =>
  q.window(libraryWindowQuerySchema.parse({ offset: 0, limit: 500, ...query }));

describe('library search', () => {
  it('matches words against the title and year only, never the kind or trailer state', () => {
    lib = openTestLibrary();
    const q = seed([
      { title: 'Poetry' },
      { title: 'Heat', trailer: true },
      { title: 'The Movie' },
      { title: 'Series of Events', kind: 'series', trailer: true },
      { title: 'Lost', kind: 'series' },
    ]);
    const found = (text: string) => window(q, { text }).rows.map((r) => r.title);
    expect(found('try')).toEqual(['Poetry']);
    expect(found('TRY')).toEqual(['Poetry']);
    expect(found('mov')).toEqual(['The Movie']);
    expect(found('ser')).toEqual(['Series of Events']);
    expect(found('trailer')).toEqual([]);
    expect(window(q, { text: 'try', facets: true }).facets).toEqual({
      all: 1,
      movie: 1,
      series: 0,
      hasTrailer: 0,
      missingTrailer: 1,
    });
    // Every title is from 2000: "2000" goes through the trigram index, "e" reads the keys.
    expect(window(q, { text: '2000', facets: true, type: 'series', trailer: 'has' })).toMatchObject({
      total: 1,
      facets: { all: 5, movie: 3, series: 2, hasTrailer: 2, missingTrailer: 3 },
    });
    expect(window(q, { text: 'e', facets: true, type: 'series', trailer: 'has' })).toMatchObject({
      total: 1,
      facets: { all: 4, movie: 3, series: 1, hasTrailer: 2, missingTrailer: 2 },
    });
  });

  it('gives a word found in most titles the same rows, order and pages in every sort as no search', () => {
    lib = openTestLibrary();
    const count = WALK_SORT_INDEX_ABOVE + 300;
    const q = seed(
      Array.from({ length: count }, (_, i) => ({
        // Every title holds "night", so the search must list exactly the whole library.
        title: `${['Night', 'Nightfall', 'Knight', 'Midnight'][i % 4]} ${i % 37}`,
        year: i % 11 === 0 ? null : 1950 + (i % 70),
        addedAt: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00.000Z`,
        kind: i % 5 === 0 ? 'series' : 'movie',
        trailer: i % 3 === 0,
      })),
    );
    for (const sort of ['title', 'year', 'added'] as const) {
      for (const filter of [{}, { type: 'series' as const, trailer: 'has' as const }]) {
        for (const offset of [0, 2000, count - 100]) {
          const plain = window(q, { sort, offset, limit: 150, ...filter });
          const searched = window(q, { sort, offset, limit: 150, ...filter, text: 'NIGHT' });
          expect(searched.rows.map((r) => r.id)).toEqual(plain.rows.map((r) => r.id));
          expect(searched.total).toBe(plain.total);
        }
      }
    }
    expect(window(q, { text: 'night', limit: 1, facets: true }).facets).toEqual(
      window(q, { limit: 1, facets: true }).facets,
    );
  });
});
