import { describe, expect, it } from 'vitest';
import type { MediaSummary } from '../../src-preload/contract';
import { createAppStore } from './create-app-store';
import { fakeApi, type Handler } from './fake-api';

const matrix: MediaSummary = {
  id: 1,
  rootId: 1,
  kind: 'movie',
  title: 'The Matrix',
  year: 1999,
  hasPoster: false,
  trailerCount: 1,
  brokenTrailerCount: 0,
  extraCount: 0,
  seasonCount: 0,
  seasonTrailerCount: 0,
  folderMissing: false,
  hasTrailerSource: false,
  addedAt: '2024-01-01T00:00:00Z',
};

const basics: Record<string, Handler> = {
  'app:info': () => ({ version: '1', nativeFolderPicker: false, dataDir: '/d' }),
  'library:listRoots': () => [],
  'library:window': () => ({ rows: [matrix], total: 1, size: 1, facets: null }),
  'library:scanStatus': () => null,
};

describe('app store', () => {
  it('marks itself ready after the first load, even when the list fails', async () => {
    const store = createAppStore(
      fakeApi({
        ...basics,
        'library:window': () => {
          throw { code: 'INTERNAL', message: 'Database is locked.' };
        },
      }),
    );
    await store.getState().loadLibrary();
    expect(store.getState().ready).toBe(true);
    expect(store.getState().libraryStatus).toBe('error');
    expect(store.getState().libraryError?.message).toBe('Database is locked.');
  });

  it('folds refreshes asked for during one into a single extra run', async () => {
    const calls: string[] = [];
    const store = createAppStore(fakeApi(basics, calls));
    await Promise.all([
      store.getState().refreshLibrary(),
      store.getState().refreshLibrary(),
      store.getState().refreshLibrary(),
    ]);
    expect(calls.filter((c) => c === 'library:window')).toHaveLength(2);
    expect(store.getState().libraryView.pages.get(0)).toEqual([matrix]);
  });

  it('keeps the folder dialog open with the server message when adding fails', async () => {
    const store = createAppStore(
      fakeApi({
        ...basics,
        'fs:listFolders': () => ({ path: '/home/me', parent: '/home', folders: [], places: [] }),
        'library:addRoot': () => {
          throw { code: 'ROOT_ALREADY_ADDED', message: '/home/me is already in your library.' };
        },
      }),
    );
    await store.getState().loadLibrary();
    await store.getState().addFolder();
    expect(store.getState().picker.open).toBe(true);
    await store.getState().addFromPicker('/home/me');
    expect(store.getState().picker).toMatchObject({
      open: true,
      error: { code: 'ROOT_ALREADY_ADDED', message: '/home/me is already in your library.' },
    });
  });

  it('uses the native picker when the window has one and toasts each result', async () => {
    const calls: string[] = [];
    const store = createAppStore(
      fakeApi(
        {
          ...basics,
          'app:info': () => ({ version: '1', nativeFolderPicker: true, dataDir: '/d' }),
          'dialog:pickFolder': () => ({ path: '/films' }),
          'library:addRoot': (input) => ({ id: 2, path: (input as { path: string }).path }),
        },
        calls,
      ),
    );
    await store.getState().loadLibrary();
    await store.getState().addFolder();
    expect(calls).toContain('library:addRoot');
    expect(store.getState().picker.open).toBe(false);
    expect(store.getState().toasts.map((t) => t.message)).toContain('Added folder /films. Scanning it now.');
  });
});
