import { describe, expect, it } from 'vitest';
import type { ServerLibraries } from '../../src-preload/contract';
import { createAppStore } from './create-app-store';
import { fakeApi } from './fake-api';

const found = (local: string): ServerLibraries => ({
  libraries: [
    {
      id: '1',
      name: 'Movies',
      type: 'movies',
      folders: [{ remote: '/data/Movies', local, inLibrary: true }],
    },
  ],
  suggestions: [{ remote: '/data', local: '/mnt/nas', reason: 'Both hold Heat (1995).' }],
  problem: null,
});

describe('media servers slice', () => {
  it("keeps the form's newest libraries answer (a draft tested twice), and forgets them when the form closes", async () => {
    const answers: Array<(value: ServerLibraries) => void> = [];
    const store = createAppStore(
      fakeApi({
        'connections:serverLibraries': () => new Promise<ServerLibraries>((resolve) => answers.push(resolve)),
      }),
    );
    const first = store
      .getState()
      .loadEditorServerLibraries({ kind: 'jellyfin', url: 'http://a', apiKey: 'old-key' });
    const second = store
      .getState()
      .loadEditorServerLibraries({ kind: 'jellyfin', url: 'http://b', apiKey: 'new-key' });
    answers[1]!(found('/mnt/nas/Movies'));
    await second;
    answers[0]!(found('/elsewhere'));
    await first;
    expect(store.getState().editorServerLibraries?.found?.libraries[0]?.folders[0]?.local).toBe(
      '/mnt/nas/Movies',
    );
    store.getState().clearEditorServerLibraries();
    expect(store.getState().editorServerLibraries).toBeNull();
  });

  it("holds each card's libraries by connection, and says when they could not be read", async () => {
    const store = createAppStore(
      fakeApi({
        'connections:serverLibraries': (input) => {
          if ((input as { id: number }).id === 9) throw { code: 'NOT_FOUND', message: 'Gone.' };
          return found('/mnt/nas/Movies');
        },
      }),
    );
    await store.getState().loadServerLibraries(3);
    await store.getState().loadServerLibraries(9);
    expect(store.getState().serverLibraries[3]).toMatchObject({ status: 'ready' });
    expect(store.getState().serverLibraries[9]).toEqual({ status: 'error', found: null });
  });
});
