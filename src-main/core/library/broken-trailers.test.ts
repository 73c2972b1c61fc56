// A file named like a trailer that is none (empty, unreadable, sound only) is recorded as broken
// with its reason: no Trailer badge, "missing" for the filters, searched by discovery, never deleted.
// Real files, the real ffprobe, a real SQLite file with the real migrations.
import { emptyProcessingRecord } from '../../../src-preload/contract/processing-values';
import { titleTrailerSlot } from '../../../src-preload/contract/video-kinds';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeEmpty, makeGarbage, makeSoundOnly } from '../../../e2e/support/broken-media';
import { makeVideo } from '../../../e2e/support/media-fixtures';
import type { MediaSummary } from '../../../src-preload/contract/models';
import { openDatabase } from '../db/open-database';
import { DiscoveryStore } from '../discovery/discovery-store';
import { upsertDownloadRow } from '../downloads/commit-download';
import { EventBus } from '../event-bus';
import { createProbe } from '../probe/probe-file';
import { bundledFfprobePath } from '../tools/ffprobe-path';
import { ProfileService } from '../profiles/profile-service';
import { LibraryService } from './library-service';
import { openTestLibrary, repoRoot, type TestLibrary } from './test-helpers';

const media = mkdtempSync(join(tmpdir(), 'trailerdeck broken media '));
const good = join(media, 'good.mkv');
const soundOnly = join(media, 'sound.mkv');
beforeAll(() => {
  makeVideo(good, { width: 640, height: 360, duration: 0.5 });
  makeSoundOnly(soundOnly);
});
afterAll(() => rmSync(media, { recursive: true, force: true }));

let lib: TestLibrary;
let movies: string;

/** Heat has a good trailer; the three others only a broken file named like one. */
function buildLibrary(): void {
  movies = join(lib.dir, 'Movies');
  const folder = (name: string): string => {
    mkdirSync(join(movies, name), { recursive: true });
    writeFileSync(join(movies, name, `${name}.mkv`), '');
    return join(movies, name);
  };
  copyFileSync(good, join(folder('Heat (1995)'), 'Heat (1995)-trailer.mkv'));
  makeEmpty(join(folder('Alien (1979)'), 'Alien (1979)-trailer.mkv'));
  makeGarbage(join(folder('Brazil (1985)'), 'Brazil (1985)-trailer.mp4'));
  copyFileSync(soundOnly, join(folder('Casino (1995)'), 'Casino (1995)-trailer.mkv'));
}

async function scan(): Promise<number> {
  const root = await lib.service.addRoot(movies);
  await lib.service.whenIdle();
  return root.id;
}

const byTitle = (title: string): MediaSummary => {
  const found = lib.service.listMedia().find((m) => m.title === title);
  if (!found) throw new Error(`no title ${title}`);
  return found;
};

beforeEach(() => {
  lib = openTestLibrary();
  buildLibrary();
});
afterEach(() => lib.close());

describe('broken trailer files', () => {
  it('are recorded with their reason and counted as no trailer', async () => {
    const rootId = await scan();

    expect(lib.service.listMedia().map((m) => [m.title, m.trailerCount, m.brokenTrailerCount])).toEqual([
      ['Alien', 0, 1],
      ['Brazil', 0, 1],
      ['Casino', 0, 1],
      ['Heat', 1, 0],
    ]);
    expect(lib.service.listRoots().find((r) => r.id === rootId)).toMatchObject({ trailerCount: 1 });
    expect(lib.service.getMedia(byTitle('Alien').id)).toMatchObject({
      trailerCount: 0,
      brokenTrailerCount: 1,
    });

    const problem = (title: string): string | null =>
      lib.service.listTrailers(byTitle(title).id)[0]?.problem ?? null;
    expect(problem('Alien')).toBe('The file is empty (0 bytes).');
    expect(problem('Brazil')).toBe('ffprobe cannot read it: Invalid data found when processing input.');
    expect(problem('Casino')).toBe('It has no video stream, only sound.');
    expect(problem('Heat')).toBeNull();
    expect(lib.service.listTrailers(byTitle('Casino').id)[0]).toMatchObject({
      fileExists: true,
      audioFormat: 'aac',
      videoFormat: null,
    });

    // The summary counts only the good one as found and lists the others, which are all still there.
    expect(lib.service.listRoots()[0]?.lastScan?.trailersFound).toBe(1);
    const issues = lib.service.listRoots()[0]?.lastScan?.issues ?? [];
    expect(issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        'Recorded as a broken trailer: The file is empty (0 bytes).',
        'Recorded as a broken trailer: It has no video stream, only sound.',
      ]),
    );
    for (const title of ['Alien', 'Brazil', 'Casino']) {
      for (const t of lib.service.listTrailers(byTitle(title).id)) expect(existsSync(t.path)).toBe(true);
    }
  });

  it('leave the title to "Download missing trailers", unlike a good one', async () => {
    await scan();
    const profile = new ProfileService({ db: lib.db, events: new EventBus() }).list()[0];
    if (!profile) throw new Error('no default profile');
    const store = new DiscoveryStore(lib.db);

    const accepting = { ...profile, acceptDetectedTrailers: true };
    const searched = store.unsatisfied(accepting).map((t) => t.title);
    expect(searched).toEqual(['Alien', 'Brazil', 'Casino']);
    expect(store.openSlots(byTitle('Alien').id, 'movie', accepting)).toEqual([titleTrailerSlot]);
    expect(store.openSlots(byTitle('Heat').id, 'movie', accepting)).toEqual([]);
  });

  it('stop being broken when a real trailer replaces the file', async () => {
    const rootId = await scan();
    const path = join(movies, 'Alien (1979)', 'Alien (1979)-trailer.mkv');
    rmSync(path);
    copyFileSync(good, path);
    // A new file in place of the old: the folder's time moves on, so the rescan reads it.
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(movies, 'Alien (1979)'), later, later);

    lib.service.rescan(rootId);
    await lib.service.whenIdle();

    expect(byTitle('Alien')).toMatchObject({ trailerCount: 1, brokenTrailerCount: 0 });
    expect(lib.service.listTrailers(byTitle('Alien').id)[0]).toMatchObject({
      problem: null,
      resolution: '360p',
    });
    // The picture's size too, for the audit's portrait check (migration 0022).
    const size = lib.db.$client.prepare('SELECT width, height FROM download WHERE path = ?').get(path);
    expect(size).toEqual({ width: 640, height: 360 });
  });

  it('stop being broken when a verified download is recorded at the same path', async () => {
    await scan();
    const alien = byTitle('Alien');
    const path = join(movies, 'Alien (1979)', 'Alien (1979)-trailer.mkv');
    rmSync(path);
    copyFileSync(good, path);
    const probed = await createProbe({ ffprobePath: bundledFfprobePath() })(path);
    const stats = statSync(path);
    lib.db.$client.transaction(() =>
      upsertDownloadRow(lib.db.$client, {
        mediaId: alien.id,
        path,
        size: stats.size,
        mtimeMs: stats.mtimeMs,
        probe: probed,
        youtubeId: null,
        profileName: 'Default',
        processing: emptyProcessingRecord,
        slot: titleTrailerSlot,
        at: new Date().toISOString(),
      }),
    )();
    expect(byTitle('Alien')).toMatchObject({ trailerCount: 1, brokenTrailerCount: 0 });
    expect(lib.service.listTrailers(alien.id)).toMatchObject([{ problem: null, profileName: 'Default' }]);
    const size = lib.db.$client.prepare('SELECT width, height FROM download WHERE path = ?').get(path);
    expect(size).toEqual({ width: 640, height: 360 });
  });

  it('are not called broken when ffprobe itself is missing: such files are checked again', async () => {
    // A probe whose program does not exist: the real BinaryNotFound, nothing said about the file.
    const service = new LibraryService({
      db: lib.db,
      events: new EventBus(),
      probe: createProbe({ ffprobePath: join(lib.dir, 'no-such-ffprobe') }),
    });
    const root = await service.addRoot(movies);
    await service.whenIdle();
    expect(service.listMedia().map((m) => [m.title, m.brokenTrailerCount])).toEqual([
      ['Alien', 1],
      ['Brazil', 0],
      ['Casino', 0],
      ['Heat', 0],
    ]);
    await service.close();

    // With ffprobe back, the next scan looks at those files again and finds what they are.
    lib.service.rescan(root.id);
    await lib.service.whenIdle();
    expect(lib.service.listMedia().map((m) => [m.title, m.trailerCount, m.brokenTrailerCount])).toEqual([
      ['Alien', 0, 1],
      ['Brazil', 0, 1],
      ['Casino', 0, 1],
      ['Heat', 1, 0],
    ]);
  });

  it('recorded by an older version as plain trailers, are looked at again after the upgrade', async () => {
    // The database as the version before broken files were told apart left it: Brazil's text file
    // recorded as a trailer without details, its size and time noted so no rescan would look again.
    const migrations = join(lib.dir, 'drizzle');
    cpSync(join(repoRoot, 'drizzle'), migrations, { recursive: true });
    const journal = join(migrations, 'meta', '_journal.json');
    const entries = (JSON.parse(readFileSync(journal, 'utf8')) as { entries: { tag: string }[] }).entries;
    const before = entries.findIndex((e) => e.tag.endsWith('_trailer_problem'));
    writeFileSync(journal, JSON.stringify({ entries: entries.slice(0, before) }));
    const file = join(lib.dir, 'upgraded.db');
    const old = openDatabase(file, migrations).$client;
    const trailer = join(movies, 'Brazil (1985)', 'Brazil (1985)-trailer.mp4');
    const stats = statSync(trailer);
    old.prepare(`INSERT INTO library_root (id, path, kind) VALUES (1, ?, 'movies')`).run(movies);
    old
      .prepare(
        `INSERT INTO media (id, root_id, kind, title, sort_title, year, folder_path, scan_signature)
         VALUES (1, 1, 'movie', 'Brazil', 'brazil', 1985, ?, 'as the old scan saw it')`,
      )
      .run(join(movies, 'Brazil (1985)'));
    old
      .prepare(
        `INSERT INTO download (media_id, path, file_name, size, file_format, profile_name, file_mtime_ms)
         VALUES (1, ?, 'Brazil (1985)-trailer.mp4', ?, 'mp4', 'detected', ?)`,
      )
      .run(trailer, stats.size, Math.trunc(stats.mtimeMs));
    old.close();

    const db = openDatabase(file, join(repoRoot, 'drizzle'));
    const service = new LibraryService({
      db,
      events: new EventBus(),
      probe: createProbe({ ffprobePath: bundledFfprobePath() }),
    });
    try {
      service.rescan(1);
      await service.whenIdle();
      const brazil = service.listMedia().find((m) => m.title === 'Brazil');
      expect(brazil).toMatchObject({ trailerCount: 0, brokenTrailerCount: 1 });
      expect(service.listTrailers(1)[0]?.problem).toMatch(/^ffprobe cannot read it/);
    } finally {
      await service.close();
      db.$client.close();
    }
  });
});
