import { describe, expect, it, vi } from 'vitest';
import type { ScanProgress } from '../../src-preload/contract';
import { createWsClient, type WebSocketLike } from './ws-client';

class FakeSocket implements WebSocketLike {
  static all: FakeSocket[] = [];
  readyState = 0;
  onopen: ((event: unknown) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  sent: Array<Record<string, unknown>> = [];

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string): void {
    if (this.readyState !== 1) throw new Error('send before open');
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close(): void {
    this.drop();
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }
  drop(): void {
    this.readyState = 3;
    this.onclose?.({});
  }
  receive(message: unknown): void {
    this.onmessage?.({ data: typeof message === 'string' ? message : JSON.stringify(message) });
  }
}

function setup(checkAccess?: () => Promise<boolean | null>) {
  FakeSocket.all = [];
  const timers: Array<{ cb: () => void; ms: number }> = [];
  const client = createWsClient({
    url: 'ws://127.0.0.1:1/ws',
    WebSocket: FakeSocket,
    checkAccess,
    initialDelayMs: 100,
    maxDelayMs: 400,
    setTimer: (cb, ms) => timers.push({ cb, ms }),
    clearTimer: () => {},
  });
  const latest = () => FakeSocket.all[FakeSocket.all.length - 1] as FakeSocket;
  return { client, timers, latest };
}

describe('createWsClient', () => {
  it('queues calls until the socket opens, then matches results by id', async () => {
    const { client, latest } = setup();
    const info = client.api.procedures['app:info']();
    const media = client.api.procedures['media:get']({ mediaId: 7 });
    expect(latest().url).toBe('ws://127.0.0.1:1/ws');

    latest().open();
    const [first, second] = latest().sent;
    expect(first).toMatchObject({ type: 'call', name: 'app:info' });
    expect(first).not.toHaveProperty('input');
    expect(second).toMatchObject({ type: 'call', name: 'media:get', input: { mediaId: 7 } });

    // Results may come back in any order.
    latest().receive({
      type: 'result',
      id: second?.id,
      result: { ok: false, error: { code: 'NOT_FOUND', message: 'Gone' } },
    });
    latest().receive({ type: 'result', id: first?.id, result: { ok: true, data: { version: '1.0.0' } } });
    await expect(media).resolves.toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Gone' } });
    await expect(info).resolves.toEqual({ ok: true, data: { version: '1.0.0' } });
  });

  it('delivers events to subscribers until they unsubscribe, ignoring junk', () => {
    const { client, latest } = setup();
    latest().open();
    const seen: ScanProgress[] = [];
    const off = client.api.on('scan:progress', (p) => seen.push(p));
    const progress = {
      rootId: 1,
      rootPath: '/m',
      phase: 'scanning',
      foldersDone: 1,
      foldersTotal: 3,
      queued: 0,
    };

    latest().receive('not json');
    latest().receive({ type: 'event', event: 'scan:progress', payload: progress });
    latest().receive({ type: 'event', event: 'scan:finished', payload: {} });
    off();
    latest().receive({ type: 'event', event: 'scan:progress', payload: progress });

    expect(seen).toEqual([progress]);
  });

  it('fails calls in flight when the connection drops, reconnects with backoff and sends later calls', async () => {
    const { client, timers, latest } = setup();
    const statuses: string[] = [];
    client.connection.subscribe((s) => statuses.push(s));
    latest().open();
    const inFlight = client.api.procedures['library:scanStatus']();

    latest().drop();
    await expect(inFlight).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Lost the connection to Trailerdeck.' },
    });
    expect(client.connection.current()).toBe('reconnecting');

    const queued = client.api.procedures['library:listRoots']();
    timers.shift()?.cb();
    latest().drop();
    timers.shift()?.cb();
    latest().drop();
    timers.shift()?.cb();
    latest().drop();
    // 100 → 200 → 400, capped at 400.
    expect(timers.map((t) => t.ms)).toEqual([400]);
    timers.shift()?.cb();
    latest().open();

    const call = latest().sent[0];
    expect(call).toMatchObject({ name: 'library:listRoots' });
    latest().receive({ type: 'result', id: call?.id, result: { ok: true, data: [] } });
    await expect(queued).resolves.toEqual({ ok: true, data: [] });
    expect(statuses).toEqual(['open', 'reconnecting', 'open']);
  });

  it('builds same-origin poster URLs and has no file paths in a browser', () => {
    const { client } = setup();
    expect(client.api.posterUrl(12, '2024-01-02T03:04:05Z')).toBe('/posters/12?v=2024-01-02T03%3A04%3A05Z');
    expect(client.api.pathForFile(new Blob() as File)).toBeNull();
  });

  it('builds same-origin video URLs from a download id', () => {
    const { client } = setup();
    expect(client.api.videoUrl(7)).toBe('/videos/7');
  });

  it('says the token is no longer valid when the server answers but refuses it, and recovers if it opens', async () => {
    // The HTTP probe stands in for the server's /session answer (the headless e2e spec asks the real one).
    let answer: boolean | null = null;
    const { client, timers, latest } = setup(() => Promise.resolve(answer));
    const statuses: string[] = [];
    client.connection.subscribe((status) => statuses.push(status));
    latest().open();

    latest().drop();
    await Promise.resolve();
    expect(client.connection.current()).toBe('reconnecting');

    answer = false;
    timers.shift()?.cb();
    latest().drop();
    await vi.waitFor(() => expect(client.connection.current()).toBe('unauthorized'));
    timers.shift()?.cb();
    latest().drop();
    await Promise.resolve();
    expect(client.connection.current()).toBe('unauthorized');

    timers.shift()?.cb();
    latest().open();
    expect(statuses).toEqual(['open', 'reconnecting', 'unauthorized', 'open']);
  });
});
