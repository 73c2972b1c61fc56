// Measures the library scan against a bare directory walk of the same synthetic tree.
//   npx tsx scripts/bench-scan.ts --titles 10000
// Goals: first scan ≤ 2× the bare walk; unchanged rescan ≤ 0.25× the first scan. ffprobe is left
// out (a stand-in probe answers at once): it measures the walk, the parsing and the database.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src-main/core/db/open-database';
import { EventBus } from '../src-main/core/event-bus';
import { LibraryService } from '../src-main/core/library/library-service';
import { SCAN_CONCURRENCY } from '../src-main/core/library/scanner';
import type { ProbeFile, ProbeResult } from '../src-main/core/probe/types';

const RUNS = 3;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function argValue(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

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

/** The reference: every directory listed once, recursively, with the same concurrency as the scan. */
async function bareWalk(roots: string[]): Promise<number> {
  const queue = [...roots];
  let entries = 0;
  let active = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = (): void => {
      if (queue.length === 0 && active === 0) resolve();
      while (active < SCAN_CONCURRENCY && queue.length > 0) {
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

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

/** First scan of both roots into a fresh database, then an unchanged rescan of both. */
async function scanRun(base: string, roots: { movies: string; series: string }, n: number) {
  const dbDir = join(base, `db-${n}`);
  mkdirSync(dbDir);
  const db = openDatabase(join(dbDir, 'bench.db'), join(repoRoot, 'drizzle'));
  const service = new LibraryService({ db, events: new EventBus(), probe: standInProbe });
  try {
    const first = await timed(async () => {
      await service.addRoot(roots.movies, 'movies');
      await service.addRoot(roots.series, 'series');
      await service.whenIdle();
    });
    const found = service.listMedia().length;
    const rescan = await timed(async () => {
      service.rescan();
      await service.whenIdle();
    });
    const skipped = service
      .listRoots()
      .reduce((sum, r) => sum + (r.lastScan?.foldersSkippedUnchanged ?? 0), 0);
    return { firstMs: first.ms, rescanMs: rescan.ms, found, skipped };
  } finally {
    await service.close();
    db.$client.close();
    rmSync(dbDir, { recursive: true, force: true });
  }
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number): string => `${value.toFixed(0).padStart(6)} ms`;

async function main(): Promise<void> {
  const titles = argValue('titles', 10_000);
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
    console.log(
      `Node ${process.version}, ${availableParallelism()} CPUs, scan concurrency ${SCAN_CONCURRENCY}.\n`,
    );

    await bareWalk([roots.movies, roots.series]);
    await scanRun(base, roots, 0);

    const bare: number[] = [];
    const first: number[] = [];
    const rescan: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const walk = await timed(() => bareWalk([roots.movies, roots.series]));
      const scan = await scanRun(base, roots, run);
      if (scan.found !== titles) throw new Error(`the scan found ${scan.found} titles, not ${titles}`);
      if (scan.skipped !== titles) throw new Error(`the rescan skipped ${scan.skipped} of ${titles} titles`);
      bare.push(walk.ms);
      first.push(scan.firstMs);
      rescan.push(scan.rescanMs);
      console.log(
        `run ${run}: bare walk ${ms(walk.ms)}  first scan ${ms(scan.firstMs)}  rescan ${ms(scan.rescanMs)}`,
      );
    }

    const [b, f, r] = [median(bare), median(first), median(rescan)];
    const verdict = (ok: boolean): string => (ok ? 'meets the goal' : 'MISSES the goal');
    console.log(`\nbare recursive walk   ${ms(b)}`);
    console.log(
      `first scan            ${ms(f)}   ${(f / b).toFixed(2)}× the walk     (goal ≤ 2×: ${verdict(f / b <= 2)})`,
    );
    console.log(
      `unchanged rescan      ${ms(r)}   ${(r / f).toFixed(2)}× the first scan (goal ≤ 0.25×: ${verdict(r / f <= 0.25)})`,
    );
  } finally {
    cleanup();
  }
}

await main();
