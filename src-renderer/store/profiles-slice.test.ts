// The profile editor's "titles to download" count asks main about the profile as edited: the
// videos it wants, its cap, season trailers and languages, not only the saved profile's.
import { describe, expect, it } from 'vitest';
import { createAppStore } from './create-app-store';
import { fakeApi } from './fake-api';
import type { TitlesToDownloadFields } from './profiles-slice';

// Main's answer grows with what is wanted, as discovery's missingCount does: one title per slot here.
function counting(asked: unknown[]) {
  return fakeApi({
    'discovery:missingCount': (input) => {
      asked.push(input);
      const wanted = (input as Partial<TitlesToDownloadFields>).wantedVideos ?? { trailer: 1 };
      return { titles: Object.values(wanted).reduce((sum: number, n) => sum + (n ?? 0), 0) };
    },
  });
}

const draft: TitlesToDownloadFields = {
  acceptDetectedTrailers: false,
  wantedVideos: { trailer: 1, featurette: 2 },
  maxVideosPerTitle: 4,
  seasonTrailers: true,
  languages: ['de', 'en'],
  onePerLanguage: true,
};

describe('profiles slice: the titles a profile would download for', () => {
  it('asks with the edited videos, cap, seasons and languages, for a saved profile and a new one', async () => {
    const asked: unknown[] = [];
    const store = createAppStore(counting(asked));
    expect(await store.getState().countTitlesToDownload(7, draft)).toBe(3);
    expect(await store.getState().countTitlesToDownload(null, draft)).toBe(3);
    expect(asked).toEqual([{ profileId: 7, ...draft }, draft]);
  });

  it('follows the draft: fewer wanted videos, a smaller count', async () => {
    const store = createAppStore(counting([]));
    expect(await store.getState().countTitlesToDownload(7, { ...draft, wantedVideos: { trailer: 1 } })).toBe(
      1,
    );
  });

  it('says null when main cannot count', async () => {
    const store = createAppStore(fakeApi({}));
    expect(await store.getState().countTitlesToDownload(7, draft)).toBeNull();
  });
});
