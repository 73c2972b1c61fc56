// The library page's filters "has extras" and "missing season trailers", one partial index per
// sort: each holds only the titles its filter keeps, so a window and its count cost what they show,
// not the library's size (library/video-filter-sql.ts names them with INDEXED BY). The filter's own
// columns ride along, so SQLite answers from the index alone, without reading each title's row to
// test a WHERE the index already guarantees.
import { sql, type SQL } from 'drizzle-orm';
import { index, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

type MediaColumns = Record<
  'sortKey' | 'id' | 'year' | 'addedAt' | 'kind' | 'extraCount' | 'seasonCount' | 'seasonTrailerCount',
  AnySQLiteColumn
>;

/** The three sort indexes of the library page (schema-library.ts), kept to the titles one filter keeps. */
function sortIndexes(name: string, where: SQL, t: MediaColumns, filterColumns: AnySQLiteColumn[]) {
  return [
    index(`media_${name}_sort_key_idx`)
      .on(t.sortKey, t.id, t.kind, ...filterColumns)
      .where(where),
    index(`media_${name}_year_idx`)
      .on(sql`${t.year} DESC`, t.sortKey, t.id, t.kind, ...filterColumns)
      .where(where),
    index(`media_${name}_added_at_idx`)
      .on(t.addedAt, t.id, t.kind, ...filterColumns)
      .where(where),
  ];
}

export function videoFilterIndexes(t: MediaColumns) {
  return [
    ...sortIndexes('extras', sql`${t.extraCount} > 0`, t, [t.extraCount]),
    ...sortIndexes(
      'season_gap',
      sql`${t.kind} = 'series' AND ${t.seasonCount} > ${t.seasonTrailerCount}`,
      t,
      [t.seasonCount, t.seasonTrailerCount],
    ),
  ];
}
