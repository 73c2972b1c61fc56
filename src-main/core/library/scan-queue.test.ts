import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nextEvent, openTestLibrary, type TestLibrary } from './test-helpers';

/** Titles with a trailer each that the real ffprobe has to open (and refuse): a scan that takes a while. */
function library(base: string, name: string, titles: number): string {
  const root = join(base, name);
  for (let i = 0; i < titles; i++) {
    const dir = join(root, `Title ${i} (2000)`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `Title ${i} (2000)-trailer.mp4`), 'not a video');
  }
  return root;
}

let lib: TestLibrary;
afterEach(() => lib.close());

describe('scan queue', () => {
  it('runs one scan at a time, queues the others once, and reports them as queued', async () => {
    lib = openTestLibrary();
    const a = await lib.service.addRoot(library(lib.dir, 'A', 200), 'movies');
    const b = await lib.service.addRoot(library(lib.dir, 'B', 2), 'movies');
    // A is running and B waits: asking again for B adds nothing; A is queued once more.
    expect(lib.service.scanStatus()).toMatchObject({ rootId: a.id, queued: 1 });
    expect(lib.service.rescan(b.id)).toBe(1);
    expect(lib.service.rescan()).toBe(2);
    expect(lib.service.scanStatus()).toMatchObject({ rootId: a.id, queued: 2 });
    await lib.service.whenIdle();
    expect(lib.log.of('scan:finished').map((s) => s.rootId)).toEqual([a.id, b.id, a.id]);
    expect(lib.service.scanStatus()).toBeNull();
  });

  it('coalesces progress to about five events a second, first and last included', async () => {
    lib = openTestLibrary();
    const started = performance.now();
    await lib.service.addRoot(library(lib.dir, 'A', 300), 'movies');
    await lib.service.whenIdle();
    const elapsed = performance.now() - started;
    const progress = lib.log.of('scan:progress');
    // 300 folders and 300 probes made 600 updates; a handful went out, some of them mid-scan.
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress.length).toBeLessThanOrEqual(Math.ceil(elapsed / 200) + 3);
    expect(progress[0]).toMatchObject({ phase: 'listing' });
    expect(progress.at(-1)).toMatchObject({ phase: 'saving', foldersDone: 300, foldersTotal: 300 });
  });

  it('close() stops a running scan, ffprobe included, without writing it; safe to call twice', async () => {
    lib = openTestLibrary();
    const probing = nextEvent(lib.events, 'scan:progress', (p) => p.phase === 'probing');
    await lib.service.addRoot(library(lib.dir, 'A', 300), 'movies');
    await probing;
    await lib.service.close();
    await lib.service.close();
    expect(lib.probed.length).toBeLessThan(300);
    expect(lib.log.of('scan:finished')).toEqual([]);
    expect(lib.service.listMedia()).toEqual([]);
    expect(lib.service.rescan()).toBe(0);
  });

  it('removing a root during its scan drops the scan', async () => {
    lib = openTestLibrary();
    const probing = nextEvent(lib.events, 'scan:progress', (p) => p.phase === 'probing');
    const root = await lib.service.addRoot(library(lib.dir, 'A', 300), 'movies');
    await probing;
    lib.service.removeRoot(root.id);
    await lib.service.whenIdle();
    expect(lib.log.of('scan:finished')).toEqual([]);
    expect(lib.service.listMedia()).toEqual([]);
    expect(lib.service.listRoots()).toEqual([]);
  });
});
