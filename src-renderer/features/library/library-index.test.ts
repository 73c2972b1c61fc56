import { describe, expect, it } from 'vitest';
import type { MediaSummary } from '../../../src-preload/contract';
import { buildIndex, normalise, queryIndex, type LibraryQuery } from './library-index';

let nextId = 1;
function media(title: string, year: number | null, extra: Partial<MediaSummary> = {}): MediaSummary {
  const id = nextId++;
  return {
    id,
    rootId: 1,
    kind: 'movie',
    title,
    year,
    hasPoster: false,
    trailerCount: 0,
    brokenTrailerCount: 0,
    folderMissing: false,
    hasTrailerSource: false,
    addedAt: `2024-01-0${id}T00:00:00.000Z`,
    ...extra,
  };
}

const all: LibraryQuery = { text: '', type: 'all', trailer: 'all', sort: 'title' };
const titles = (list: MediaSummary[]) => list.map((m) => m.title);

describe('library index', () => {
  const items = [
    media('The Matrix', 1999, { trailerCount: 1 }),
    media('Amélie', 2001),
    media('Breaking Bad', 2008, { kind: 'series', trailerCount: 2 }),
    media('alien', 1979),
    media('Untitled', null),
  ];
  const index = buildIndex(items);

  it('matches title and year ignoring case and accents', () => {
    expect(normalise('  AMÉLIE ')).toBe('amelie');
    expect(titles(queryIndex(index, { ...all, text: 'AMELIE' }))).toEqual(['Amélie']);
    expect(titles(queryIndex(index, { ...all, text: 'amélie' }))).toEqual(['Amélie']);
    expect(titles(queryIndex(index, { ...all, text: '1999' }))).toEqual(['The Matrix']);
    expect(titles(queryIndex(index, { ...all, text: 'matrix 1999' }))).toEqual(['The Matrix']);
    expect(queryIndex(index, { ...all, text: 'zzz' })).toEqual([]);
  });

  it('filters by type and trailer status', () => {
    expect(titles(queryIndex(index, { ...all, type: 'series' }))).toEqual(['Breaking Bad']);
    expect(titles(queryIndex(index, { ...all, trailer: 'has' }))).toEqual(['Breaking Bad', 'The Matrix']);
    expect(queryIndex(index, { ...all, trailer: 'missing', type: 'movie' })).toHaveLength(3);
  });

  it('sorts by title, newest year, and recently added', () => {
    expect(titles(queryIndex(index, all))).toEqual([
      'alien',
      'Amélie',
      'Breaking Bad',
      'The Matrix',
      'Untitled',
    ]);
    expect(titles(queryIndex(index, { ...all, sort: 'year' }))).toEqual([
      'Breaking Bad',
      'Amélie',
      'The Matrix',
      'alien',
      'Untitled',
    ]);
    expect(titles(queryIndex(index, { ...all, sort: 'added' }))[0]).toBe('Untitled');
  });

  it('answers a query over 50,000 titles quickly once indexed', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => media(`Title ${i}`, 1950 + (i % 70)));
    const big = buildIndex(many);
    queryIndex(big, all);
    const start = performance.now();
    const found = queryIndex(big, { ...all, text: 'title 4999' });
    expect(performance.now() - start).toBeLessThan(100);
    expect(found.map((m) => m.title)).toContain('Title 4999');
  });
});
