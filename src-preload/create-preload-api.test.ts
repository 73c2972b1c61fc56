import { describe, expect, it, vi } from 'vitest';
import { eventNames } from './contract/events';
import type { ScanSummary } from './contract/models';
import { procedureNames } from './contract/procedures';
import { createPreloadApi, type IpcRendererLike, type WebUtilsLike } from './create-preload-api';
import { CALL_CHANNEL, EVENT_CHANNEL } from './ipc-channels';
import { posterIdFor } from '../src-main/app/app-protocol';
import { videoIdFromPath } from '../src-main/core/files/static-paths';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** Stands in for ipcRenderer: answers invokes with `reply` and lets a test push events. */
class FakeIpcRenderer implements IpcRendererLike {
  readonly invoked: unknown[][] = [];
  readonly listeners: { channel: string; listener: IpcListener }[] = [];
  reply: (name: unknown, input: unknown) => Promise<unknown> = async () => ({ ok: true, data: null });

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, ...args]);
    return this.reply(args[0], args[1]);
  }
  on(channel: string, listener: IpcListener): this {
    this.listeners.push({ channel, listener });
    return this;
  }
  push(name: string, payload: unknown): void {
    const electronEvent = { sender: 'ipcRenderer itself', ports: [] };
    for (const { channel, listener } of this.listeners)
      if (channel === EVENT_CHANNEL) listener(electronEvent, name, payload);
  }
}

const noFiles: WebUtilsLike = { getPathForFile: () => '' };

const summary: ScanSummary = {
  rootId: 1,
  rootPath: '/media/movies',
  startedAt: '2025-01-01T00:00:00.000Z',
  finishedAt: '2025-01-01T00:00:01.000Z',
  rootUnreachable: false,
  foldersTotal: 2,
  foldersScanned: 2,
  foldersSkippedUnchanged: 0,
  titlesAdded: 2,
  titlesUpdated: 0,
  titlesMissing: 0,
  trailersFound: 1,
  extrasFound: 0,
  trailersMissing: 0,
  issues: [],
};

describe('createPreloadApi', () => {
  it('exposes the contract and nothing else', () => {
    const api = createPreloadApi(new FakeIpcRenderer(), noFiles);
    expect(Object.keys(api).sort()).toEqual(['on', 'pathForFile', 'posterUrl', 'procedures', 'videoUrl']);
    expect(Object.keys(api.procedures).sort()).toEqual([...procedureNames].sort());
    for (const fn of Object.values(api.procedures)) expect(typeof fn).toBe('function');
  });

  it('sends each procedure with its own name over the call channel and returns the Result', async () => {
    const ipc = new FakeIpcRenderer();
    ipc.reply = async (name, input) => ({ ok: true, data: { name, input } });
    const api = createPreloadApi(ipc, noFiles);

    const result = await api.procedures['media:get']({ mediaId: 3 });
    expect(result).toEqual({ ok: true, data: { name: 'media:get', input: { mediaId: 3 } } });
    await api.procedures['library:rescan']();
    expect(ipc.invoked).toEqual([
      [CALL_CHANNEL, 'media:get', { mediaId: 3 }],
      [CALL_CHANNEL, 'library:rescan', undefined],
    ]);
  });

  it('turns a failed invoke into an INTERNAL Result instead of a rejection', async () => {
    const ipc = new FakeIpcRenderer();
    ipc.reply = () => Promise.reject(new Error("No handler registered for 'td:call'"));
    const api = createPreloadApi(ipc, noFiles);
    await expect(api.procedures['app:info']()).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('No handler registered') },
    });
  });

  it('delivers only the subscribed event, with the payload alone, until unsubscribed', () => {
    const ipc = new FakeIpcRenderer();
    const api = createPreloadApi(ipc, noFiles);
    const finished = vi.fn();
    const changed = vi.fn();
    const stop = api.on('scan:finished', finished);
    api.on('library:changed', changed);

    ipc.push('scan:finished', summary);
    ipc.push('scan:progress', { rootId: 1 });
    stop();
    ipc.push('scan:finished', summary);
    ipc.push('library:changed', { rootIds: [1] });

    expect(finished.mock.calls).toEqual([[summary]]);
    expect(changed.mock.calls).toEqual([[{ rootIds: [1] }]]);
    // One IPC listener however many subscriptions.
    expect(ipc.listeners).toHaveLength(1);
  });

  it('keeps other listeners running when one throws', () => {
    const ipc = new FakeIpcRenderer();
    const api = createPreloadApi(ipc, noFiles);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const after = vi.fn();
    api.on('library:changed', () => {
      throw new Error('page bug');
    });
    api.on('library:changed', after);
    ipc.push('library:changed', { rootIds: [] });
    expect(after).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('refuses events outside the contract', () => {
    const api = createPreloadApi(new FakeIpcRenderer(), noFiles);
    const on = api.on as (event: string, listener: () => void) => () => void;
    expect(() => on('td:call', () => {})).toThrow(/no event called "td:call"/);
    expect(() => on('__proto__', () => {})).toThrow(/no event/);
    for (const name of eventNames) expect(typeof on(name, () => {})).toBe('function');
  });

  it('gives a dropped file its path, and null for anything that is not a file on disk', () => {
    const file = {} as File;
    const paths = new Map<unknown, string>([[file, '/home/me/Movies/Alien (1979)']]);
    const webUtils: WebUtilsLike = {
      // Like Electron: throws for a non-File, '' for a File not backed by a file on disk.
      getPathForFile: (f) => {
        if (typeof f !== 'object') throw new TypeError('not a File');
        return paths.get(f) ?? '';
      },
    };
    const api = createPreloadApi(new FakeIpcRenderer(), webUtils);
    expect(api.pathForFile(file)).toBe('/home/me/Movies/Alien (1979)');
    expect(api.pathForFile({} as File)).toBeNull();
    expect(api.pathForFile('nope' as unknown as File)).toBeNull();
  });

  it('builds poster URLs the main process serves', () => {
    const api = createPreloadApi(new FakeIpcRenderer(), noFiles);
    const url = new URL(api.posterUrl(42, '2025-01-01T00:00:00Z&x'));
    expect(url.protocol).toBe('app:');
    expect(url.host).toBe('trailerdeck');
    expect(posterIdFor(url.pathname)).toBe(42);
    expect(url.searchParams.get('v')).toBe('2025-01-01T00:00:00Z&x');
  });

  it('builds video URLs from a download id, which the app protocol reads back', () => {
    const api = createPreloadApi(new FakeIpcRenderer(), noFiles);
    const url = new URL(api.videoUrl(7));
    expect(`${url.protocol}//${url.host}`).toBe('app://trailerdeck');
    expect(videoIdFromPath(url.pathname)).toBe(7);
  });
});
