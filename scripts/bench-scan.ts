// Measures the library scan against a bare directory walk of the same synthetic tree.
//   npx tsx scripts/bench-scan.ts --titles 10000
// Goals: first scan ≤ 2× the bare walk; unchanged rescan ≤ 0.25× the first scan. ffprobe is left
// out (a stand-in probe answers at once): it measures the walk, the parsing and the database.
// The bare walk is timed two ways, async on the main thread and synchronous in a worker thread
// (the scan's own technique); the faster one is the baseline, so the ratio flatters nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { openDatabase } from '../src-main/core/db/open-database';
import { EventBus } from '../src-main/core/event-bus';
import { LibraryService } from '../src-main/core/library/library-service';
import {
  FolderReader,
  READER_THREADS,
  SPARE_THREAD_MS,
  type WorkerEntry,
} from '../src-main/core/library/scan-worker-client';
import type { ProbeFile, ProbeResult } from '../src-main/core/probe/types';
import { positiveArg } from './bench-args';

const RUNS = 3;
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number): string => `${value.toFixed(0).padStart(6)} ms`;
/** Directories listed at once by the async walk: enough to keep libuv's four threads busy. */
const WALK_CONCURRENCY = 16;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const fixedProbe: ProbeResult = {
  fileFormat: 'mp4',
  videoFormat: 'h264',
  audioFormat: 'aac',
  audioLanguage: 'eng',
  subtitleFormat: null,
  subtitleLanguage: null,
  durationSeconds: 120,
  width: 1920,
  height: 1080,
  resolution: '1080p',
  youtubeId: null,
  streamCounts: { video: 1, audio: 1, subtitle: 0 },
};
const standInProbe: ProbeFile = () => Promise.resolve(fixedProbe);

/** A library as media managers leave it: extras, trailers, NFOs, posters, seasons. */
function generate(
  base: string,
  titles: number,
): { movies: string; series: string; files: number; dirs: number } {
  const movies = join(base, 'Movies');
  const series = join(base, 'Series');
  let files = 0;
  let dirs = 0;
  const dir = (path: string): void => {
    mkdirSync(path, { recursive: true });
    dirs++;
  };
  const file = (path: string, content = ''): void => {
    writeFileSync(path, content);
    files++;
  };
  const movieCount = Math.round(titles * 0.8);
  for (let i = 0; i < titles; i++) {
    const year = 1950 + (i % 75);
    if (i < movieCount) {
      const name = `Movie Title ${i} (${year})`;
      const folder = join(movies, name);
      dir(folder);
      file(join(folder, `${name}.mkv`), 'movie');
      if (i % 2 === 0) {
        file(
          join(folder, 'movie.nfo'),
          `<?xml version="1.0" encoding="UTF-8"?>\n<movie><title>Movie Title ${i}</title><year>${year}</year><uniqueid type="tmdb">${i + 1}</uniqueid><plot>${'A plot. '.repeat(40)}</plot></movie>`,
        );
      }
      if (i % 2 === 1) file(join(folder, 'poster.jpg'), 'jpeg');
      file(join(folder, 'fanart.jpg'), 'jpeg');
      file(join(folder, `${name}.en.srt`), '1\n');
      if (i % 4 === 0) file(join(folder, `${name}-trailer.mp4`), 'trailer');
      if (i % 10 === 3) {
        dir(join(folder, 'Trailers'));
        file(join(folder, 'Trailers', 'Official Trailer.mkv'), 'trailer');
        file(join(folder, 'Trailers', 'Teaser.mp4'), 'teaser');
      }
      if (i % 3 === 0) {
        dir(join(folder, 'Extras', 'Behind the Scenes'));
        file(join(folder, 'Extras', 'Behind the Scenes', 'Making of.mkv'), 'x');
        file(join(folder, 'Extras', 'Behind the Scenes', 'Costumes.mkv'), 'x');
        dir(join(folder, 'Featurettes'));
        file(join(folder, 'Featurettes', 'Interview.mkv'), 'x');
      }
    } else {
      const name = `Show ${i} (${year})`;
      const folder = join(series, name);
      dir(folder);
      if (i % 2 === 0)
        file(join(folder, 'tvshow.nfo'), `<tvshow><title>Show ${i}</title><year>${year}</year></tvshow>`);
      file(join(folder, 'poster.jpg'), 'jpeg');
      if (i % 5 === 0) file(join(folder, 'trailer.mp4'), 'trailer');
      for (let s = 1; s <= 3; s++) {
        const season = join(folder, `Season ${s}`);
        dir(season);
        for (let e = 1; e <= 4; e++) file(join(season, `${name} S0${s}E0${e}.mkv`), 'x');
      }
    }
  }
  return { movies, series, files, dirs };
}

/** A reference: every directory listed once, recursively, async with WALK_CONCURRENCY in flight. */
async function bareWalk(roots: string[]): Promise<number> {
  const queue = [...roots];
  let entries = 0;
  let active = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = (): void => {
      if (queue.length === 0 && active === 0) resolve();
      while (active < WALK_CONCURRENCY && queue.length > 0) {
        const dir = queue.pop() as string;
        active++;
        readdir(dir, { withFileTypes: true })
          .then((list) => {
            for (const d of list) {
              entries++;
              if (d.isDirectory()) queue.push(join(dir, d.name));
            }
            active--;
            pump();
          })
          .catch(reject);
      }
    };
    pump();
  });
  return entries;
}

// Plain JavaScript, so the thread starts without a TypeScript loader: the cheapest start there is.
const SYNC_WALK = `
const { parentPort, workerData } = require('node:worker_threads');
const { readdirSync } = require('node:fs');
const { join } = require('node:path');
const queue = [...workerData];
let entries = 0;
while (queue.length > 0) {
  const dir = queue.pop();
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    entries++;
    if (d.isDirectory()) queue.push(join(dir, d.name));
  }
}
parentPort.postMessage(entries);
`;

/** The other reference: the same walk with synchronous calls in a new worker thread, start-up included. */
function bareWalkInWorker(roots: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SYNC_WALK, { eval: true, workerData: roots, execArgv: [] });
    worker.once('message', (entries: number) => {
      resolve(entries);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * The scan's worker as the app ships it: bundled the way scripts/build.mjs does. From the sources
 * it would load through tsx, whose start-up (about 30 ms more per thread) the app never pays.
 */
async function bundleScanWorker(base: string): Promise<WorkerEntry> {
  const outfile = join(base, 'scan-worker.cjs');
  await build({
    entryPoints: [join(repoRoot, 'src-main/core/library/scan-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  return { code: outfile, eval: false };
}

/** What starting the scan's worker costs: a read of an empty folder by a new thread. */
async function scanWorkerStartup(base: string, entry: WorkerEntry): Promise<number> {
  const empty = join(base, 'empty');
  mkdirSync(empty, { recursive: true });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    // A new reader each time: a reader keeps its thread for the next read.
    const reader = new FolderReader({ entry });
    const start = performance.now();
    await reader.read(
      { rootPath: empty, kind: 'movies', known: new Map() },
      { progress: () => undefined, batch: () => Promise.resolve() },
      new AbortController().signal,
    );
    times.push(performance.now() - start);
    reader.close();
  }
  return median(times);
}

interface Setup {
  label: string;
  threads: number;
  slowBatchMs?: number;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

/**
 * First scan of both roots into a fresh database, then unchanged rescans of both: in the running
 * app (the thread the first scan left is warm), then on a new service as after a restart, once
 * the app has started (its reader threads started at launch, as create-core.ts has it, but their code
 * never ran), and on another new service at once (the thread's start-up in the scan's time).
 */
async function scanRun(
  base: string,
  roots: { movies: string; series: string },
  scanWorker: WorkerEntry,
  setup: Setup,
  n: number,
) {
  const dbDir = join(base, `db-${n}`);
  mkdirSync(dbDir);
  const db = openDatabase(join(dbDir, 'bench.db'), join(repoRoot, 'drizzle'));
  /** A new service, as the app makes one at launch; `started` waits for its reader threads. */
  const open = async (started: boolean): Promise<LibraryService> => {
    const reader = new FolderReader({
      entry: scanWorker,
      threads: setup.threads,
      slowBatchMs: setup.slowBatchMs,
      startWarm: true,
    });
    if (started) await reader.whenStarted();
    return new LibraryService({ db, events: new EventBus(), probe: standInProbe, reader });
  };
  let service = await open(true);
  try {
    const first = await timed(async () => {
      await service.addRoot(roots.movies, 'movies');
      await service.addRoot(roots.series, 'series');
      await service.whenIdle();
    });
    const found = service.listMedia().length;
    // A rescan later on in the running app (tray, schedule): extra threads have stopped, the one
    // kept warm serves it.
    await new Promise((resolve) => setTimeout(resolve, SPARE_THREAD_MS + 200));
    const warmRescan = await timed(async () => {
      service.rescan();
      await service.whenIdle();
    });
    const restarted = async (started: boolean): Promise<{ ms: number; skipped: number }> => {
      await service.close();
      service = await open(started);
      const { ms } = await timed(async () => {
        service.rescan();
        await service.whenIdle();
      });
      const skipped = service
        .listRoots()
        .reduce((sum, r) => sum + (r.lastScan?.foldersSkippedUnchanged ?? 0), 0);
      return { ms, skipped };
    };
    const rescan = await restarted(true);
    const atLaunch = await restarted(false);
    return {
      firstMs: first.ms,
      rescanMs: rescan.ms,
      atLaunchMs: atLaunch.ms,
      warmRescanMs: warmRescan.ms,
      found,
      skipped: Math.min(rescan.skipped, atLaunch.skipped),
    };
  } finally {
    await service.close();
    db.$client.close();
    rmSync(dbDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const titles = positiveArg('titles', 10_000);
  const base = mkdtempSync(join(tmpdir(), 'trailerdeck bench '));
  const cleanup = (): void => rmSync(base, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    const made = await timed(async () => generate(base, titles));
    const roots = made.value;
    console.log(
      `Generated ${titles} titles (${roots.files} files, ${roots.dirs} folders) in ${ms(made.ms).trim()}.`,
    );
    console.log('ffprobe excluded: a stand-in probe answers at once. Median of 3 runs after a warm-up.');
    console.log('The scan reads folders in its worker thread, bundled as the app ships it.');
    console.log(
      'Each service starts its reader threads at once, as the app does at launch; a rescan "after a restart" is asked once they run.',
    );
    console.log(`Node ${process.version}, ${availableParallelism()} CPUs.\n`);

    const both = [roots.movies, roots.series];
    await bareWalk(both);
    await bareWalkInWorker(both);
    const scanWorker = await bundleScanWorker(base);
    // The app's setting (one thread until batches turn slow), then each pool size from the start.
    const setups: Setup[] = [
      { label: `the app: ${READER_THREADS} threads once batches are slow`, threads: READER_THREADS },
      ...[1, 2, 3, 4].map((threads) => ({
        label: `${threads} thread(s) from the start`,
        threads,
        slowBatchMs: 0,
      })),
    ];

    const asyncWalk: number[] = [];
    const syncWalk: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const walkA = await timed(() => bareWalk(both));
      const walkS = await timed(() => bareWalkInWorker(both));
      if (walkA.value !== walkS.value) throw new Error('the two walks saw different trees');
      asyncWalk.push(walkA.ms);
      syncWalk.push(walkS.ms);
      console.log(`run ${run}: async walk ${ms(walkA.ms)}  sync walk in a worker ${ms(walkS.ms)}`);
    }
    const [a, w] = [median(asyncWalk), median(syncWalk)];
    const b = Math.min(a, w);

    const results = new Map<Setup, { f: number; r: number; warm: number; launch: number }>();
    for (const setup of setups) {
      await scanRun(base, roots, scanWorker, setup, 0);
      const first: number[] = [];
      const rescan: number[] = [];
      const warmRescan: number[] = [];
      const atLaunch: number[] = [];
      for (let run = 1; run <= RUNS; run++) {
        const scan = await scanRun(base, roots, scanWorker, setup, run);
        if (scan.found !== titles) throw new Error(`the scan found ${scan.found} titles, not ${titles}`);
        if (scan.skipped !== titles)
          throw new Error(`the rescan skipped ${scan.skipped} of ${titles} titles`);
        first.push(scan.firstMs);
        rescan.push(scan.rescanMs);
        warmRescan.push(scan.warmRescanMs);
        atLaunch.push(scan.atLaunchMs);
        console.log(
          `${setup.label}, run ${run}: first scan ${ms(scan.firstMs)}  rescan ${ms(scan.warmRescanMs)} (app running), ${ms(scan.rescanMs)} (after a restart), ${ms(scan.atLaunchMs)} (at launch)`,
        );
      }
      results.set(setup, {
        f: median(first),
        r: median(rescan),
        warm: median(warmRescan),
        launch: median(atLaunch),
      });
    }

    // The goals apply to the app's setting; the fixed pool sizes are there to compare with.
    const verdict = (setup: Setup, ok: boolean, goal: string): string =>
      setup === setups[0] ? `(goal ${goal}: ${ok ? 'meets the goal' : 'MISSES the goal'})` : '';
    console.log(`\nbare walk, async (main thread)         ${ms(a)}`);
    console.log(`bare walk, sync in a worker thread     ${ms(w)}   (start-up included)`);
    console.log(`baseline: the faster of the two        ${ms(b)}`);
    for (const setup of setups) {
      const { f, r, warm, launch } = results.get(setup) ?? { f: NaN, r: NaN, warm: NaN, launch: NaN };
      console.log(`\n${setup.label}`);
      console.log(
        `  first scan                       ${ms(f)}   ${(f / b).toFixed(2)}× the baseline   ${verdict(setup, f / b <= 2, '≤ 2×')}`,
      );
      console.log(
        `  unchanged rescan, app running    ${ms(warm)}   ${(warm / f).toFixed(2)}× the first scan ${verdict(setup, warm / f <= 0.25, '≤ 0.25×')}`,
      );
      console.log(
        `  unchanged rescan, after restart  ${ms(r)}   ${(r / f).toFixed(2)}× the first scan ${verdict(setup, r / f <= 0.25, '≤ 0.25×')}`,
      );
      console.log(
        `  …asked at launch                 ${ms(launch)}   ${(launch / f).toFixed(2)}× the first scan (the threads' start-up included)`,
      );
    }
    console.log(
      `\nscan worker start-up  ${ms(await scanWorkerStartup(base, scanWorker))}   per new thread (the bundled worker)`,
    );
  } finally {
    cleanup();
  }
}

await main();
