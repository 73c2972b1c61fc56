import { describe, expect, it, vi } from 'vitest';
import type { Connection, ConnectionTestResult } from '../../src-preload/contract';
import { createAppStore } from './create-app-store';
import { fakeApi } from './fake-api';

function makeConnection(id: number, extra: Partial<Connection> = {}): Connection {
  return {
    id,
    kind: 'radarr',
    name: `Radarr ${id}`,
    url: 'http://127.0.0.1:7878',
    urlBase: '',
    hasApiKey: true,
    enabled: true,
    pathMappings: [],
    sync: { onlyMonitored: false, onlyWithFile: false, syncIntervalHours: 6 },
    lastTest: null,
    lastError: null,
    lastRefresh: null,
    createdAt: '2026-12-04T12:00:00.000Z',
    updatedAt: '2026-12-04T12:00:00.000Z',
    ...extra,
  };
}

const radarrFound: ConnectionTestResult = {
  ok: true,
  appName: 'Radarr',
  version: '5.14.0.9383',
  serverName: null,
  libraries: [{ name: '', paths: ['/movies'] }],
  problem: null,
  checkedAt: '2026-12-04T12:00:00.000Z',
};

const wrongKey: ConnectionTestResult = {
  ...radarrFound,
  ok: false,
  appName: null,
  version: null,
  libraries: [],
  problem: { code: 'UNAUTHORIZED', message: 'Radarr refused the API key.' },
};

describe('connections slice', () => {
  it('loads only once Settings asks, and refetches on connections:changed from then on', async () => {
    let stored = [makeConnection(1)];
    const calls: string[] = [];
    const store = createAppStore(fakeApi({ 'connections:list': () => stored }, calls));
    store.getState().onConnectionsChanged();
    expect(calls).toEqual([]);

    await store.getState().loadConnections();
    expect(store.getState().connections.map((c) => c.name)).toEqual(['Radarr 1']);
    stored = [makeConnection(1), makeConnection(2, { kind: 'jellyfin', name: 'Jellyfin', sync: null })];
    store.getState().onConnectionsChanged();
    await vi.waitFor(() =>
      expect(store.getState().connections.map((c) => c.name)).toEqual(['Radarr 1', 'Jellyfin']),
    );
  });

  it('keeps only the newest answer when lists are asked for back to back', async () => {
    const answers: Array<(value: Connection[]) => void> = [];
    const store = createAppStore(
      fakeApi({ 'connections:list': () => new Promise<Connection[]>((resolve) => answers.push(resolve)) }),
    );
    const first = store.getState().loadConnections();
    const second = store.getState().loadConnections();
    answers[1]!([makeConnection(1, { name: 'Newer' })]);
    await second;
    answers[0]!([makeConnection(1, { name: 'Older' })]);
    await first;
    expect(store.getState().connections.map((c) => c.name)).toEqual(['Newer']);
  });

  it('keeps the editor open with the refusal (and its field) when a save is refused', async () => {
    const store = createAppStore(
      fakeApi({
        'connections:list': () => [],
        'connections:add': () => {
          throw {
            code: 'INVALID_INPUT',
            message: 'Enter a web address starting with http:// or https://',
            field: 'url',
          };
        },
      }),
    );
    store.getState().openConnectionEditor('radarr');
    const saved = await store.getState().saveConnection({
      add: { kind: 'radarr', name: 'Radarr', url: 'nas:7878', apiKey: 'k' },
    });
    expect(saved).toBe(false);
    expect(store.getState().connectionEditor).toMatchObject({
      open: true,
      saving: false,
      error: { code: 'INVALID_INPUT', field: 'url' },
    });
  });

  it('adds, then edits, the connection in the editor; each save closes it, says so, and tests it as saved', async () => {
    let next = makeConnection(7, { name: 'Radarr' });
    const inputs: unknown[] = [];
    const store = createAppStore(
      fakeApi({
        'connections:add': (input) => (inputs.push(input), next),
        'connections:update': (input) => (inputs.push(input), next),
        'connections:test': (input) => (inputs.push(input), radarrFound),
      }),
    );
    store.getState().openConnectionEditor('radarr');
    await store
      .getState()
      .saveConnection({ add: { kind: 'radarr', name: 'Radarr', url: 'http://a', apiKey: 'k' } });
    expect(store.getState().connectionEditor.open).toBe(false);
    expect(store.getState().connections.map((c) => c.name)).toEqual(['Radarr']);
    await vi.waitFor(() => expect(store.getState().connections[0]?.lastTest).toEqual(radarrFound));
    expect(inputs[1]).toEqual({ id: 7 });
    inputs.length = 0;

    next = makeConnection(7, { name: 'Radarr 4K' });
    store.getState().openConnectionEditor('radarr', 7);
    await store.getState().saveConnection({ patch: { name: 'Radarr 4K' } });
    expect(inputs[0]).toEqual({ id: 7, patch: { name: 'Radarr 4K' } });
    expect(store.getState().connections.map((c) => c.name)).toEqual(['Radarr 4K']);
    expect(store.getState().toasts.map((t) => t.message)).toEqual([
      'Saved the connection "Radarr".',
      'Saved the connection "Radarr 4K".',
    ]);
  });

  it("shows the draft's Test in the form, and drops one that answers after the form closed", async () => {
    const answers: Array<(value: ConnectionTestResult) => void> = [];
    const store = createAppStore(
      fakeApi({
        'connections:test': () => new Promise<ConnectionTestResult>((resolve) => answers.push(resolve)),
      }),
    );
    store.getState().openConnectionEditor('radarr');
    const testing = store.getState().testConnectionDraft({ kind: 'radarr', url: 'http://a', apiKey: 'bad' });
    expect(store.getState().connectionEditor.testing).toBe(true);
    answers[0]!(wrongKey);
    await testing;
    expect(store.getState().connectionEditor).toMatchObject({
      testing: false,
      test: { problem: { code: 'UNAUTHORIZED' } },
    });

    const late = store.getState().testConnectionDraft({ kind: 'radarr', url: 'http://a', apiKey: 'good' });
    store.getState().closeConnectionEditor();
    store.getState().openConnectionEditor('sonarr');
    answers[1]!(radarrFound);
    await late;
    expect(store.getState().connectionEditor).toMatchObject({ kind: 'sonarr', testing: false, test: null });
  });

  it('tests a saved connection from its card and shows the answer on it at once', async () => {
    const store = createAppStore(
      fakeApi({ 'connections:list': () => [makeConnection(3)], 'connections:test': () => radarrFound }),
    );
    await store.getState().loadConnections();
    const testing = store.getState().testConnection(3);
    expect(store.getState().connectionsTesting).toEqual([3]);
    await testing;
    expect(store.getState().connectionsTesting).toEqual([]);
    expect(store.getState().connections[0]?.lastTest).toEqual(radarrFound);
  });

  it('removes a connection from the list, and keeps it when main refuses', async () => {
    let refuse = true;
    const store = createAppStore(
      fakeApi({
        'connections:list': () => [makeConnection(1), makeConnection(2)],
        'connections:remove': () => {
          if (refuse) throw { code: 'NOT_FOUND', message: 'That connection no longer exists.' };
          return { removed: true };
        },
      }),
    );
    await store.getState().loadConnections();
    expect(await store.getState().removeConnection(1)).toBe(false);
    expect(store.getState().connections).toHaveLength(2);
    refuse = false;
    expect(await store.getState().removeConnection(1)).toBe(true);
    expect(store.getState().connections.map((c) => c.id)).toEqual([2]);
    expect(store.getState().toasts.map((t) => t.message)).toEqual([
      'That connection no longer exists.',
      'Removed the connection "Radarr 1". Titles it brought in stay in the library.',
    ]);
  });
});
