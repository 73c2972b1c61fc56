// Which queued jobs a pump starts, on a real SQLite file with the real migrations: oldest first,
// one YouTube job at a time beside the other sites, never one still waiting out its backoff, and
// read from the database only as far as there are free slots (a 50k bulk queue stays cheap).
// The runner is a stand-in that holds each job until the test lets it finish: yt-dlp and the disk
// are not what is under test here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { YoutubePacer } from '../discovery/youtube-pacer';
import { openDatabase, type AppDatabase } from '../db/open-database';
import { repoRoot } from '../library/test-helpers';
import { DownloadQueue } from './download-queue';
import type { JobRunnerDeps } from './job-runner';
import { JobStore, type JobRow } from './job-store';
import { seedQueuedJobs } from './queue-seed';

const firstQueuedAt = new Date('2026-03-01T10:00:00Z');
const now = new Date('2026-03-02T10:00:00Z');
let dir: string;
let db: AppDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trailerdeck pick '));
  db = openDatabase(join(dir, 'queue.db'), join(repoRoot, 'drizzle'));
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

function setWait(jobId: number, at: Date): void {
  db.$client.prepare('UPDATE download_job SET next_attempt_at = ? WHERE id = ?').run(at.toISOString(), jobId);
}

/** A queue over the real store whose runner records each start and finishes a job when told. */
function standInQueue(store: JobStore, concurrency: number) {
  const started: number[] = [];
  const finishers = new Map<number, () => void>();
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const queue = new DownloadQueue(
    store,
    { db, store } as unknown as JobRunnerDeps, // the stand-in runner needs nothing else
    () => ({ concurrency, youtubePauseSeconds: 0, maxAttempts: 1, allPaused: false }),
    { changed: () => {}, finished: () => {}, progress: () => {}, trailersChanged: () => {} },
    {
      holder: 'test',
      pacer: new YoutubePacer(() => 0),
      runJob: async (jobId, deps, hooks) => {
        started.push(jobId);
        for (const waiter of waiters.filter((w) => started.length >= w.count)) waiter.resolve();
        await new Promise<void>((resolve, reject) => {
          finishers.set(jobId, resolve);
          // Closing the queue stops what still runs.
          hooks.signal.addEventListener('abort', () => reject(new Error('stopped')), { once: true });
        });
        hooks.onProcessing(deps.store.transition(jobId, 'processing'));
        return deps.store.transition(jobId, 'completed', {
          finishedAt: deps.store.timestamp(),
          holder: null,
        });
      },
    },
  );
  return {
    queue,
    started,
    /** Lets a running job complete; resolves once `count` jobs in all have been started. */
    finish(jobId: number, count: number): Promise<void> {
      const reached = new Promise<void>((resolve) => waiters.push({ count, resolve }));
      finishers.get(jobId)?.();
      return reached;
    },
  };
}

describe('the queue pump', () => {
  it('starts the oldest jobs that may run, one YouTube job at a time, none still waiting to retry', async () => {
    // Jobs 3, 6, 9 and 12 are YouTube ones; job 1 waits an hour before its retry, job 2's wait is over.
    const ids = seedQueuedJobs(db, 12, { youtubeEvery: 3, firstQueuedAt });
    setWait(ids[0] ?? 0, new Date(now.getTime() + 3_600_000));
    setWait(ids[1] ?? 0, new Date(now.getTime() - 60_000));
    const store = new JobStore(db, () => now);
    const picked: number[] = [];
    const pick = store.runnableJobs.bind(store);
    store.runnableJobs = (...args: Parameters<JobStore['runnableJobs']>): JobRow[] => {
      const rows = pick(...args);
      picked.push(rows.length);
      return rows;
    };
    const { queue, started, finish } = standInQueue(store, 3);
    try {
      queue.open();
      expect(started).toEqual([ids[1], ids[2], ids[3]]);
      // A slot frees up while the YouTube job still runs: the next other site's job, not YouTube's.
      await finish(ids[1] ?? 0, 4);
      expect(started.at(-1)).toBe(ids[4]);
      // The YouTube job ends: the next YouTube job is the oldest that may run.
      await finish(ids[2] ?? 0, 5);
      expect(started.at(-1)).toBe(ids[5]);
      expect(started).not.toContain(ids[0]);
      // Never more rows than a lane could start: not the whole queue on every pump.
      expect(Math.max(...picked)).toBeLessThanOrEqual(2 * 3);
    } finally {
      await queue.close();
    }
  });

  it('reads one lane in queue order through its index, stopping at the free slots', () => {
    const ids = seedQueuedJobs(db, 40, { youtubeEvery: 4, firstQueuedAt });
    const store = new JobStore(db, () => now);
    const rows = store.runnableJobs(2);
    // The two oldest of each lane, oldest first: 1, 2 (other sites) and 4, 8 (YouTube).
    expect(rows.map((r) => r.id)).toEqual([ids[0], ids[1], ids[3], ids[7]]);
    expect(store.runnableJobs(0)).toEqual([]);
  });
});
