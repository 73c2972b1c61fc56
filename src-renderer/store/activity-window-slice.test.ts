import { describe, expect, it } from 'vitest';
import type { DownloadJob, JobWindow } from '../../src-preload/contract';
import { stretchFor } from './activity-window-slice';
import { createAppStore } from './create-app-store';
import { fakeApi, jobsChanged, makeJob } from './fake-api';

/** Main's window over 5,000 jobs, newest first, recording each request. */
function mainWith(count: number) {
  const jobs: DownloadJob[] = Array.from({ length: count }, (_, i) => makeJob(count - i, 'queued'));
  const asked: { filter: string; offset: number; limit: number }[] = [];
  const api = fakeApi({
    'downloads:window': (input): JobWindow => {
      const request = input as { filter: string; offset: number; limit: number };
      asked.push(request);
      const rows =
        request.filter === 'completed' ? [] : jobs.slice(request.offset, request.offset + request.limit);
      const total = request.filter === 'completed' ? 0 : count;
      return {
        rows,
        offset: request.offset,
        total,
        counts: { active: count, completed: 0, failed: 0, all: count },
      };
    },
    'downloads:counts': () => ({ active: count, completed: 0, failed: 0, all: count }),
  });
  return { store: createAppStore(api), asked };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Activity window in the store', () => {
  it('asks for whole pages around the rows in view, never more than main serves', () => {
    expect(stretchFor(0, 20)).toEqual({ offset: 0, limit: 200 });
    expect(stretchFor(4960, 4990)).toEqual({ offset: 4900, limit: 200 });
    expect(stretchFor(0, 5000).limit).toBe(500);
  });

  it('holds one stretch of a long list, fetches another when the person scrolls past it', async () => {
    const { store, asked } = mainWith(5000);
    store.getState().setActivityOpen(true);
    await settle();
    expect(store.getState().activityWindow).toMatchObject({ offset: 0, total: 5000, status: 'ready' });
    expect(store.getState().activityWindow.rows).toHaveLength(200);
    expect(store.getState().downloadCounts?.active).toBe(5000);

    store.getState().showActivityRange(10, 40);
    expect(asked).toHaveLength(1);

    store.getState().showActivityRange(4970, 5000);
    await settle();
    const { offset, rows } = store.getState().activityWindow;
    expect(offset).toBe(4900);
    expect(rows.at(-1)?.id).toBe(1);
    expect(asked.at(-1)).toEqual({ filter: 'all', offset: 4900, limit: 200 });
  });

  it('refetches only the stretch in view when jobs change, one request at a time', async () => {
    const { store, asked } = mainWith(5000);
    store.getState().setActivityOpen(true);
    store.getState().showActivityRange(2500, 2530);
    await settle();
    asked.length = 0;
    for (let i = 0; i < 50; i += 1) {
      const counts = { active: 5001 + i, all: 5001 + i };
      store.getState().onJobsChanged(jobsChanged([makeJob(9000 + i, 'queued')], counts));
    }
    await settle();
    await settle();
    expect(asked.length).toBeLessThanOrEqual(2);
    expect(asked.every((request) => request.offset === 2400 && request.limit === 200)).toBe(true);
    expect(store.getState().downloadCounts?.all).toBe(5000);
  });

  it('asks for nothing when a job out of view changes and the list does not move', async () => {
    const { store, asked } = mainWith(5000);
    store.getState().setActivityOpen(true);
    store.getState().showActivityRange(2500, 2530);
    await settle();
    asked.length = 0;
    // Job 10 sits near the list's end, far from the rows held; it moved on within the same tab.
    store.getState().onJobsChanged(jobsChanged([makeJob(10, 'downloading')], { active: 5000, all: 5000 }));
    await settle();
    expect(asked).toEqual([]);
    // A job the window holds changed: its rows are asked for again.
    const inView = store.getState().activityWindow.rows[120]?.id ?? 0;
    store.getState().onJobsChanged(jobsChanged([makeJob(inView, 'paused')], { active: 5000, all: 5000 }));
    await settle();
    expect(asked).toEqual([{ filter: 'all', offset: 2400, limit: 200 }]);
  });

  it('starts another tab at its top, and takes the counts from the event while the page is closed', async () => {
    const { store, asked } = mainWith(5000);
    store.getState().setActivityOpen(true);
    store.getState().showActivityRange(3000, 3030);
    await settle();
    store.getState().setActivityFilter('completed');
    store.getState().refreshActivity();
    await settle();
    expect(asked.at(-1)).toEqual({ filter: 'completed', offset: 0, limit: 200 });
    expect(store.getState().activityWindow).toMatchObject({ filter: 'completed', total: 0, rows: [] });

    store.getState().setActivityOpen(false);
    const before = asked.length;
    store.getState().onJobsChanged(jobsChanged([makeJob(9999, 'queued')], { active: 5001, all: 5001 }));
    await settle();
    expect(asked).toHaveLength(before);
    expect(store.getState().downloadCounts).toMatchObject({ active: 5001, all: 5001 });
  });
});
