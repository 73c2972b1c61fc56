// The search part of the library page's filter, over media_search (migrations library_window and
// search_facets): words of three characters or more go through the trigram index of the folded
// "title year" key; shorter words are checked on the stored key. The `tags` column holds each
// title's kind and trailer state as one-trigram tags (MOV, SER; TRY, TRN: see migration
// search_facets), so a search's total and facets are counts of the index alone.
import type { LibraryTrailerFilter, LibraryTypeFilter } from '../../../src-preload/contract/library-window';
import { foldText } from '../db/title-keys';

const TRIGRAM = 3;

/** A WHERE clause over media_search and its parameters. */
export interface SearchSql {
  where: string;
  params: string[];
  /** Whether the trigram index answers it (a MATCH); without one, every key is read. */
  indexed: boolean;
  /** The MATCH expression of the words of three letters or more (null when there are none). */
  match: string | null;
  /** Words under three letters, which the trigram index cannot answer: media.search_key has them. */
  short: string[];
}

/** Kind and trailer state to match on the `tags` column (see search_facets' triggers). */
export interface SearchTags {
  type?: LibraryTypeFilter;
  trailer?: LibraryTrailerFilter;
}

const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** Where media_search's rows match every word of `text` (and the tags); null for no words. */
export function searchSql(text: string, tags: SearchTags = {}): SearchSql | null {
  const words = foldText(text)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  // Column filters keep the words to the key: a search for "movie" must not match the tags.
  const match = words.filter((w) => [...w].length >= TRIGRAM).map((w) => `key : ${phrase(w)}`);
  const short = words.filter((w) => [...w].length < TRIGRAM);
  if (match.length > 0) {
    if (tags.type === 'movie') match.push('tags : "MOV"');
    if (tags.type === 'series') match.push('tags : "SER"');
    if (tags.trailer === 'has') match.push('tags : "TRY"');
    if (tags.trailer === 'missing') match.push('tags : "TRN"');
  }
  const clauses = match.length > 0 ? ['media_search MATCH ?'] : [];
  const params = match.length > 0 ? [match.join(' AND ')] : [];
  for (const word of short) {
    clauses.push('instr(key, ?) > 0');
    params.push(word);
  }
  return {
    where: clauses.join(' AND '),
    params,
    indexed: match.length > 0,
    match: match.length > 0 ? match.join(' AND ') : null,
    short,
  };
}
