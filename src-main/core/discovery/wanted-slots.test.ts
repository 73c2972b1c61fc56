import { describe, expect, it } from 'vitest';
import { slotKey } from '../../../src-preload/contract/video-kinds';
import { wantedSlots, type SlotProfile, type SlotTitle } from './wanted-slots';

const plain: SlotProfile = {
  wantedVideos: { trailer: 1 },
  maxVideosPerTitle: 6,
  seasonTrailers: false,
  languages: [],
  onePerLanguage: false,
};
const movie: SlotTitle = { kind: 'movie', seasons: [] };
const series: SlotTitle = { kind: 'series', seasons: [2, 0, 1] };

const cases: { name: string; profile: Partial<SlotProfile>; title: SlotTitle; keys: string[] }[] = [
  { name: 'a plain profile wants the title trailer', profile: {}, title: movie, keys: ['trailer'] },
  {
    name: 'the trailer first, then the other types in their order',
    profile: { wantedVideos: { featurette: 2, teaser: 1, trailer: 1 } },
    title: movie,
    keys: ['trailer', 'teaser', 'featurette', 'featurette#2'],
  },
  {
    name: 'season trailers come after the title trailer, numbered seasons only, in order',
    profile: { seasonTrailers: true, wantedVideos: { trailer: 1, featurette: 1 } },
    title: series,
    keys: ['trailer', 'trailer/s1', 'trailer/s2', 'featurette'],
  },
  {
    name: 'a movie has no season trailers',
    profile: { seasonTrailers: true },
    title: { kind: 'movie', seasons: [1] },
    keys: ['trailer'],
  },
  {
    name: 'languages without one per language: one slot, any language (an order of preference)',
    profile: { languages: ['de', 'en'] },
    title: movie,
    keys: ['trailer'],
  },
  {
    name: 'one per language: a slot per language, each season too',
    profile: { languages: ['de', 'en'], onePerLanguage: true, seasonTrailers: true },
    title: { kind: 'series', seasons: [1] },
    keys: ['trailer@de', 'trailer@en', 'trailer/s1@de', 'trailer/s1@en'],
  },
  {
    name: 'the cap keeps the first slots',
    profile: { seasonTrailers: true, maxVideosPerTitle: 2, wantedVideos: { trailer: 1, clip: 3 } },
    title: series,
    keys: ['trailer', 'trailer/s1'],
  },
  {
    name: 'no trailer wanted: only the other types',
    profile: { wantedVideos: { trailer: 0, behindthescenes: 1 } },
    title: movie,
    keys: ['behindthescenes'],
  },
];

describe('wantedSlots', () => {
  it.each(cases)('$name', ({ profile, title, keys }) => {
    expect(wantedSlots({ ...plain, ...profile }, title).map(slotKey)).toEqual(keys);
  });
});
