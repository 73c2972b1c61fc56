// The library page's window: a slice of titles in one sort and filter, its total and facets, all
// answered by SQLite from the indexes of 0009_library_window (sort keys carry the filter columns,
// search goes through the trigram table), so a window costs the same at 1,000 and 200,000 titles.
import type { Statement } from 'better-sqlite3';
import type {
  LibraryFacets,
  LibrarySort,
  LibraryTrailerFilter,
  LibraryTypeFilter,
  LibraryWindow,
} from '../../../src-preload/contract/library-window';
import type { MediaKind, MediaSummary } from '../../../src-preload/contract/models';
import type { AppDatabase } from '../db/open-database';
import { searchSql, type SearchSql } from './library-search';
import { isVideoFilter, videoFilterIndex, videoFilterWhere } from './video-filter-sql';

export interface ResolvedFilter {
  type: LibraryTypeFilter;
  trailer: LibraryTrailerFilter;
  text: string;
  source: 'all' | 'has';
}

export interface ResolvedWindowQuery extends ResolvedFilter {
  offset: number;
  limit: number;
  sort: LibrarySort;
  facets: boolean;
}

/** Columns of a MediaSummary, read straight from `media` (trailer counts are kept by triggers). */
export const SUMMARY_COLUMNS = `m.id, m.root_id, m.kind, m.title, m.year, m.poster_path IS NOT NULL,
  m.trailer_count, m.missing_since IS NOT NULL, m.added_at,
  (m.trailer_source IS NOT NULL OR m.nfo_trailer_id IS NOT NULL), m.broken_trailer_count,
  m.extra_count, m.season_count, m.season_trailer_count`;

export type SummaryRow = [
  number,
  number,
  MediaKind,
  string,
  number | null,
  number,
  number,
  number,
  string,
  number,
  number,
  number,
  number,
  number,
];

export const toSummary = (r: SummaryRow): MediaSummary => ({
  id: r[0],
  rootId: r[1],
  kind: r[2],
  title: r[3],
  year: r[4],
  hasPoster: r[5] === 1,
  trailerCount: r[6],
  folderMissing: r[7] === 1,
  addedAt: r[8],
  hasTrailerSource: r[9] === 1,
  brokenTrailerCount: r[10],
  extraCount: r[11],
  seasonCount: r[12],
  seasonTrailerCount: r[13],
});

const ORDER_BY: Record<LibrarySort, string> = {
  title: 'm.sort_key, m.id',
  // SQLite puts NULL first ascending, so last descending: titles without a year end the list.
  year: 'm.year DESC, m.sort_key, m.id',
  added: 'm.added_at DESC, m.id DESC',
};

// Each sort's index (schema.ts), walked when a search matches many titles.
const SORT_INDEX: Record<LibrarySort, string> = {
  title: 'INDEXED BY media_sort_key_idx',
  year: 'INDEXED BY media_year_idx',
  added: 'INDEXED BY media_added_at_idx',
};

/** The index a window of this filter walks in this sort: the filter's own partial one if it has one. */
function sortIndex(filter: ResolvedFilter, sort: LibrarySort): string {
  return isVideoFilter(filter.trailer) ? videoFilterIndex(filter.trailer, sort) : SORT_INDEX[sort];
}

/**
 * Many matches: walk the sort's index and keep the matching ids until the window is full, rather
 * than read and sort every match (a word found in a third of the library). A video filter walks its
 * own partial index, except for a search with few matches: those are read by id and sorted, not
 * looked for among every title the filter keeps.
 */
function windowIndex(query: ResolvedWindowQuery, total: number): string {
  const searching = query.text.trim() !== '';
  if (searching && total <= WALK_SORT_INDEX_ABOVE) return isVideoFilter(query.trailer) ? 'NOT INDEXED' : '';
  return searching || isVideoFilter(query.trailer) ? sortIndex(query, query.sort) : '';
}

// Below this many matches, reading and sorting them costs less than walking an index to find them.
export const WALK_SORT_INDEX_ABOVE = 5000;

/** A WHERE clause and its parameters, as SQL text: the filter's shape picks the prepared statement. */
export interface FilterSql {
  where: string;
  params: (string | number)[];
}

/** The SQL for "titles matching this filter" over `media m`; `textOnly` leaves out type and trailer (facets). */
export function filterSql(filter: ResolvedFilter, textOnly = false): FilterSql {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const search = searchSql(filter.text);
  if (search?.match) {
    clauses.push('m.id IN (SELECT rowid FROM media_search WHERE media_search MATCH ?)');
    params.push(search.match);
  }
  // Short words on the title's own copy of the key: a walk of its compact index finds them, where
  // the same check in the trigram table read every row of it.
  if (search && search.short.length > 0) {
    // The matches are collected from the key's compact index first: a walk of a sort index then
    // tests each entry against that set without reading the row (a row-by-row check is slow when
    // the matches sit late in the sort order).
    clauses.push(
      `m.id IN (SELECT id FROM media INDEXED BY media_search_key_idx WHERE ${shortWordsWhere(search)})`,
    );
    params.push(...search.short);
  }
  if (!textOnly && filter.type !== 'all') {
    clauses.push('m.kind = ?');
    params.push(filter.type);
  }
  if (!textOnly && filter.trailer === 'has') clauses.push('m.trailer_count > 0');
  if (!textOnly && filter.trailer === 'missing') clauses.push('m.trailer_count = 0');
  if (!textOnly && isVideoFilter(filter.trailer)) clauses.push(videoFilterWhere[filter.trailer]);
  if (!textOnly && filter.source === 'has') {
    clauses.push('(m.trailer_source IS NOT NULL OR m.nfo_trailer_id IS NOT NULL)');
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Every short word a substring of media.search_key. */
function shortWordsWhere(search: SearchSql): string {
  return search.short.map(() => 'instr(search_key, ?) > 0').join(' AND ');
}

// Statements by SQL text; the shapes are few (sort × type × trailer × number of words), so the
// cache stays small, and it is emptied if an odd client sends many shapes.
const MAX_STATEMENTS = 200;

/** The filter's total when it is one of the facets (one type or one trailer state): no second count. */
function totalAmong(facets: LibraryFacets, filter: ResolvedFilter): number | null {
  if (filter.source !== 'all' || (filter.type !== 'all' && filter.trailer !== 'all')) return null;
  if (isVideoFilter(filter.trailer)) return null;
  if (filter.type !== 'all') return facets[filter.type];
  if (filter.trailer === 'has') return facets.hasTrailer;
  if (filter.trailer === 'missing') return facets.missingTrailer;
  return facets.all;
}

/** Reads windows of the library page. */
export class LibraryWindowQueries {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: AppDatabase) {}

  window(query: ResolvedWindowQuery): LibraryWindow {
    const filter = filterSql(query);
    const facets = query.facets ? this.facets(query) : null;
    const total =
      (facets && totalAmong(facets, query)) ??
      this.countedTotal(query) ??
      this.searchTotal(query) ??
      this.countMatching(filter, query);
    const hint = windowIndex(query, total);
    const rows = this.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM media m ${hint} ${filter.where}
       ORDER BY ${ORDER_BY[query.sort]} LIMIT ? OFFSET ?`,
      true,
    ).all(...filter.params, query.limit, query.offset) as SummaryRow[];
    const size = this.prepare('SELECT coalesce(sum(titles), 0) FROM library_count').pluck().get() as number;
    return { rows: rows.map(toSummary), total, size, facets };
  }

  private countMatching(filter: FilterSql, query: ResolvedFilter): number {
    // A video filter without search text counts its partial index: what matches, not the library.
    const hint = isVideoFilter(query.trailer) && query.text.trim() === '' ? sortIndex(query, 'title') : '';
    return this.prepare(`SELECT count(*) FROM media m ${hint} ${filter.where}`)
      .pluck()
      .get(...filter.params) as number;
  }

  /** The total of a search counted in the trigram index alone (its tags carry type and trailer). */
  private searchTotal(filter: ResolvedFilter): number | null {
    // The tags know the kind and the title's trailer, not extras or seasons.
    if (isVideoFilter(filter.trailer)) return null;
    const search = searchSql(filter.text, filter);
    if (!search?.indexed || filter.source !== 'all') return null;
    return this.prepare(`SELECT count(*) FROM media_search WHERE ${search.where}`)
      .pluck()
      .get(...search.params) as number;
  }

  /** The total read from library_count when the filter is one it keeps (no text, no source): no walk. */
  private countedTotal(filter: ResolvedFilter): number | null {
    if (filter.text.trim() !== '' || filter.source !== 'all' || isVideoFilter(filter.trailer)) return null;
    const clauses: string[] = [];
    const params: string[] = [];
    if (filter.type !== 'all') {
      clauses.push('kind = ?');
      params.push(filter.type);
    }
    if (filter.trailer !== 'all') clauses.push(`has_trailer = ${filter.trailer === 'has' ? 1 : 0}`);
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    return this.prepare(`SELECT coalesce(sum(titles), 0) FROM library_count ${where}`)
      .pluck()
      .get(...params) as number;
  }

  /** The ids of every title matching the filter, less the exceptions, in title order: bulk actions. */
  matchingIds(filter: ResolvedFilter, exceptIds: readonly number[] = []): number[] {
    const sql = filterSql(filter);
    const ids = this.prepare(`SELECT m.id FROM media m ${sql.where} ORDER BY ${ORDER_BY.title}`)
      .pluck()
      .all(...sql.params) as number[];
    if (exceptIds.length === 0) return ids;
    const except = new Set(exceptIds);
    return ids.filter((id) => !except.has(id));
  }

  private facets(filter: ResolvedFilter): LibraryFacets {
    const [all, movie, series, hasTrailer] = this.countedFacets(filter.text) ?? this.walkedFacets(filter);
    return { all, movie, series, hasTrailer, missingTrailer: all - hasTrailer };
  }

  /** Without search text, library_count's sums (the default page load stays flat); with words of
   * three letters or more, counts of the trigram index. Null when only short words remain. */
  private countedFacets(text: string): [number, number, number, number] | null {
    const library = this.prepare(
      `SELECT coalesce(sum(titles), 0), coalesce(sum(titles * (kind = 'movie')), 0),
              coalesce(sum(titles * (kind = 'series')), 0), coalesce(sum(titles * has_trailer), 0)
       FROM library_count`,
      true,
    ).get() as [number, number, number, number];
    const search = searchSql(text);
    if (!search) return library;
    if (!search.indexed) return null;
    // Separate statements (as scalar subqueries of one, the same counts take twice as long), each
    // of the rarer tag in the library: its list is the shorter one to intersect with the words'.
    const count = (sql: SearchSql) =>
      this.prepare(`SELECT count(*) FROM media_search WHERE ${sql.where}`)
        .pluck()
        .get(...sql.params) as number;
    const [size, movies, series, withTrailer] = library;
    const all = count(search);
    const movie =
      movies <= series
        ? count(searchSql(text, { type: 'movie' })!)
        : all - count(searchSql(text, { type: 'series' })!);
    const hasTrailer =
      withTrailer <= size - withTrailer
        ? count(searchSql(text, { trailer: 'has' })!)
        : all - count(searchSql(text, { trailer: 'missing' })!);
    return [all, movie, all - movie, hasTrailer];
  }

  private walkedFacets(filter: ResolvedFilter): [number, number, number, number] {
    const search = searchSql(filter.text);
    if (search && !search.match && search.short.length > 0) {
      // Only short words: one walk of the search key's index, which also holds kind and trailers.
      return this.prepare(
        `SELECT count(*), coalesce(sum(kind = 'movie'), 0), coalesce(sum(kind = 'series'), 0),
                coalesce(sum(trailer_count > 0), 0)
         FROM media INDEXED BY media_search_key_idx WHERE ${shortWordsWhere(search)}`,
        true,
      ).get(...search.short) as [number, number, number, number];
    }
    const sql = filterSql(filter, true);
    return this.prepare(
      `SELECT count(*), coalesce(sum(m.kind = 'movie'), 0), coalesce(sum(m.kind = 'series'), 0),
              coalesce(sum(m.trailer_count > 0), 0)
       FROM media m ${sql.where}`,
      true,
    ).get(...sql.params) as [number, number, number, number];
  }

  private prepare(sql: string, raw = false): Statement {
    const key = `${raw ? 'raw' : 'obj'}:${sql}`;
    let statement = this.statements.get(key);
    if (!statement) {
      if (this.statements.size >= MAX_STATEMENTS) this.statements.clear();
      statement = this.db.$client.prepare(sql);
      if (raw) statement.raw();
      this.statements.set(key, statement);
    }
    return statement;
  }
}
