// A scan of real files (ffmpeg-made videos, the real ffprobe, a real SQLite file with the real
// migrations): every type of video by every convention, season folders of a series, and a rescan
// that finds a new featurette and a vanished season.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeVideo } from '../../../e2e/support/media-fixtures';
import { nextEvent, openTestLibrary, type TestLibrary } from './test-helpers';

const videos = mkdtempSync(join(tmpdir(), 'trailerdeck videos '));
const clip = join(videos, 'clip.mkv');
beforeAll(() => {
  makeVideo(clip, { duration: 0.5 });
});
afterAll(() => rmSync(videos, { recursive: true, force: true }));

let lib: TestLibrary;
afterEach(() => lib.close());

function put(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  copyFileSync(clip, path);
}

const counts = (mediaId: number) =>
  lib.db.$client
    .prepare(
      `SELECT trailer_count AS trailers, extra_count AS extras, season_count AS seasons,
              season_trailer_count AS seasonTrailers FROM media WHERE id = ?`,
    )
    .get(mediaId);

const kinds = (mediaId: number, folder: string) =>
  lib.service
    .listTrailers(mediaId)
    .map((t) => [t.path.slice(folder.length + 1), t.videoType, t.season, t.language] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));

describe('a scan finds every kind of video', () => {
  it("reads a movie's trailers and extras by suffix and folder, never its main video", async () => {
    lib = openTestLibrary();
    const root = join(lib.dir, 'Movies');
    const heat = join(root, 'Heat (1995)');
    put(join(heat, 'Heat (1995).mkv'));
    put(join(heat, 'Heat (1995)-trailer.mkv'));
    put(join(heat, 'Heat (1995) [Deutsch] (2)-trailer.mkv'));
    put(join(heat, 'Heat (1995)-Featurette.mkv'));
    put(join(heat, 'Heat (1995)_trailer.mkv'));
    put(join(heat, 'Behind The Scenes', 'Making of.mkv'));
    put(join(heat, 'extras', 'Heat (1995)-interview.mkv'));
    put(join(heat, 'Deleted Scenes', 'Bank.mkv'));
    put(join(root, 'Blair-Trailer (1999)', 'Blair-Trailer (1999).mkv'));
    put(join(root, 'Deleted Scenes (2010)', 'Deleted Scenes.mkv'));
    put(join(root, 'The Short (2020)', 'The-Short.mkv'));

    const finished = nextEvent(lib.events, 'scan:finished');
    await lib.service.addRoot(root, 'movies');
    await lib.service.whenIdle();
    // The scan's summary counts extras apart from trailers.
    expect(await finished).toMatchObject({ trailersFound: 3, extrasFound: 4 });

    const media = lib.service.listMedia();
    const id = (title: string) => media.find((m) => m.title === title)?.id ?? 0;
    expect(kinds(id('Heat'), heat)).toEqual([
      ['Behind The Scenes/Making of.mkv', 'behindthescenes', null, null],
      ['Deleted Scenes/Bank.mkv', 'deleted', null, null],
      ['Heat (1995) [Deutsch] (2)-trailer.mkv', 'trailer', null, 'de'],
      ['Heat (1995)-Featurette.mkv', 'featurette', null, null],
      ['Heat (1995)-trailer.mkv', 'trailer', null, null],
      ['Heat (1995)_trailer.mkv', 'trailer', null, null],
      ['extras/Heat (1995)-interview.mkv', 'interview', null, null],
    ]);
    expect(counts(id('Heat'))).toMatchObject({ trailers: 3, extras: 4 });
    for (const title of ['Blair-Trailer', 'Deleted Scenes', 'The Short']) {
      expect(lib.service.listTrailers(id(title))).toEqual([]);
    }
  });

  it("records a series' seasons and season videos, and a rescan follows new extras and vanished seasons", async () => {
    lib = openTestLibrary();
    const root = join(lib.dir, 'Shows');
    const dark = join(root, 'Dark (2017)');
    put(join(dark, 'Dark (2017)-trailer.mkv'));
    put(join(dark, 'Season 1', 'Dark S01E01.mkv'));
    put(join(dark, 'Season 1', 'Trailers', 'Dark Season 1.mkv'));
    put(join(dark, 'Staffel 2', 'Dark S02E01.mkv'));
    put(join(dark, 'Staffel 2', 'Dark (2017) Season 02 [Deutsch]-trailer.mkv'));
    put(join(dark, 'Specials', 'Dark S00E01.mkv'));
    put(join(dark, 'S03', 'Dark S03E01.mkv'));
    mkdirSync(join(dark, 'Subs'));

    const { id: rootId } = await lib.service.addRoot(root, 'series');
    await lib.service.whenIdle();

    const id = lib.service.listMedia()[0]?.id ?? 0;
    expect(lib.service.getMedia(id).seasons).toEqual([
      { season: 0, folderName: 'Specials' },
      { season: 1, folderName: 'Season 1' },
      { season: 2, folderName: 'Staffel 2' },
      { season: 3, folderName: 'S03' },
    ]);
    expect(kinds(id, dark)).toEqual([
      ['Dark (2017)-trailer.mkv', 'trailer', null, null],
      ['Season 1/Trailers/Dark Season 1.mkv', 'trailer', 1, null],
      ['Staffel 2/Dark (2017) Season 02 [Deutsch]-trailer.mkv', 'trailer', 2, 'de'],
    ]);
    expect(counts(id)).toMatchObject({ trailers: 1, extras: 0, seasons: 4, seasonTrailers: 2 });

    // Nothing changes in the show's folder or the season's: only the signature of the season's
    // Trailers folder can tell.
    put(join(dark, 'Season 1', 'Trailers', 'Dark Season 1 (2).mkv'));
    lib.service.rescan(rootId);
    await lib.service.whenIdle();
    expect(kinds(id, dark).map(([path]) => path)).toContain('Season 1/Trailers/Dark Season 1 (2).mkv');

    put(join(dark, 'Season 1', 'Featurettes', 'Writers room.mkv'));
    rmSync(join(dark, 'Staffel 2'), { recursive: true });
    writeFileSync(join(dark, 'S03', 'Dark S03E02.mkv'), '');
    lib.service.rescan(rootId);
    await lib.service.whenIdle();

    expect(lib.service.getMedia(id).seasons.map((s) => s.season)).toEqual([0, 1, 3]);
    expect(kinds(id, dark).filter(([path]) => !path.startsWith('Staffel'))).toEqual([
      ['Dark (2017)-trailer.mkv', 'trailer', null, null],
      ['Season 1/Featurettes/Writers room.mkv', 'featurette', 1, null],
      ['Season 1/Trailers/Dark Season 1 (2).mkv', 'trailer', 1, null],
      ['Season 1/Trailers/Dark Season 1.mkv', 'trailer', 1, null],
    ]);
    expect(counts(id)).toMatchObject({ trailers: 1, extras: 1, seasons: 3, seasonTrailers: 1 });
  });
});
