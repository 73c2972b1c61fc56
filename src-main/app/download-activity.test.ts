import { describe, expect, it, vi } from 'vitest';
import type { DownloadSettings } from '../../src-preload/contract/downloads';
import { EventBus } from '../core/event-bus';
import { watchDownloadActivity, type DownloadActivity, type DownloadCounts } from './download-activity';
import { downloadJob as job } from './download-job-fixture';

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

  it('counts again after jobs change', async () => {
    const w = watch({ counts: { running: 0, queued: 1, paused: 0 } });
    await settle();
    w.setCounts({ running: 1, queued: 2, paused: 0 });
    w.events.emit('downloads:changed', { jobs: [job({ id: 2, status: 'queued' })] });
    await settle();
    expect(w.latest()?.counts).toEqual({ running: 1, queued: 2, paused: 0 });
  });

  it('folds a burst of changes into one more count', async () => {
    const w = watch();
    await settle();
    const before = w.countCalls();
    for (let id = 1; id <= 100; id += 1) w.events.emit('downloads:changed', { jobs: [job({ id })] });
    await settle();
    expect(w.countCalls() - before).toBeLessThanOrEqual(2);
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
    w.events.emit('downloads:changed', { jobs: [job({ id: 1, status: 'queued' })] });
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
    w.events.emit('downloads:changed', { jobs: [job({ id: 9, status: 'downloading' })] });
    await settle();
    expect(w.seen.length).toBe(before);
  });
});
