// Measures a bulk "Download missing trailers" over a huge library, and what the Activity page costs
// while it runs. A real core on a real SQLite file with the real migrations; N monitored titles
// seeded with a TMDB id. Two stand-ins, as nothing else can run here without the internet:
//  - TMDB: an in-process `fetch` answering the two requests the TMDB source makes per title (the
//    title by id, its videos) with one official trailer, the shape e2e/support/tmdb-server.ts serves;
//  - the download: a runner that completes each job at once (as in bench-queue), so the queue pump
//    keeps starting jobs while the run queues more.
//   npm run bench:lists -- [--titles 50000] [--concurrency 4]
// Prints the time to queue every title, the queue pump's pick time per pump, and per job change
// the cost of one Activity update: the event crossing to the window (serialised) plus the window
// query it triggers (`downloads:window` through the contract, its answer serialised), at the top
// of the list and deep in it. Updates are coalesced as the window does: one at a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../src-main/core/create-core';
import type { DownloadQueue } from '../src-main/core/downloads/download-queue';
import { bundledFfprobePath } from '../src-main/core/tools/ffprobe-path';
import { positiveArg } from './bench-args';

type RunJob = NonNullable<ConstructorParameters<typeof DownloadQueue>[4]['runJob']>;

const titles = positiveArg('titles', 50_000);
const concurrency = positiveArg('concurrency', 4);
const tmdbBase = 'http://tmdb.bench.invalid/3';

/** TMDB's answers for title `id`: the movie, then its videos (one official English trailer). */
const standInTmdb: typeof fetch = async (input) => {
  // An answer arrives on a later turn of the event loop, as a real one from the network does.
  await new Promise((resolve) => setImmediate(resolve));
  const url = new URL(input instanceof Request ? input.url : String(input));
  const match = /\/movie\/(\d+)(\/videos)?$/.exec(url.pathname);
  if (!match) return new Response('{}', { status: 404 });
  const id = Number(match[1]);
  const body = match[2]
    ? {
        results: [
          {
            iso_639_1: 'en',
            iso_3166_1: 'US',
            name: `Bench Title ${id} Official Trailer`,
            key: `b${String(id).padStart(10, '0')}`,
            site: 'YouTube',
            size: 1080,
            type: 'Trailer',
            official: true,
            published_at: '2021-07-22T16:00:05.000Z',
            id: `5f${String(id).padStart(22, '0')}`,
          },
        ],
      }
    : {
        id,
        title: `Bench Title ${id}`,
        original_title: `Bench Title ${id}`,
        original_language: 'en',
        release_date: '2000-01-01',
      };
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
};

const standInRunner: RunJob = async (jobId, deps, hooks) => {
  await Promise.resolve();
  hooks.onProcessing(deps.store.transition(jobId, 'processing'));
  return deps.store.transition(jobId, 'completed', { finishedAt: deps.store.timestamp(), holder: null });
};

/**
 * One Activity page of 200 rows at the top, the middle and the end of each tab: the window as it is
 * (the id at the offset from the tab index, then a seek) and, for comparison, the query it replaced
 * (OFFSET over the joined rows, as before issue 11's keyset paging).
 */
function windowByDepth(
  sqlite: ReturnType<typeof createCore>['db']['$client'],
  window: (filter: 'all' | 'active' | 'completed' | 'failed', offset: number) => unknown,
): void {
  const before: Record<string, string> = {
    all: '1 = 1',
    active: `j.status IN ('queued', 'downloading', 'processing', 'paused')`,
    completed: `j.status = 'completed'`,
    failed: `j.status IN ('failed', 'cancelled')`,
  };
  const totals = core.downloads.counts();
  console.log(
    '  Activity page of 200 rows by depth, mean of 20 (before: OFFSET query; now: id walk, seek and the tab counts):',
  );
  for (const filter of ['all', 'active', 'completed', 'failed'] as const) {
    const old = sqlite.prepare(
      `SELECT j.*, m.title AS media_title, m.year AS media_year
       FROM download_job j JOIN media m ON m.id = j.media_id
       WHERE ${before[filter]} ORDER BY j.id DESC LIMIT 200 OFFSET ?`,
    );
    const depths = [0, Math.floor(totals[filter] / 2), Math.max(0, totals[filter] - 200)];
    const figures = depths.map((offset) => {
      const mean = (run: () => unknown) => {
        run();
        const started = performance.now();
        for (let i = 0; i < 20; i += 1) run();
        return (performance.now() - started) / 20;
      };
      const then = mean(() => old.all(offset));
      const now = mean(() => window(filter, offset));
      return `@${offset.toLocaleString('en')} ${then.toFixed(1)} -> ${now.toFixed(1)} ms`;
    });
    console.log(`    ${filter} (${totals[filter].toLocaleString('en')} jobs): ${figures.join(', ')}`);
  }
}

function summary(values: number[], unit = 'updates'): string {
  if (values.length === 0) return 'none';
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms (${values.length} ${unit})`;
}

const dir = mkdtempSync(join(tmpdir(), 'trailerdeck bench lists '));
const core = createCore({
  dataDir: join(dir, 'data'),
  migrationsFolder: join(import.meta.dirname, '..', 'drizzle'),
  ffprobePath: bundledFfprobePath(),
  version: 'bench',
  fetch: standInTmdb,
  downloadQueue: { runJob: standInRunner },
});
const call = async (name: string, input?: unknown): Promise<unknown> => {
  const result = await core.dispatch(name as never, input as never);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.data;
};

try {
  await core.ready;
  const sqlite = core.db.$client;
  sqlite.transaction(() => {
    const rootId = sqlite
      .prepare(`INSERT INTO library_root (path, kind) VALUES ('/bench/Movies', 'movies')`)
      .run().lastInsertRowid;
    const insert = sqlite.prepare(
      `INSERT INTO media (root_id, kind, title, sort_title, year, folder_path, tmdb_id)
       VALUES (?, 'movie', ?, ?, 2000, ?, ?)`,
    );
    for (let i = 1; i <= titles; i += 1) {
      const title = `Bench Title ${i}`;
      insert.run(rootId, title, title, `/bench/Movies/${title}`, String(i));
    }
  })();
  await call('discovery:updateSettings', {
    tmdbApiKey: '0123456789abcdef0123456789abcdef',
    tmdbBaseUrl: tmdbBase,
  });
  await call('downloads:updateSettings', { concurrency, youtubePauseSeconds: 0 });

  // The pump's pick: the part of a pump that could grow with the queue.
  const store = core.downloads.store;
  const pumpMs: number[] = [];
  const pick = store.runnableJobs.bind(store);
  store.runnableJobs = (...args) => {
    const started = performance.now();
    try {
      return pick(...args);
    } finally {
      pumpMs.push(performance.now() - started);
    }
  };

  // The Activity page's side of each change, coalesced like the window's one-request-at-a-time.
  const topMs: number[] = [];
  const deepMs: number[] = [];
  let events = 0;
  let eventBytes = 0;
  let pending: unknown[] = [];
  let scheduled = false;
  const update = async () => {
    const payloads = pending;
    pending = [];
    const started = performance.now();
    for (const payload of payloads) eventBytes += JSON.stringify(payload).length;
    const top = await call('downloads:window', { filter: 'all', offset: 0, limit: 200 });
    JSON.stringify(top);
    topMs.push(performance.now() - started);
    // Every tenth update also as if the person had scrolled to the oldest jobs.
    if (topMs.length % 10 === 0) {
      const total = (top as { total: number }).total;
      const deepStart = performance.now();
      const offset = Math.max(0, total - 200);
      JSON.stringify(await call('downloads:window', { filter: 'all', offset, limit: 200 }));
      deepMs.push(performance.now() - deepStart);
    }
    scheduled = false;
  };
  core.events.subscribe((name, payload) => {
    if (name !== 'downloads:changed') return;
    events += 1;
    pending.push(payload);
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => update().catch((error: unknown) => console.error(error)));
  });

  const done = new Promise<void>((resolve) =>
    core.events.subscribe((name, payload) => {
      if (name === 'discovery:runChanged' && !(payload as { running: boolean }).running) resolve();
    }),
  );
  const started = performance.now();
  await call('discovery:downloadMissing');
  await done;
  const queueSeconds = (performance.now() - started) / 1000;
  while (scheduled) await new Promise((resolve) => setImmediate(resolve));
  const run = (await call('discovery:run')) as { queued: number; needsChoice: number; failed: number };
  const counts = await call('downloads:counts');

  console.log(
    `Bulk "Download missing trailers" over ${titles.toLocaleString('en')} titles (stand-in TMDB, stand-in runner, concurrency ${concurrency}):`,
  );
  console.log(
    `  queued ${run.queued.toLocaleString('en')} (needs a choice ${run.needsChoice}, failed ${run.failed}) in ${queueSeconds.toFixed(1)} s (${((queueSeconds * 1000) / titles).toFixed(2)} ms a title)`,
  );
  console.log(`  jobs by tab at the end: ${JSON.stringify(counts)}`);
  console.log(`  queue pump, picking the jobs to start: ${summary(pumpMs, 'pumps')}`);
  console.log(
    `  ${events.toLocaleString('en')} job change events, ${(eventBytes / Math.max(1, events)).toFixed(0)} bytes each on average`,
  );
  console.log(`  Activity update (events + window query at the top, 200 rows): ${summary(topMs)}`);
  console.log(`  Activity update scrolled to the oldest jobs (window query only): ${summary(deepMs)}`);
  windowByDepth(sqlite, (filter, offset) => core.downloads.window({ filter, offset, limit: 200 }));
} finally {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
}
