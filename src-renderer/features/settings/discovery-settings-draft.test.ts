import { describe, expect, it } from 'vitest';
import type { DiscoverySettings } from '../../../src-preload/contract';
import { fieldError, parseDiscoveryDraft, toDiscoveryDraft } from './discovery-settings-draft';

const saved: DiscoverySettings = {
  tmdbKeySet: true,
  tmdbBaseUrl: 'https://api.themoviedb.org/3',
  searchResults: 10,
  cookiesFile: null,
  cookiesFromBrowser: null,
  scheduleHours: null,
  lastScheduledRunAt: null,
  youtubePreview: false,
};

describe('discovery settings draft', () => {
  it('sends nothing when nothing changed, and never the stored key', () => {
    expect(parseDiscoveryDraft(toDiscoveryDraft(saved), saved)).toEqual({ ok: true, patch: {} });
  });

  it('sends only the changed fields; an emptied key field clears the key', () => {
    const draft = {
      ...toDiscoveryDraft(saved),
      keyEdited: true,
      tmdbApiKey: '  ',
      searchResults: '20',
      cookiesFile: ' /home/me/cookies.txt ',
      cookiesFromBrowser: 'firefox' as const,
      scheduleOn: true,
      scheduleHours: '12',
    };
    expect(parseDiscoveryDraft(draft, saved)).toEqual({
      ok: true,
      patch: {
        tmdbApiKey: '',
        searchResults: 20,
        cookiesFile: '/home/me/cookies.txt',
        cookiesFromBrowser: 'firefox',
        scheduleHours: 12,
      },
    });
  });

  it('turns the schedule and the cookies off with null', () => {
    const on = { ...saved, scheduleHours: 6, cookiesFile: '/c.txt', cookiesFromBrowser: 'chrome' };
    const draft = {
      ...toDiscoveryDraft(on),
      scheduleOn: false,
      cookiesFile: '',
      cookiesFromBrowser: '' as const,
    };
    expect(parseDiscoveryDraft(draft, on)).toEqual({
      ok: true,
      patch: { scheduleHours: null, cookiesFile: null, cookiesFromBrowser: null },
    });
  });

  it('sends the YouTube preview only when it was switched, on or off', () => {
    expect(parseDiscoveryDraft({ ...toDiscoveryDraft(saved), youtubePreview: true }, saved)).toEqual({
      ok: true,
      patch: { youtubePreview: true },
    });
    const on = { ...saved, youtubePreview: true };
    expect(parseDiscoveryDraft(toDiscoveryDraft(on), on)).toEqual({ ok: true, patch: {} });
    expect(parseDiscoveryDraft({ ...toDiscoveryDraft(on), youtubePreview: false }, on)).toEqual({
      ok: true,
      patch: { youtubePreview: false },
    });
  });

  it('names the field and the bound that was crossed', () => {
    const draft = {
      ...toDiscoveryDraft(saved),
      tmdbBaseUrl: ' ',
      searchResults: '31',
      scheduleOn: true,
      scheduleHours: '0.5',
    };
    expect(parseDiscoveryDraft(draft, saved)).toEqual({
      ok: false,
      errors: {
        tmdbBaseUrl: 'Enter a web address such as https://api.themoviedb.org/3',
        searchResults: 'At most 30 results per search',
        scheduleHours: 'Use a whole number',
      },
    });
  });

  it("places main's refusal next to the field it names", () => {
    expect(
      fieldError({ code: 'INVALID_INPUT', message: 'Only http and https addresses.', field: 'tmdbBaseUrl' }),
    ).toEqual({
      field: 'tmdbBaseUrl',
      message: 'Only http and https addresses.',
    });
    expect(fieldError({ code: 'INTERNAL', message: 'Something went wrong (see the log).' })).toBeNull();
    expect(fieldError({ code: 'INVALID_INPUT', message: 'That is not a setting.', field: 'x' })).toBeNull();
  });
});
