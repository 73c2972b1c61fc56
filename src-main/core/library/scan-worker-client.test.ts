import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { FolderReader, scanWorkerEntry, type WorkerEntry } from './scan-worker-client';
import type { ReadRequest } from './scanner';
import { hangingWorker } from './test-helpers';

const dir = mkdtempSync(join(tmpdir(), 'trailerdeck worker '));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const request = (rootPath: string): ReadRequest => ({ rootPath, kind: 'movies', known: new Map() });
const never = new AbortController().signal;

const readers: FolderReader[] = [];
afterEach(() => readers.splice(0).forEach((r) => r.close()));
const open = (entry?: WorkerEntry): FolderReader => {
  const reader = new FolderReader(entry);
  readers.push(reader);
  return reader;
};

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
    const root = join(dir, 'Movies');
    mkdirSync(join(root, 'Heat (1995)'), { recursive: true });
    writeFileSync(join(root, 'Heat (1995)', 'Heat (1995)-trailer.mp4'), 'x');
    const reader = open();
    const progress: [number, number][] = [];
    const reading = await reader.read(request(root), (done, total) => progress.push([done, total]), never);
    expect(reading).toMatchObject({ ok: true, folderPaths: [join(root, 'Heat (1995)')], unchanged: 0 });
    expect(reading.ok && reading.titles[0]?.scan).toMatchObject({
      title: 'Heat',
      year: 1995,
      trailers: [{ fileName: 'Heat (1995)-trailer.mp4', size: 1 }],
    });
    expect(progress).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('keeps one thread for reads in a row, and stops it on close', async () => {
    const reader = open();
    await reader.read(request(dir), () => undefined, never);
    await reader.read(request(dir), () => undefined, never);
    expect(reader.liveThreads).toBe(1);
    reader.close();
    await vi.waitFor(() => expect(reader.liveThreads).toBe(0), { timeout: 10_000 });
    await expect(reader.read(request(dir), () => undefined, never)).rejects.toThrow('cancelled');
  });

  it('terminates a thread that hangs when the read is cancelled, without waiting for it', async () => {
    const reader = open(hangingWorker());
    const controller = new AbortController();
    let listed = false;
    const reading = reader.read(request(join(dir, 'share hung')), () => (listed = true), controller.signal);
    await vi.waitFor(() => expect(listed).toBe(true), { timeout: 10_000 });
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    await vi.waitFor(() => expect(reader.liveThreads).toBe(0), { timeout: 10_000 });
  });

  it('turns a worker that fails or stops early into an error', async () => {
    const broken = open({ code: "throw new Error('no such module')", eval: true });
    await expect(broken.read(request(dir), () => undefined, never)).rejects.toThrow(
      'The folder reader failed: no such module',
    );
    const reader = open({ code: 'process.exit(3)', eval: true });
    await expect(reader.read(request(dir), () => undefined, never)).rejects.toThrow('(exit code 3)');
    await vi.waitFor(() => expect(reader.liveThreads).toBe(0), { timeout: 10_000 });
  });
});
