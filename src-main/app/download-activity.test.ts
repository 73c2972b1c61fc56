import { describe, expect, it, vi } from 'vitest';
import type { DownloadSettings } from '../../src-preload/contract/downloads';
import type { EventPayloads } from '../../src-preload/contract/events';
import { EventBus } from '../core/event-bus';
import { watchDownloadActivity, type DownloadActivity, type DownloadCounts } from './download-activity';

/** A `downloads:changed` payload: the changed job's id and the counts after the change. */
function changed(active: DownloadCounts, id = 1): EventPayloads['downloads:changed'] {
  const all = active.running + active.queued + active.paused;
  return {
    changes: [{ id, mediaId: id, status: 'queued' }],
    counts: { active: all, completed: 0, failed: 0, all },
    active,
  };
}

const settings = (allPaused: boolean): DownloadSettings => ({
  concurrency: 2,
  youtubePauseSeconds: 10,
  maxAttempts: 3,
  allPaused,
});

// Lets the pending count and settings promises settle (a macrotask runs after every microtask).
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** The core's count query stands in as a value the test sets; each call is recorded. */
function watch(initial: { counts?: DownloadCounts; allPaused?: boolean; failing?: boolean } = {}) {
  const events = new EventBus();
  let counts: DownloadCounts = initial.counts ?? { running: 0, queued: 0, paused: 0 };
  let countCalls = 0;
  const seen: DownloadActivity[] = [];
  const onError = vi.fn();
  const stop = watchDownloadActivity(
    events,
    {
      countActive: async () => {
        countCalls += 1;
        if (initial.failing) throw new Error('database is locked');
        return counts;
      },
      getSettings: async () => {
        if (initial.failing) throw new Error('database is locked');
        return settings(initial.allPaused ?? false);
      },
    },
    (activity) => seen.push(activity),
    onError,
  );
  return {
    events,
    seen,
    latest: () => seen.at(-1),
    onError,
    stop,
    setCounts: (next: DownloadCounts) => (counts = next),
    countCalls: () => countCalls,
  };
}

describe('watchDownloadActivity', () => {
  it('starts from the counts and the settings the core reports, however many jobs there are', async () => {
    const w = watch({ counts: { running: 4, queued: 49_996, paused: 3 }, allPaused: true });
    await settle();
    expect(w.latest()).toEqual({ counts: { running: 4, queued: 49_996, paused: 3 }, allPaused: true });
  });

  it('shows the counts each change brings, without counting again', async () => {
    const w = watch({ counts: { running: 0, queued: 1, paused: 0 } });
    await settle();
    const before = w.countCalls();
    for (let id = 1; id <= 100; id += 1)
      w.events.emit('downloads:changed', changed({ running: 1, queued: id, paused: 0 }, id));
    await settle();
    expect(w.latest()?.counts).toEqual({ running: 1, queued: 100, paused: 0 });
    expect(w.countCalls()).toBe(before);
  });

  it('keeps a change that arrives before the first count answers', async () => {
    const w = watch({ counts: { running: 0, queued: 1, paused: 0 } });
    w.events.emit('downloads:changed', changed({ running: 2, queued: 7, paused: 0 }));
    await settle();
    expect(w.latest()?.counts).toEqual({ running: 2, queued: 7, paused: 0 });
  });

  it('flips allPaused on downloads:settingsChanged', async () => {
    const w = watch();
    await settle();
    w.events.emit('downloads:settingsChanged', settings(true));
    expect(w.latest()?.allPaused).toBe(true);
    w.events.emit('downloads:settingsChanged', settings(false));
    expect(w.latest()?.allPaused).toBe(false);
  });

  it('reports only real changes', async () => {
    const w = watch({ counts: { running: 0, queued: 1, paused: 0 } });
    await settle();
    const before = w.seen.length;
    w.events.emit('downloads:changed', changed({ running: 0, queued: 1, paused: 0 }));
    w.events.emit('downloads:settingsChanged', settings(false));
    await settle();
    expect(w.seen.length).toBe(before);
  });

  it('says so when the core cannot count the queue', async () => {
    const w = watch({ failing: true });
    await settle();
    expect(w.onError).toHaveBeenCalledTimes(2);
  });

  it('stops reporting once stopped', async () => {
    const w = watch();
    await settle();
    const before = w.seen.length;
    w.stop();
    w.setCounts({ running: 1, queued: 0, paused: 0 });
    w.events.emit('downloads:changed', changed({ running: 1, queued: 0, paused: 0 }, 9));
    await settle();
    expect(w.seen.length).toBe(before);
  });
});
