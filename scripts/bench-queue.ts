// Measures the queue's own cost as it grows: N queued jobs on a real SQLite file with the real
// migrations, drained by the real DownloadQueue against a stand-in runner that completes each job
// at once (no yt-dlp, no disk), so what is left is the queue: picking jobs, writing statuses, events.
//   npm run bench:queue -- --sizes 1000,50000 --concurrency 4 [--drain 2000]
// Prints, per size, the drain time and the time one pump spends picking the jobs to start. A pump
// that reads every queued row costs in proportion to the queue, and a whole drain its square.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { YoutubePacer } from '../src-main/core/discovery/youtube-pacer';
import { openDatabase } from '../src-main/core/db/open-database';
import { DownloadQueue } from '../src-main/core/downloads/download-queue';
import type { JobRunnerDeps } from '../src-main/core/downloads/job-runner';
import { JobStore } from '../src-main/core/downloads/job-store';
import { seedQueuedJobs } from '../src-main/core/downloads/queue-seed';

function argList(name: string, fallback: number[]): number[] {
  const at = process.argv.indexOf(`--${name}`);
  const values = at >= 0 ? (process.argv[at + 1] ?? '').split(',').map(Number) : fallback;
  if (values.some((v) => !Number.isInteger(v) || v <= 0))
    throw new Error(`--${name} needs positive whole numbers`);
  return values;
}

const sizes = argList('sizes', [1000, 50_000]);
const [concurrency = 4] = argList('concurrency', [4]);
const drainArg = process.argv.includes('--drain') ? argList('drain', [1]) : [];

async function drain(size: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'trailerdeck bench queue '));
  const db = openDatabase(join(dir, 'bench.db'), join(import.meta.dirname, '..', 'drizzle'));
  try {
    seedQueuedJobs(db, size, { youtubeEvery: 0 });
    const store = new JobStore(db);
    // Every pump's pick, timed: the part that grows with the queue.
    let picks = 0;
    let pickMs = 0;
    const pick = store.runnableJobs.bind(store);
    store.runnableJobs = (...args) => {
      const started = performance.now();
      try {
        return pick(...args);
      } finally {
        pickMs += performance.now() - started;
        picks += 1;
      }
    };
    const target = Math.min(size, drainArg[0] ?? size);
    let finished = 0;
    let done = (): void => {};
    const allDone = new Promise<void>((resolve) => (done = resolve));
    const queue = new DownloadQueue(
      store,
      { db, store } as unknown as JobRunnerDeps, // the stand-in runner below needs nothing else
      () => ({ concurrency, youtubePauseSeconds: 0, maxAttempts: 1, allPaused: false }),
      {
        changed: () => {},
        finished: (jobs) => {
          finished += jobs.length;
          if (finished >= target) done();
        },
        progress: () => {},
        trailersChanged: () => {},
      },
      {
        holder: 'bench',
        pacer: new YoutubePacer(() => 0),
        runJob: async (jobId, deps, hooks) => {
          await Promise.resolve();
          hooks.onProcessing(deps.store.transition(jobId, 'processing'));
          return deps.store.transition(jobId, 'completed', {
            finishedAt: deps.store.timestamp(),
            holder: null,
          });
        },
      },
    );
    const started = performance.now();
    queue.open();
    await allDone;
    const elapsed = performance.now() - started;
    await queue.close();
    const perJob = elapsed / finished;
    console.log(
      `${String(size).padStart(7)} queued: ${finished} jobs drained in ${(elapsed / 1000).toFixed(2).padStart(7)} s` +
        ` (${perJob.toFixed(3)} ms a job); ${picks} pumps, ${(pickMs / picks).toFixed(3)} ms picking a pump`,
    );
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Queue drain, concurrency ${concurrency}, stand-in runner (no yt-dlp, no disk):`);
for (const size of sizes) await drain(size);
