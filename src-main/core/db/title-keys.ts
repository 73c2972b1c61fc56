// The library's sort and search keys, computed once when a title is written instead of in the window
// for every title on every load. SQLite compares them byte-wise, so the folding happens here:
// the same rules the page used with Intl.Collator (accents, case and punctuation ignored, "2" < "10").
import type { Database } from 'better-sqlite3';

/** Lower case without accents: "Amélie" and "AMELIE" both become "amelie". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

// Long enough for any year or number in a title; longer runs keep their digits and still compare.
const NUMBER_WIDTH = 12;

/**
 * The title's place in "sort by title": folded, punctuation and spaces dropped (as a collator with
 * ignorePunctuation), and each run of digits zero-padded so that numbers compare by value.
 */
export function sortKeyOf(title: string): string {
  return foldText(title)
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(NUMBER_WIDTH, '0'));
}

/** What a search is matched against: the folded "title year". */
export function searchKeyOf(title: string, year: number | null): string {
  return foldText(year === null ? title : `${title} ${year}`);
}

/**
 * Makes the keys available to SQL on this connection: the migration backfills existing titles with
 * them and the media triggers keep them up to date whichever writer inserts or renames a title.
 */
export function registerTitleKeyFunctions(sqlite: Database): void {
  sqlite.function('td_sort_key', { deterministic: true }, (title) => sortKeyOf(String(title)));
  sqlite.function('td_search_key', { deterministic: true }, (title, year) =>
    searchKeyOf(String(title), typeof year === 'number' || typeof year === 'bigint' ? Number(year) : null),
  );
}
