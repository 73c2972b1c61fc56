// The scan reads folders in a worker thread: a share that hangs must not hold up the app, and a
// worker that breaks must end as a failed scan, not a crash.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FolderReader } from './scan-worker-client';
import { hangingWorker, openTestLibrary, type TestLibrary } from './test-helpers';

let lib: TestLibrary;
afterEach(() => lib.close());

function movies(name: string, titles: string[]): string {
  const root = join(lib.dir, name);
  for (const title of titles) {
    mkdirSync(join(root, title), { recursive: true });
    writeFileSync(join(root, title, `${title}.mkv`), '');
  }
  return root;
}

describe('the scan worker thread', () => {
  it('removing a root whose share hangs mid-scan stops its worker; the next root is scanned', async () => {
    const reader = new FolderReader({ entry: hangingWorker() });
    lib = openTestLibrary({ reader });
    const hung = await lib.service.addRoot(movies('Share', ['Alien (1979)', 'Ran hung (1985)']), 'movies');
    // The app still answers while the worker is stuck in the share.
    await vi.waitFor(() => expect(lib.service.scanStatus()).toMatchObject({ phase: 'scanning' }), {
      timeout: 10_000,
    });
    const local = await lib.service.addRoot(movies('Local', ['Heat (1995)']), 'movies');
    expect(lib.service.scanStatus()).toMatchObject({ rootId: hung.id, foldersTotal: 2, queued: 1 });

    lib.service.removeRoot(hung.id);
    await lib.service.whenIdle();

    expect(lib.log.of('scan:finished').map((s) => s.rootId)).toEqual([local.id]);
    expect(lib.service.listMedia().map((m) => m.title)).toEqual(['Heat']);
    // The stuck thread was terminated, not left behind; the local scan's thread waits as a spare.
    await vi.waitFor(() => expect(reader.liveThreads).toBe(1), { timeout: 10_000 });
    await lib.service.close();
    await vi.waitFor(() => expect(reader.liveThreads).toBe(0), { timeout: 10_000 });
  });

  it('a worker that breaks ends the scan as failed, with the reason in its summary', async () => {
    lib = openTestLibrary({
      reader: new FolderReader({ entry: { code: "throw new Error('out of memory')", eval: true } }),
    });
    const root = await lib.service.addRoot(movies('Movies', ['Heat (1995)']), 'movies');
    await lib.service.whenIdle();
    const [summary] = lib.log.of('scan:finished');
    expect(summary).toMatchObject({ rootId: root.id, foldersScanned: 0 });
    expect(summary?.issues[0]?.message).toBe('The scan stopped: The folder reader failed: out of memory');
    expect(lib.service.listRoots()[0]?.lastScan).toEqual(summary);
    expect(lib.service.listMedia()).toEqual([]);
  });
});
