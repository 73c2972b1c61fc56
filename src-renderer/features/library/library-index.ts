import type { MediaKind, MediaSummary } from '../../../src-preload/contract';

export type TypeFilter = 'all' | MediaKind;
export type TrailerFilter = 'all' | 'has' | 'missing';
export type LibrarySort = 'title' | 'year' | 'added';

export interface LibraryQuery {
  text: string;
  type: TypeFilter;
  trailer: TrailerFilter;
  sort: LibrarySort;
}

/** The library list with its search keys and sort orders, built once per list load. */
export interface LibraryIndex {
  items: MediaSummary[];
  /** Normalised "title year" per item, same order as items. */
  keys: string[];
  /** Item positions per sort, computed the first time that sort is asked for. */
  orders: Partial<Record<LibrarySort, Uint32Array>>;
}

/** Lower case without accents, so "Amélie" matches "amelie" and "AMELIE". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

export function buildIndex(items: MediaSummary[]): LibraryIndex {
  const keys = items.map((m) => normalise(m.year === null ? m.title : `${m.title} ${m.year}`));
  return { items, keys, orders: {} };
}

const collator = new Intl.Collator(undefined, {
  sensitivity: 'base',
  numeric: true,
  ignorePunctuation: true,
});

function orderFor(index: LibraryIndex, sort: LibrarySort): Uint32Array {
  const cached = index.orders[sort];
  if (cached) return cached;
  const { items } = index;
  const positions = Array.from({ length: items.length }, (_, i) => i);
  const byTitle = (a: number, b: number) =>
    collator.compare((items[a] as MediaSummary).title, (items[b] as MediaSummary).title);
  if (sort === 'title') {
    positions.sort((a, b) => byTitle(a, b) || a - b);
  } else if (sort === 'year') {
    // Newest first; titles without a year go last.
    positions.sort((a, b) => {
      const ya = (items[a] as MediaSummary).year ?? -Infinity;
      const yb = (items[b] as MediaSummary).year ?? -Infinity;
      return yb - ya || byTitle(a, b);
    });
  } else {
    positions.sort((a, b) => {
      const da = (items[a] as MediaSummary).addedAt;
      const db = (items[b] as MediaSummary).addedAt;
      return da < db ? 1 : da > db ? -1 : b - a;
    });
  }
  const order = Uint32Array.from(positions);
  index.orders[sort] = order;
  return order;
}

/** The titles to show, in order. Walks the precomputed order once: no per-keystroke sorting. */
export function queryIndex(index: LibraryIndex, query: LibraryQuery): MediaSummary[] {
  const needle = normalise(query.text);
  const terms = needle === '' ? [] : needle.split(/\s+/);
  const out: MediaSummary[] = [];
  for (const position of orderFor(index, query.sort)) {
    const item = index.items[position] as MediaSummary;
    if (query.type !== 'all' && item.kind !== query.type) continue;
    if (query.trailer === 'has' && item.trailerCount === 0) continue;
    if (query.trailer === 'missing' && item.trailerCount > 0) continue;
    if (terms.length > 0) {
      const key = index.keys[position] as string;
      if (!terms.every((term) => key.includes(term))) continue;
    }
    out.push(item);
  }
  return out;
}
