import { describe, expect, it } from 'vitest';
import type { NamingExample } from '../../src-preload/contract';
import { createAppStore } from './create-app-store';
import { fakeApi } from './fake-api';

const example = (path: string): NamingExample[] => [{ label: "A movie's trailer", path }];

describe('naming slice', () => {
  it('shows the preview of the preset chosen last, whichever answer comes first', async () => {
    const answers = new Map<string, (value: NamingExample[]) => void>();
    const store = createAppStore(
      fakeApi({
        'naming:preview': (input) =>
          new Promise<NamingExample[]>((resolve) =>
            answers.set((input as { preset: string }).preset, resolve),
          ),
      }),
    );
    const kodi = store.getState().previewNaming('kodi');
    const jellyfin = store.getState().previewNaming('jellyfin');
    answers.get('jellyfin')?.(example('Heat (1995)/Heat (1995)-trailer.mkv'));
    await jellyfin;
    answers.get('kodi')?.(example('Heat (1995)/movie-trailer.mkv'));
    await kodi;
    expect(store.getState().namingPreview).toEqual({
      preset: 'jellyfin',
      status: 'ready',
      examples: example('Heat (1995)/Heat (1995)-trailer.mkv'),
    });
  });

  it('keeps the preset in use when main refuses a new one, and says why', async () => {
    const store = createAppStore(
      fakeApi({
        'naming:getSettings': () => ({ preset: 'plex' }),
        'naming:updateSettings': () => {
          throw { code: 'INVALID_INPUT', message: 'Choose a preset from the list.' };
        },
      }),
    );
    await store.getState().loadNamingSettings();
    const refused = await store.getState().saveNamingPreset('emby');
    expect(refused).toEqual({ code: 'INVALID_INPUT', message: 'Choose a preset from the list.' });
    expect(store.getState().namingSettings).toEqual({ preset: 'plex' });
    expect(store.getState().namingStatus).toBe('ready');
  });
});
