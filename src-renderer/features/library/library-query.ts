import type {
  LibrarySort,
  LibraryTrailerFilter,
  LibraryTypeFilter,
  MediaSummary,
} from '../../../src-preload/contract';

export type TypeFilter = LibraryTypeFilter;
export type TrailerFilter = LibraryTrailerFilter;
export type { LibrarySort };

/** What the library page shows: its search, filters and sort (the window is asked for these). */
export interface LibraryQuery {
  text: string;
  type: TypeFilter;
  trailer: TrailerFilter;
  sort: LibrarySort;
}

/** Rows per page asked of main: a screenful or two of posters. */
export const libraryPageSize = 150;

/** Identifies the list a query gives (a new key starts a new window at the top). */
export function queryKey(query: LibraryQuery): string {
  return JSON.stringify([query.sort, query.type, query.trailer, query.text.trim()]);
}

/** The pages holding items first..last (inclusive). */
export function pagesOf(first: number, last: number): number[] {
  const pages: number[] = [];
  for (let p = Math.floor(first / libraryPageSize); p <= Math.floor(last / libraryPageSize); p++)
    pages.push(p);
  return pages;
}

/** The title at this position of the window, if its page has arrived. */
export function itemAt(
  pages: ReadonlyMap<number, readonly MediaSummary[]>,
  index: number,
): MediaSummary | undefined {
  return pages.get(Math.floor(index / libraryPageSize))?.[index % libraryPageSize];
}
