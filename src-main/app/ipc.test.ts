import { describe, expect, it, vi } from 'vitest';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../src-preload/ipc-channels';
import type { ScanProgress } from '../../src-preload/contract/models';
import { EventBus } from '../core/event-bus';
import { createDispatch, type Dispatch, type Handlers } from '../core/rpc/dispatch';
import {
  forwardEvents,
  isTrustedFrame,
  registerContract,
  type EventTargetWindow,
  type IpcMainLike,
  type InvokeEventLike,
} from './ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** Stands in for ipcMain: records handlers and lets a test invoke them as a given frame. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  invoke(frameUrl: string | null, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(CALL_CHANNEL);
    if (!listener) throw new Error('no handler');
    return listener({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, ...args);
  }
}

const appPage = 'app://trailerdeck/index.html';

function setUp(handlers: Partial<Handlers>) {
  const ipc = new FakeIpcMain();
  // Only the handlers a case needs; the real dispatcher validates input and builds Results.
  registerContract(ipc, createDispatch(handlers as Handlers));
  return ipc;
}

describe('registerContract', () => {
  it('routes a call from the app page to its handler and returns the Result', async () => {
    const get = vi.fn(({ mediaId }: { mediaId: number }) => ({ id: mediaId, title: 'Alien' }));
    const ipc = setUp({ 'media:get': get as unknown as Handlers['media:get'] });
    expect([...ipc.handlers.keys()]).toEqual([CALL_CHANNEL]);
    expect(await ipc.invoke(appPage, 'media:get', { mediaId: 7 })).toEqual({
      ok: true,
      data: { id: 7, title: 'Alien' },
    });
    expect(get).toHaveBeenCalledWith({ mediaId: 7 });
  });

  it.each([
    ['a web page', 'https://example.com/'],
    ['a local file', 'file:///tmp/evil.html'],
    ['a look-alike host', 'app://trailerdeck.evil.com/index.html'],
    ['another scheme', 'td-media://trailerdeck/'],
    ['a destroyed frame', null],
    ['about:blank', 'about:blank'],
  ])('refuses %s without running anything', async (_what, url) => {
    const handler = vi.fn();
    const ipc = setUp({ 'library:rescan': handler });
    expect(await ipc.invoke(url, 'library:rescan', {})).toEqual({
      ok: false,
      error: { code: 'UNSUPPORTED', message: 'This frame may not call Trailerdeck.' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns bad input and failing handlers into error Results', async () => {
    const ipc = setUp({
      'media:get': () => {
        throw new Error('disk on fire');
      },
    });
    expect(await ipc.invoke(appPage, 'media:get', { mediaId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await ipc.invoke(appPage, 'media:get', { mediaId: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(await ipc.invoke(appPage, 'shell:exec', 'rm -rf /')).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_PROCEDURE' },
    });
  });

  it('answers with a Result even when the dispatcher itself throws', async () => {
    const ipc = new FakeIpcMain();
    const onError = vi.fn();
    const broken: Dispatch = () => Promise.reject(new Error('boom'));
    registerContract(ipc, broken, isTrustedFrame, onError);
    await expect(ipc.invoke(appPage, 'app:info')).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(onError).toHaveBeenCalledOnce();
  });
});

describe('isTrustedFrame', () => {
  it('trusts only the app origin', () => {
    expect(isTrustedFrame({ url: 'app://trailerdeck/' })).toBe(true);
    expect(isTrustedFrame({ url: 'app://trailerdeck/library/3?x=1#y' })).toBe(true);
    expect(isTrustedFrame({ url: 'app://user@trailerdeck/' })).toBe(false);
    expect(isTrustedFrame({ url: 'http://trailerdeck/' })).toBe(false);
    expect(isTrustedFrame({ url: 'not a url' })).toBe(false);
    expect(isTrustedFrame(undefined)).toBe(false);
  });
});

class FakeWindow implements EventTargetWindow {
  readonly sent: unknown[][] = [];
  destroyed = false;
  contentsDestroyed = false;
  readonly webContents = {
    isDestroyed: () => this.contentsDestroyed,
    send: (channel: string, ...args: unknown[]) => {
      if (this.destroyed || this.contentsDestroyed) throw new Error('Object has been destroyed');
      this.sent.push([channel, ...args]);
    },
  };
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

const progress: ScanProgress = {
  rootId: 1,
  rootPath: '/m',
  phase: 'scanning',
  foldersDone: 1,
  foldersTotal: 4,
  queued: 0,
};

describe('forwardEvents', () => {
  it('sends each event to every live window and skips destroyed ones', () => {
    const events = new EventBus();
    const open = new FakeWindow();
    const closed = Object.assign(new FakeWindow(), { destroyed: true });
    const crashed = Object.assign(new FakeWindow(), { contentsDestroyed: true });
    const other = new FakeWindow();
    forwardEvents(events, () => [open, closed, crashed, other]);

    events.emit('scan:progress', progress);
    events.emit('library:changed', { rootIds: [1] });

    const expected = [
      [EVENT_CHANNEL, 'scan:progress', progress],
      [EVENT_CHANNEL, 'library:changed', { rootIds: [1] }],
    ];
    expect(open.sent).toEqual(expected);
    expect(other.sent).toEqual(expected);
    expect(closed.sent).toEqual([]);
    expect(crashed.sent).toEqual([]);
  });

  it('keeps delivering when one window fails and stops after unsubscribing', () => {
    const events = new EventBus();
    const failing = new FakeWindow();
    failing.webContents.send = () => {
      throw new Error('closing');
    };
    const healthy = new FakeWindow();
    const stop = forwardEvents(events, () => [failing, healthy]);
    events.emit('library:changed', { rootIds: [] });
    stop();
    events.emit('library:changed', { rootIds: [2] });
    expect(healthy.sent).toEqual([[EVENT_CHANNEL, 'library:changed', { rootIds: [] }]]);
  });
});
