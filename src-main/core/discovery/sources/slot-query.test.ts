import { describe, expect, it } from 'vitest';
import { parseSlotKey, type VideoSlot } from '../../../../src-preload/contract/video-kinds';
import { slotSearchQueries, slotSearchQuery } from './slot-query';

const dune = { title: 'Dune', year: 2021, kind: 'movie' as const };
const slot = (key: string): VideoSlot => {
  const parsed = parseSlotKey(key);
  if (!parsed) throw new Error(key);
  return parsed;
};
const template = '{title} {year} official trailer';

describe('the YouTube search for a slot', () => {
  it.each<[string, string | null, string | null, string]>([
    ['trailer', null, null, 'Dune 2021 official trailer'],
    ['trailer', 'en', null, 'Dune 2021 official trailer'],
    ['teaser', null, null, 'Dune 2021 official teaser'],
    ['featurette', null, null, 'Dune 2021 featurette'],
    ['behindthescenes', null, null, 'Dune 2021 behind the scenes'],
    ['trailer', 'de', null, 'Dune 2021 offizieller trailer deutsch'],
    ['trailer', 'fr', 'Dune : Première partie', 'Dune : Première partie 2021 bande-annonce vf'],
    ['trailer', 'es', null, 'Dune 2021 tráiler oficial español'],
    ['featurette', 'de', null, 'Dune 2021 featurette deutsch'],
    ['behindthescenes', 'fr', null, 'Dune 2021 dans les coulisses'],
    ['trailer', 'nl', null, 'Dune 2021 official trailer dutch'],
  ])('%s in %s (local title %s): “%s”', (key, language, localTitle, query) => {
    expect(slotSearchQuery(template, dune, slot(key), language, localTitle)).toBe(query);
  });

  it('names the season in the slot’s language', () => {
    const dark = { title: 'Dark', year: 2017, kind: 'series' as const };
    expect(slotSearchQuery(template, dark, slot('trailer/s2'), 'de', null)).toBe(
      'Dark 2017 offizieller trailer deutsch staffel 2',
    );
    expect(slotSearchQuery(template, dark, slot('trailer/s2'), null, null)).toBe(
      'Dark 2017 official trailer season 2',
    );
  });

  it('keeps a template without trailer words, adding the slot’s words', () => {
    expect(slotSearchQuery('{title} ({year})', dune, slot('featurette'), null, null)).toBe(
      'Dune (2021) featurette',
    );
  });

  it('searches a profile without languages as its template says, {language} its audio language', () => {
    const profile = {
      searchTemplate: '{title} {year} {language} trailer',
      languages: [],
      audioLanguage: 'de',
    };
    expect(slotSearchQueries(profile, dune, slot('trailer'), new Map())).toEqual([
      'Dune 2021 German trailer',
    ]);
  });

  it('searches the first language, then its fallback, with the localised title where TMDB has one', () => {
    const profile = { searchTemplate: template, languages: ['de', 'en'], audioLanguage: null };
    const intouchables = { title: 'The Intouchables', year: 2011, kind: 'movie' as const };
    const local = new Map([['de', 'Ziemlich beste Freunde']]);
    expect(slotSearchQueries(profile, intouchables, slot('trailer'), local)).toEqual([
      'Ziemlich beste Freunde 2011 offizieller trailer deutsch',
      'The Intouchables 2011 official trailer',
    ]);
    expect(slotSearchQueries(profile, intouchables, slot('trailer@en'), local)).toEqual([
      'The Intouchables 2011 official trailer',
    ]);
  });
});
