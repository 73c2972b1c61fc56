import { describe, expect, it } from 'vitest';
import type { YoutubeLane } from '../../../src-preload/contract/discovery';
import { YoutubePacer } from './youtube-pacer';

function pacer(pauseSeconds = 10) {
  let now = 1_000_000;
  const lanes: YoutubeLane[] = [];
  const p = new YoutubePacer(
    () => pauseSeconds,
    (lane) => lanes.push(lane),
    { now: () => now },
  );
  return { p, lanes, advance: (ms: number) => (now += ms), now: () => now };
}

describe('YoutubePacer', () => {
  it('gives one turn at a time, then makes the next wait for the pause', () => {
    const { p, advance, now } = pacer(10);
    const first = p.tryAcquire();
    expect('release' in first).toBe(true);
    expect(p.tryAcquire()).toEqual({ retryAt: null });
    if ('release' in first) first.release();
    expect(p.tryAcquire()).toEqual({ retryAt: now() + 10_000 });
    advance(10_000);
    expect('release' in p.tryAcquire()).toBe(true);
  });

  it('lets a search the person waits for skip the pause, but not a running request', () => {
    const { p } = pacer(10);
    const first = p.tryAcquire();
    if ('release' in first) first.release();
    expect('release' in p.tryAcquire({ ignoreSpacing: true })).toBe(true);
    expect(p.tryAcquire({ ignoreSpacing: true })).toEqual({ retryAt: null });
  });

  it('holds everything after a bot check until resumed, and says so once', async () => {
    const { p, lanes } = pacer(0);
    p.hold('YouTube asked to confirm this is not a bot.');
    p.hold('again');
    expect(lanes).toEqual([
      { paused: true, reason: 'YouTube asked to confirm this is not a bot.', since: expect.any(String) },
    ]);
    expect(p.tryAcquire({ ignoreSpacing: true })).toEqual({ retryAt: null });
    let woke = 0;
    p.onFree(() => (woke += 1));
    const waiting = p.acquire();
    p.resume();
    const release = await waiting;
    expect(typeof release).toBe('function');
    expect(woke).toBe(1);
    expect(lanes.at(-1)).toEqual({ paused: false, reason: null, since: null });
  });

  it('stops waiting when the search is cancelled', async () => {
    const { p } = pacer(0);
    p.hold('bot');
    const controller = new AbortController();
    const waiting = p.acquire(controller.signal);
    controller.abort(new Error('closing'));
    await expect(waiting).rejects.toThrow('closing');
  });
});
