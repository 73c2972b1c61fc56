import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { KnownTitle, ReadRequest, ReadSink } from './read-session';
import type { ReadBatch } from './scanner';
import {
  FolderReader,
  SPARE_THREAD_MS,
  scanWorkerEntry,
  type FolderReaderOptions,
} from './scan-worker-client';
import { hangingWorker } from './test-helpers';

const dir = mkdtempSync(join(tmpdir(), 'trailerdeck worker '));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const request = (rootPath: string): ReadRequest => ({ rootPath, kind: 'movies', known: new Map() });
const never = new AbortController().signal;

/** A sink that records what the reader hands it. */
function recorder(onBatch: (batch: ReadBatch) => Promise<void> = () => Promise.resolve()) {
  const progress: [number, number][] = [];
  const batches: ReadBatch[] = [];
  const sink: ReadSink = {
    progress: (done, total) => progress.push([done, total]),
    batch: (batch) => {
      batches.push(batch);
      return onBatch(batch);
    },
  };
  return { sink, progress, batches };
}

const readers: FolderReader[] = [];
afterEach(() => readers.splice(0).forEach((r) => r.close()));
const open = (options?: FolderReaderOptions): FolderReader => {
  const reader = new FolderReader(options);
  readers.push(reader);
  return reader;
};

function titles(root: string, names: string[]): string {
  for (const name of names) {
    mkdirSync(join(root, name), { recursive: true });
    writeFileSync(join(root, name, `${name}-trailer.mp4`), 'x');
  }
  return root;
}

describe('scanWorkerEntry', () => {
  it('runs the TypeScript worker through tsx from the sources', () => {
    const here = new URL('./scan-worker-client.ts', import.meta.url);
    const entry = scanWorkerEntry(here.href);
    expect(entry.eval).toBe(true);
    expect(entry.code).toContain('tsx');
    expect(entry.code).toContain(JSON.stringify(fileURLToPath(new URL('./scan-worker.ts', here))));
  });

  it('runs the bundle beside the app bundle, outside the asar archive when packaged', () => {
    expect(scanWorkerEntry(pathToFileURL('/repo/out/main/headless.cjs').href)).toEqual({
      code: '/repo/out/main/scan-worker.cjs',
      eval: false,
    });
    const packaged = pathToFileURL('/opt/Trailerdeck/resources/app.asar/out/main/electron.cjs').href;
    expect(scanWorkerEntry(packaged).code).toBe(
      '/opt/Trailerdeck/resources/app.asar.unpacked/out/main/scan-worker.cjs',
    );
  });
});

describe('FolderReader', () => {
  it('reads a root in a real worker thread (loaded through tsx here), with progress', async () => {
    const root = titles(join(dir, 'Movies'), ['Heat (1995)']);
    const reader = open();
    const { sink, progress, batches } = recorder();
    const reading = await reader.read(request(root), sink, never);
    expect(reading).toMatchObject({ ok: true, folderPaths: [join(root, 'Heat (1995)')] });
    expect(batches).toMatchObject([{ folders: 1, unchanged: 0 }]);
    expect(batches[0]?.titles[0]?.scan).toMatchObject({
      title: 'Heat',
      year: 1995,
      trailers: [{ fileName: 'Heat (1995)-trailer.mp4', size: 1 }],
    });
    expect(progress).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('shares the folders out in batches across its threads, each folder read once', async () => {
    // Enough batches that one thread cannot read them all before the others start, even on a busy
    // machine (the rest of the suite runs ffmpeg and yt-dlp alongside).
    const names = Array.from({ length: 203 }, (_, i) => `Title ${i} (2000)`);
    const root = titles(join(dir, 'Many'), names);
    const reader = open({ threads: 3, foldersPerBatch: 4, slowBatchMs: 0 });
    // The reading goes on while a batch is being written: hold the first one back a while.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { sink, batches } = recorder(() => (batches.length === 1 ? held : Promise.resolve()));
    const reading = reader.read(request(root), sink, never);
    await vi.waitFor(() => expect(reader.liveThreads).toBe(3), { timeout: 10_000 });
    release();
    expect(await reading).toMatchObject({ ok: true });
    expect(batches.map((b) => b.folders).sort((a, b) => a - b)).toEqual([3, ...Array<number>(50).fill(4)]);
    const read = batches.flatMap((b) => b.titles.map((t) => t.scan.title)).sort();
    expect(read).toEqual(names.map((n) => n.replace(' (2000)', '')).sort());
    // All three are kept for the next scan, then stopped on close.
    expect(reader.liveThreads).toBe(3);
    reader.close();
    await vi.waitFor(() => expect(reader.liveThreads).toBe(0), { timeout: 10_000 });
    await expect(reader.read(request(dir), sink, never)).rejects.toThrow('cancelled');
  });

  it('terminates every thread when the read is cancelled, a hung one included, without waiting', async () => {
    const root = titles(join(dir, 'Share'), [
      'Alien (1979)',
      'Ran (1985)',
      'A hung title (2001)',
      'Heat (1995)',
    ]);
    const reader = open({ entry: hangingWorker(), threads: 2, foldersPerBatch: 1, slowBatchMs: 0 });
    const controller = new AbortController();
    const { sink, batches } = recorder();
    const reading = reader.read(request(root), sink, controller.signal);
    await vi.waitFor(() => expect(batches.length).toBeGreaterThan(0), { timeout: 10_000 });
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    await vi.waitFor(() => expect(reader.liveThreads).toBe(0), { timeout: 10_000 });
  });

  it('turns a worker that fails or stops early into an error', async () => {
    const { sink } = recorder();
    const broken = open({ entry: { code: "throw new Error('no such module')", eval: true } });
    await expect(broken.read(request(dir), sink, never)).rejects.toThrow(
      'The folder reader failed: no such module',
    );
    const reader = open({ entry: { code: 'process.exit(3)', eval: true } });
    await expect(reader.read(request(dir), sink, never)).rejects.toThrow('(exit code 3)');
    await vi.waitFor(() => expect(reader.liveThreads).toBe(0), { timeout: 10_000 });
  });

  it('stops reading when writing a batch fails, and says why', async () => {
    const root = titles(join(dir, 'Disk full'), ['Alien (1979)', 'Ran (1985)', 'Heat (1995)']);
    const reader = open({ threads: 2, foldersPerBatch: 1, slowBatchMs: 0 });
    const { sink } = recorder(() => Promise.reject(new Error('disk full')));
    await expect(reader.read(request(root), sink, never)).rejects.toThrow('disk full');
    await vi.waitFor(() => expect(reader.liveThreads).toBe(0), { timeout: 10_000 });
  });

  it('keeps two threads warm for the next rescan and stops the extra ones', async () => {
    const root = titles(join(dir, 'Warm'), ['Alien (1979)', 'Ran (1985)', 'Heat (1995)', 'Up (2009)']);
    const reader = open({ threads: 3, foldersPerBatch: 1, slowBatchMs: 0 });
    // Hold the first batch back until the pool has grown, so two threads really ran.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { sink, batches } = recorder(() => (batches.length === 1 ? held : Promise.resolve()));
    const reading = reader.read(request(root), sink, never);
    await vi.waitFor(() => expect(reader.liveThreads).toBe(3), { timeout: 10_000 });
    release();
    await reading;
    await vi.waitFor(() => expect(reader.liveThreads).toBe(2), { timeout: SPARE_THREAD_MS + 5_000 });
    // …and they stay: not a moment caught while all were stopping.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reader.liveThreads).toBe(2);
    // The warm thread serves the next read without a new start-up.
    await reader.read(request(root), sink, never);
    reader.close();
    await vi.waitFor(() => expect(reader.liveThreads).toBe(0), { timeout: 10_000 });
  });

  it('starts its warm threads at once when asked, and reads run on them', async () => {
    const root = titles(join(dir, 'At launch'), ['Alien (1979)']);
    const idle = open();
    const warm = open({ startWarm: true });
    expect(idle.liveThreads).toBe(0);
    expect(warm.liveThreads).toBe(2);
    await warm.whenStarted();
    const { sink, batches } = recorder();
    await expect(warm.read(request(root), sink, never)).resolves.toMatchObject({ ok: true });
    expect(batches).toMatchObject([{ folders: 1 }]);
    expect(warm.liveThreads).toBe(2);
    warm.close();
    await vi.waitFor(() => expect(warm.liveThreads).toBe(0), { timeout: 10_000 });
  });

  it('shares a rescan of known folders with the idle warm thread, a first scan not', async () => {
    const names = Array.from({ length: 8 }, (_, i) => `Known ${i} (2001)`);
    const root = titles(join(dir, 'Known'), names);
    // Pace far off: only the sharing rule can bring in the second thread.
    const reader = open({ startWarm: true, threads: 2, foldersPerBatch: 2, slowBatchMs: 60_000 });
    await reader.whenStarted();
    const sparesWhileReading: number[] = [];
    const first = recorder(() => {
      sparesWhileReading.push(reader.spareThreads);
      return Promise.resolve();
    });
    await reader.read(request(root), first.sink, never);
    expect(sparesWhileReading.every((n) => n === 1)).toBe(true);

    const known = new Map<string, KnownTitle>(
      first.batches.flatMap((b) =>
        b.titles.map((t) => [t.scan.folderPath, { signature: t.scan.signature, trailerPaths: [] }]),
      ),
    );
    expect([...known.values()].every((k) => k.signature !== null)).toBe(true);
    sparesWhileReading.length = 0;
    const rescan = recorder(() => {
      sparesWhileReading.push(reader.spareThreads);
      return Promise.resolve();
    });
    await reader.read({ rootPath: root, kind: 'movies', known }, rescan.sink, never);
    expect(sparesWhileReading[0]).toBe(0);
    expect(rescan.batches.reduce((sum, b) => sum + b.unchanged, 0)).toBe(8);
    expect(reader.spareThreads).toBe(2);
  });
});
