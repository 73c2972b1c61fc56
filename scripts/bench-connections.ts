// Measures the Radarr import: N movies (default 10,000) from the loopback Radarr of
// e2e/support/arr-server.ts (over real HTTP, in Radarr's full movie shape, answering from its own
// process as a real Radarr does) into a library already
// scanned (N title folders written into the app's database the app's way: the real migrations and
// the media triggers, as e2e/support/seed-library.ts does), through a path mapping.
//   npm run bench:connections -- [--movies 10000]
// Prints the time and peak memory of the first sync, and of a second sync of the unchanged Radarr
// (goal: first under 5 s, second at most 0.2 × the first, and no row rewritten).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import { generateMovies } from '../e2e/support/arr-server';
import { openAppDatabase } from '../e2e/support/seed-library';
import { openDatabase } from '../src-main/core/db/open-database';
import { EventBus } from '../src-main/core/event-bus';
import { ConnectionStore } from '../src-main/core/connections/connection-store';
import { createArrClient } from '../src-main/core/connections/arr/arr-client';
import { ArrService } from '../src-main/core/connections/arr/arr-service';
import { positiveArg } from './bench-args';

const count = positiveArg('movies', 10_000);
const localRoot = '/bench/Movies';
const dir = mkdtempSync(join(tmpdir(), 'trailerdeck bench connections '));
const movies = generateMovies(count, '/movies');

// The library "already scanned": one root, one media row per movie folder, without ids (the sync
// fills them), written in one transaction.
const seeded = openAppDatabase(dir);
seeded.prepare("INSERT INTO library_root (id, path, kind) VALUES (1, ?, 'movies')").run(localRoot);
const insert = seeded.prepare(
  "INSERT INTO media (root_id, kind, title, sort_title, year, folder_path) VALUES (1, 'movie', ?, ?, ?, ?)",
);
seeded.transaction(() => {
  for (const movie of movies) {
    const folder = movie.path.replace(/^\/movies/, localRoot);
    insert.run(movie.title, movie.title.toLowerCase(), movie.year, folder);
  }
})();
seeded.close();

// Radarr answers from its own process (see bench-arr-radarr.ts).
const radarrFile = fileURLToPath(new URL('./bench-arr-radarr.ts', import.meta.url));
const radarrProcess = fork(radarrFile, [String(count)], { execArgv: ['--import', 'tsx'] });
const radarr = await new Promise<{ url: string; apiKey: string }>((resolve, reject) => {
  radarrProcess.once('message', (message) => resolve(message as { url: string; apiKey: string }));
  radarrProcess.once('error', reject);
});
const db = openDatabase(join(dir, 'trailerdeck.db'), fileURLToPath(new URL('../drizzle', import.meta.url)));
const connections = new ConnectionStore(db);
const { id } = connections.add({
  kind: 'radarr',
  name: 'Bench Radarr',
  url: radarr.url,
  urlBase: '',
  apiKey: radarr.apiKey,
  enabled: true,
  pathMappings: [{ remote: '/movies', local: localRoot }],
  sync: { onlyMonitored: false, onlyWithFile: false, syncIntervalHours: 0 },
});
let peakRss = 0;
let peakHeap = 0;
function sample(): void {
  const now = process.memoryUsage();
  peakRss = Math.max(peakRss, now.rss);
  peakHeap = Math.max(peakHeap, now.heapUsed);
}

// The time spent asking Radarr (its HTTP answer, JSON and checks), told apart from the sync's own.
let fetchMs = 0;
const timedClient: typeof createArrClient = (target, options) => {
  const client = createArrClient(target, options);
  return {
    ...client,
    // A sync asks through changedTitles: an answer identical to the last good sync's is not parsed.
    async changedTitles(unlessDigest, signal) {
      const started = performance.now();
      try {
        const answer = await client.changedTitles(unlessDigest, signal);
        // JSON parsing is synchronous (the timer cannot sample inside it): sample with the list alive.
        sample();
        return answer;
      } finally {
        fetchMs += performance.now() - started;
      }
    },
  };
};
const arr = new ArrService({ db, events: new EventBus(), connections, createClient: timedClient });

async function measuredSync(label: string) {
  global.gc?.();
  const baseline = process.memoryUsage();
  peakRss = baseline.rss;
  peakHeap = baseline.heapUsed;
  const sampler = setInterval(sample, 10);
  fetchMs = 0;
  const started = performance.now();
  arr.startSync(id);
  await arr.settled(id);
  const ms = performance.now() - started;
  clearInterval(sampler);
  const summary = arr.syncStatus()[0]?.last;
  if (!summary || summary.error) throw new Error(`sync failed: ${summary?.error ?? 'no summary'}`);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  console.log(
    `${label}: ${(ms / 1000).toFixed(2)} s (asking Radarr ${(fetchMs / 1000).toFixed(2)} s, the rest ${((ms - fetchMs) / 1000).toFixed(2)} s); peak RSS ${mb(peakRss)} MB (+${mb(peakRss - baseline.rss)}), ` +
      `peak heap ${mb(peakHeap)} MB (+${mb(peakHeap - baseline.heapUsed)}); linked ${summary.linked}/${summary.titles}, ` +
      `rows written ${summary.changed}, ids filled ${summary.idsFilled}`,
  );
  return { ms, own: ms - fetchMs };
}

console.log(`Radarr import of ${count.toLocaleString('en')} movies into a library of as many title folders`);
try {
  const first = await measuredSync('first sync ');
  const second = await measuredSync('second sync (unchanged)');
  console.log(
    `second / first = ${(second.ms / first.ms).toFixed(2)} (goal ≤ 0.20); without asking Radarr ` +
      `${(second.own / first.own).toFixed(2)}; first under 5 s: ${first.ms < 5000 ? 'yes' : 'no'}`,
  );
} finally {
  await arr.close();
  radarrProcess.kill();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}
