import { describe, expect, it, vi } from 'vitest';
import type { DownloadJob, DownloadSettings } from '../../src-preload/contract/downloads';
import { EventBus } from '../core/event-bus';
import { watchDownloadActivity, type DownloadActivity } from './download-activity';
import { downloadJob as job } from './download-job-fixture';

const settings = (allPaused: boolean): DownloadSettings => ({
  concurrency: 2,
  youtubePauseSeconds: 10,
  maxAttempts: 3,
  allPaused,
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// Lets the pending list and settings promises settle (a macrotask runs after every microtask).
const settle = () => new Promise((resolve) => setImmediate(resolve));

function watch(initial: { jobs?: DownloadJob[]; allPaused?: boolean } = {}) {
  const events = new EventBus();
  const list = deferred<DownloadJob[]>();
  const current = deferred<DownloadSettings>();
  const seen: DownloadActivity[] = [];
  const onError = vi.fn();
  const stop = watchDownloadActivity(
    events,
    { listActive: () => list.promise, getSettings: () => current.promise },
    (activity) => seen.push(activity),
    onError,
  );
  const load = async () => {
    list.resolve(initial.jobs ?? []);
    current.resolve(settings(initial.allPaused ?? false));
    await settle();
  };
  return { events, list, current, seen, latest: () => seen.at(-1), onError, stop, load };
}

describe('watchDownloadActivity', () => {
  it('starts from the active jobs and the settings the core reports', async () => {
    const w = watch({
      jobs: [
        job({ id: 1, status: 'downloading' }),
        job({ id: 2, status: 'processing' }),
        job({ id: 3, status: 'queued' }),
        job({ id: 4, status: 'paused' }),
      ],
      allPaused: true,
    });
    await w.load();
    expect(w.latest()).toEqual({ counts: { running: 2, queued: 1, paused: 1 }, allPaused: true });
  });

  it('follows jobs as they change status and drops them when they end', async () => {
    const w = watch({ jobs: [job({ id: 1, status: 'queued' })] });
    await w.load();
    w.events.emit('downloads:changed', { jobs: [job({ id: 2, status: 'queued' }), job({ id: 3 })] });
    expect(w.latest()?.counts).toEqual({ running: 0, queued: 3, paused: 0 });

    w.events.emit('downloads:changed', { jobs: [job({ id: 1, status: 'downloading' })] });
    expect(w.latest()?.counts).toEqual({ running: 1, queued: 2, paused: 0 });

    w.events.emit('downloads:changed', {
      jobs: [
        job({ id: 1, status: 'completed' }),
        job({ id: 2, status: 'failed' }),
        job({ id: 3, status: 'cancelled' }),
      ],
    });
    expect(w.latest()?.counts).toEqual({ running: 0, queued: 0, paused: 0 });
  });

  it('flips allPaused on downloads:settingsChanged', async () => {
    const w = watch();
    await w.load();
    w.events.emit('downloads:settingsChanged', settings(true));
    expect(w.latest()?.allPaused).toBe(true);
    w.events.emit('downloads:settingsChanged', settings(false));
    expect(w.latest()?.allPaused).toBe(false);
  });

  it('lets events that arrive while the first list loads win over that older list', async () => {
    const w = watch();
    // The list was read before job 1 finished and job 2 started.
    w.events.emit('downloads:changed', { jobs: [job({ id: 1, status: 'completed' })] });
    w.events.emit('downloads:changed', { jobs: [job({ id: 2, status: 'downloading' })] });
    w.events.emit('downloads:settingsChanged', settings(true));
    w.list.resolve([job({ id: 1, status: 'downloading' }), job({ id: 2, status: 'queued' })]);
    w.current.resolve(settings(false));
    await settle();
    expect(w.latest()).toEqual({ counts: { running: 1, queued: 0, paused: 0 }, allPaused: true });
  });

  it('reports only real changes', async () => {
    const w = watch({ jobs: [job({ id: 1, status: 'queued' })] });
    await w.load();
    const before = w.seen.length;
    w.events.emit('downloads:changed', { jobs: [job({ id: 1, status: 'queued' })] });
    w.events.emit('downloads:settingsChanged', settings(false));
    expect(w.seen.length).toBe(before);
  });

  it('keeps working from events when the core cannot list the queue', async () => {
    const w = watch();
    w.list.reject(new Error('database is locked'));
    w.current.reject(new Error('database is locked'));
    await settle();
    expect(w.onError).toHaveBeenCalledTimes(2);
    w.events.emit('downloads:changed', { jobs: [job({ id: 5, status: 'downloading' })] });
    expect(w.latest()?.counts.running).toBe(1);
  });

  it('stops reporting once stopped', async () => {
    const w = watch();
    await w.load();
    const before = w.seen.length;
    w.stop();
    w.events.emit('downloads:changed', { jobs: [job({ id: 9, status: 'downloading' })] });
    expect(w.seen.length).toBe(before);
  });
});
