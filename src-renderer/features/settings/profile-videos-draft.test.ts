// The profile editor's video and language fields, from a stored profile to the form and back.
import { describe, expect, it } from 'vitest';
import type { TrailerProfile } from '../../../src-preload/contract';
import { fromDraft, toDraft } from './profile-draft';
import {
  capNote,
  checkLanguage,
  moveLanguage,
  placeVideoError,
  videoDraftProblem,
  wantedPerTitle,
} from './profile-videos-draft';

const stored = {
  wantedVideos: { trailer: 2, featurette: 1 },
  maxVideosPerTitle: 4,
  seasonTrailers: true,
  languages: ['de', 'en'],
  onePerLanguage: false,
  preferDubbed: false,
} as const;
const draftOf = (over: Partial<TrailerProfile> = {}) =>
  toDraft({
    ...({} as TrailerProfile),
    subtitleLanguages: [],
    excludeWords: [],
    channelAllowList: [],
    minScore: 50,
    ...stored,
    ...over,
  } as TrailerProfile);

describe('the video fields of a profile draft', () => {
  it('round-trips counts, cap, seasons, languages in order and the two language boxes', () => {
    expect(fromDraft(draftOf())).toMatchObject({ ...stored, wantedVideos: { trailer: 2, featurette: 1 } });
    expect(draftOf().maxVideosPerTitle).toBe('4');
  });

  it('leaves a type set to None out of the stored wish, and reads the typed cap as a number', () => {
    const draft = { ...draftOf(), wantedVideos: { trailer: 0, teaser: 3 }, maxVideosPerTitle: ' 7 ' };
    expect(fromDraft(draft)).toMatchObject({ wantedVideos: { teaser: 3 }, maxVideosPerTitle: 7 });
    expect(fromDraft(draft).wantedVideos).not.toHaveProperty('trailer');
  });

  it('refuses no wanted type, a cap that is not 1–50, and one per language without languages, by field', () => {
    expect(videoDraftProblem(draftOf())).toBeNull();
    expect(videoDraftProblem({ ...draftOf(), wantedVideos: { trailer: 0 } })?.field).toBe('wantedVideos');
    for (const cap of ['', '0', '51', '2.5', 'lots']) {
      expect(videoDraftProblem({ ...draftOf(), maxVideosPerTitle: cap })?.field).toBe('maxVideosPerTitle');
    }
    expect(videoDraftProblem({ ...draftOf(), languages: [], onePerLanguage: true })?.field).toBe(
      'onePerLanguage',
    );
  });

  it('says what a cap below the wanted count means, and counts a video per language', () => {
    const three = { ...draftOf(), seasonTrailers: false };
    expect(wantedPerTitle(three)).toBe(3);
    expect(wantedPerTitle({ ...three, onePerLanguage: true })).toBe(6);
    expect(capNote({ ...three, maxVideosPerTitle: '2' })).toBe(
      'This profile wants 3 videos per title; a title gets at most 2 of them, and the rest are not fetched.',
    );
    expect(capNote({ ...three, maxVideosPerTitle: '6' })).toBe(
      'This profile wants 3 videos per title; the cap of 6 leaves room for all of them.',
    );
    expect(capNote(draftOf())).toContain('plus a trailer per season of a series');
  });

  it('takes a language code as the contract does, named, once, at most five', () => {
    expect(checkLanguage(' DE ', [])).toEqual({ ok: true, code: 'de', name: 'German' });
    expect(checkLanguage('pt_BR', [])).toEqual({ ok: true, code: 'pt-BR', name: 'Portuguese (Brazil)' });
    expect(checkLanguage('ger', ['de'])).toEqual({ ok: false, message: 'German is already in the list.' });
    expect(checkLanguage('xx', [])).toMatchObject({ ok: false });
    expect(checkLanguage('German', [])).toMatchObject({ ok: false });
    expect(checkLanguage('', [])).toMatchObject({ ok: false });
    expect(checkLanguage('it', ['de', 'en', 'fr', 'es', 'nl'])).toEqual({
      ok: false,
      message: 'At most 5 languages.',
    });
  });

  it('moves a language up or down, and not past the ends', () => {
    expect(moveLanguage(['de', 'en', 'fr'], 1, -1)).toEqual(['en', 'de', 'fr']);
    expect(moveLanguage(['de', 'en', 'fr'], 1, 1)).toEqual(['de', 'fr', 'en']);
    expect(moveLanguage(['de', 'en'], 0, -1)).toEqual(['de', 'en']);
  });

  it("places main's refusal of a video field by that field, and leaves the others to the form", () => {
    expect(placeVideoError({ code: 'INVALID_INPUT', field: 'languages.1', message: 'm' })).toEqual({
      field: 'languages',
      message: 'm',
    });
    expect(placeVideoError({ code: 'INVALID_INPUT', field: 'container', message: 'm' })).toBeNull();
    expect(placeVideoError({ code: 'INTERNAL', message: 'm' })).toBeNull();
  });
});
