// A scan writes its titles batch by batch while its threads read on: titles appear in the UI
// during a long scan, and a scan stopped halfway keeps what it wrote and marks nothing missing.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderReader } from './scan-worker-client';
import { hangingWorker, nextEvent, openTestLibrary, type TestLibrary } from './test-helpers';

let lib: TestLibrary;
afterEach(() => lib.close());

function title(root: string, name: string, withTrailer: boolean): void {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, `${name}.mkv`), '');
  if (withTrailer) writeFileSync(join(root, name, `${name}-trailer.mp4`), 'not a video');
}

describe('a scan written in batches', () => {
  it('stopped mid-scan keeps whole titles, each with its trailer, and marks nothing missing', async () => {
    // Batches of 4 folders over 2 threads; the batch holding the "hung" folder never comes back.
    lib = openTestLibrary({
      reader: new FolderReader({ entry: hangingWorker(), threads: 2, foldersPerBatch: 4, slowBatchMs: 0 }),
    });
    const root = join(lib.dir, 'Movies');
    for (const name of ['Alien (1979)', 'Ran (1985)', 'Heat (1995)', 'Gone (1990)']) title(root, name, false);
    const { id: rootId } = await lib.service.addRoot(root, 'movies');
    await lib.service.whenIdle();
    expect(lib.service.listMedia()).toHaveLength(4);

    rmSync(join(root, 'Gone (1990)'), { recursive: true });
    const added = Array.from({ length: 8 }, (_, i) => `New ${i} (2020)`);
    for (const name of added) title(root, name, true);
    title(root, 'A hung one (2002)', true);
    lib.log.clear();
    const written = nextEvent(lib.events, 'library:changed');
    lib.service.rescan(rootId);
    await written;
    await lib.service.close();

    expect(lib.log.of('scan:finished')).toEqual([]);
    const media = lib.service.listMedia();
    // The folder deleted before the stopped scan is not marked missing: the scan never finished.
    expect(media.find((m) => m.title === 'Gone')).toMatchObject({ folderMissing: false });
    const found = media.filter((m) => m.title.startsWith('New '));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(added.length + 1);
    // Never half a title: every title written came with its trailer row (text, so a broken one).
    for (const m of found) expect(m.brokenTrailerCount).toBe(1);
    expect(media.find((m) => m.title === 'A hung one')).toBeUndefined();
  });

  it('tells the UI of titles as batches land, before the scan finishes', async () => {
    lib = openTestLibrary({ reader: new FolderReader({ threads: 2, foldersPerBatch: 2, slowBatchMs: 0 }) });
    const root = join(lib.dir, 'Movies');
    for (let i = 0; i < 6; i++) title(root, `Title ${i} (2000)`, false);
    const seen: number[] = [];
    lib.events.subscribe((name) => {
      if (name === 'library:changed') seen.push(lib.service.listMedia().length);
    });
    await lib.service.addRoot(root, 'movies');
    await lib.service.whenIdle();
    const names = lib.log.all.map((e) => e.name);
    // Added (no titles yet), at least one mid-scan batch, then finished and changed.
    expect(names.filter((n) => n === 'library:changed').length).toBeGreaterThanOrEqual(3);
    expect(names.slice(-2)).toEqual(['scan:finished', 'library:changed']);
    expect(seen[0]).toBe(0);
    expect(seen[1]).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(6);
  });
});
