import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeVideo } from '../../../e2e/support/media-fixtures';
import type { LibraryRoot, MediaSummary, ScanSummary } from '../../../src-preload/contract/models';
import { openTestLibrary, type TestLibrary } from './test-helpers';

// Real videos made once with ffmpeg, copied into each test's library.
const videos = mkdtempSync(join(tmpdir(), 'trailerdeck videos '));
const clip = { hd: join(videos, 'hd.mkv'), webm: join(videos, 'small.webm'), mp4: join(videos, 'small.mp4') };
beforeAll(() => {
  makeVideo(clip.hd, {
    width: 1280,
    height: 720,
    audioLanguage: 'eng',
    subtitleLanguage: 'fra',
    comment: 'https://www.youtube.com/watch?v=vKQi3bBA1y8',
  });
  makeVideo(clip.webm, { width: 854, height: 480, duration: 0.5 });
  makeVideo(clip.mp4, { width: 640, height: 360, audioLanguage: 'deu', duration: 0.5 });
});
afterAll(() => rmSync(videos, { recursive: true, force: true }));

function put(path: string, content: string | { copy: string } = ''): string {
  mkdirSync(dirname(path), { recursive: true });
  if (typeof content === 'string') writeFileSync(path, content);
  else copyFileSync(content.copy, path);
  return path;
}

const AMELIE_NFO = `<?xml version="1.0" encoding="UTF-8"?>
<movie>
  <title>Amélie</title>
  <year>2001</year>
  <uniqueid type="imdb" default="true">tt0211915</uniqueid>
  <uniqueid type="tmdb">194</uniqueid>
  <trailer>plugin://plugin.video.youtube/?action=play_video&amp;videoid=HUECWi5pX7o</trailer>
</movie>`;

/** A small library laid out the ways Plex, Jellyfin, Emby and Kodi expect, with decoys. */
function buildLibrary(base: string): { movies: string; series: string } {
  const movies = join(base, 'Movies');
  const series = join(base, 'Series');
  const matrix = join(movies, 'The Matrix (1999) {imdb-tt0133093}');
  put(join(matrix, 'The Matrix (1999).mkv'));
  put(join(matrix, 'The Matrix (1999)-trailer.mkv'), { copy: clip.hd });
  put(join(matrix, 'Poster.JPG'), 'jpeg');
  put(join(matrix, 'The Matrix (1999)-sample.mkv'));

  const blade = join(movies, 'Blade.Runner.2049.2017.1080p.BluRay.x264-GRP');
  put(join(blade, 'Blade.Runner.2049.2017.1080p.BluRay.x264-GRP.mkv'));
  put(join(blade, 'Trailers', 'Official Trailer.webm'), { copy: clip.webm });
  put(join(blade, 'Trailers', 'Official Trailer.en.srt'), '1\n');

  const amelie = join(movies, 'Amelie');
  put(join(amelie, 'Amelie.mkv'));
  put(join(amelie, 'movie.nfo'), AMELIE_NFO);
  put(join(amelie, 'folder.png'), 'png');
  // Nested extras are not trailers of the title.
  put(join(amelie, 'Extras', 'Behind the Scenes', 'making of-trailer.mkv'), { copy: clip.mp4 });

  const heat = join(movies, 'Heat (1995) [tmdbid-949]');
  put(join(heat, 'Heat (1995).mkv'));
  put(join(heat, 'Heat (1995)-trailer.mp4'), 'this is not a video');

  put(join(movies, 'Loose Movie (2000).mkv'));
  put(join(movies, '.hidden', 'x-trailer.mkv'));
  put(join(movies, '@eaDir', 'thumb.jpg'));

  const bb = join(series, 'Breaking Bad (2008)');
  put(join(bb, 'Season 01', 'Breaking Bad S01E01.mkv'));
  put(join(bb, 'Season 01', 'Breaking Bad S01E02-trailer.mkv'));
  put(join(bb, 'Breaking Bad S01E01-trailer.mkv'));
  put(
    join(bb, 'tvshow.nfo'),
    '<tvshow><title>Breaking Bad</title><uniqueid type="tvdb">81189</uniqueid></tvshow>',
  );
  put(join(bb, 'trailer.mp4'), { copy: clip.mp4 });
  put(join(series, 'Doctor Who (2005)', 'Specials', 'Doctor Who S00E01.mkv'));
  return { movies, series };
}

let lib: TestLibrary;
let paths: { movies: string; series: string };

async function addAndScan(path: string): Promise<LibraryRoot> {
  const root = await lib.service.addRoot(path);
  await lib.service.whenIdle();
  return lib.service.listRoots().find((r) => r.id === root.id) as LibraryRoot;
}

async function rescan(rootId: number): Promise<ScanSummary> {
  lib.log.clear();
  lib.service.rescan(rootId);
  await lib.service.whenIdle();
  const finished = lib.log.of('scan:finished');
  expect(finished).toHaveLength(1);
  return finished[0] as ScanSummary;
}

const byTitle = (title: string): MediaSummary => {
  const found = lib.service.listMedia().find((m) => m.title === title);
  if (!found) throw new Error(`no title ${title}`);
  return found;
};

beforeEach(() => {
  lib = openTestLibrary();
  paths = buildLibrary(lib.dir);
});
afterEach(() => lib.close());

describe('first scan', () => {
  it('finds the titles, their metadata and their trailers with the real ffprobe', async () => {
    const movies = await addAndScan(paths.movies);
    const series = await addAndScan(paths.series);

    expect(movies).toMatchObject({
      kind: 'movies',
      kindSource: 'auto',
      reachable: true,
      titleCount: 4,
      // Heat's "trailer" is text: recorded, but broken, so it is no trailer.
      trailerCount: 2,
    });
    expect(series).toMatchObject({ kind: 'series', titleCount: 2, trailerCount: 1 });
    expect(
      lib.service.listMedia().map((m) => [m.title, m.year, m.kind, m.hasPoster, m.trailerCount]),
    ).toEqual([
      ['Amélie', 2001, 'movie', true, 0],
      ['Blade Runner 2049', 2017, 'movie', false, 1],
      ['Breaking Bad', 2008, 'series', false, 1],
      ['Doctor Who', 2005, 'series', false, 0],
      ['Heat', 1995, 'movie', false, 0],
      ['The Matrix', 1999, 'movie', true, 1],
    ]);

    const amelie = lib.service.getMedia(byTitle('Amélie').id);
    expect(amelie).toMatchObject({
      imdbId: 'tt0211915',
      tmdbId: '194',
      nfoTrailerId: 'HUECWi5pX7o',
      monitored: true,
    });
    expect(lib.service.posterPath(amelie.id)).toBe(join(paths.movies, 'Amelie', 'folder.png'));
    expect(lib.service.getMedia(byTitle('The Matrix').id)).toMatchObject({ imdbId: 'tt0133093' });
    expect(lib.service.getMedia(byTitle('Heat').id)).toMatchObject({ tmdbId: '949' });
    expect(lib.service.getMedia(byTitle('Breaking Bad').id)).toMatchObject({ tvdbId: '81189' });

    const [matrixTrailer] = lib.service.listTrailers(byTitle('The Matrix').id);
    expect(matrixTrailer).toMatchObject({
      fileName: 'The Matrix (1999)-trailer.mkv',
      resolution: '720p',
      fileFormat: 'mkv',
      videoFormat: 'h264',
      audioFormat: 'aac',
      audioLanguage: 'eng',
      subtitleLanguage: 'fra',
      youtubeId: 'vKQi3bBA1y8',
      fileExists: true,
      profileName: 'detected',
    });
    expect(matrixTrailer?.durationSeconds).toBeCloseTo(1, 0);
    expect(lib.service.listTrailers(byTitle('Blade Runner 2049').id)).toMatchObject([
      {
        path: join(
          paths.movies,
          'Blade.Runner.2049.2017.1080p.BluRay.x264-GRP',
          'Trailers',
          'Official Trailer.webm',
        ),
      },
    ]);
    expect(lib.service.listTrailers(byTitle('Breaking Bad').id)).toMatchObject([
      { fileName: 'trailer.mp4', audioLanguage: 'deu', resolution: '360p' },
    ]);
  });

  it('records a trailer ffprobe cannot read as broken, and says so in the summary', async () => {
    const root = await addAndScan(paths.movies);
    expect(lib.service.listTrailers(byTitle('Heat').id)).toMatchObject([
      {
        fileName: 'Heat (1995)-trailer.mp4',
        fileFormat: 'mp4',
        videoFormat: null,
        size: 19,
        fileExists: true,
        problem: 'ffprobe cannot read it: Invalid data found when processing input.',
      },
    ]);
    expect(root.lastScan?.issues).toEqual([
      expect.objectContaining({
        path: join(paths.movies, 'Heat (1995) [tmdbid-949]', 'Heat (1995)-trailer.mp4'),
        reason: 'probe-failed',
      }),
    ]);
    expect(root.lastScan).toMatchObject({
      foldersTotal: 4,
      foldersScanned: 4,
      titlesAdded: 4,
      // Heat's broken file is an issue, not a trailer found.
      trailersFound: 2,
    });
  });

  it('announces the scan: progress first and last, then finished, then changed', async () => {
    const root = await addAndScan(paths.movies);
    const names = lib.log.all.map((e) => e.name);
    expect(names[0]).toBe('library:changed');
    expect(names.slice(-2)).toEqual(['scan:finished', 'library:changed']);
    const progress = lib.log.of('scan:progress');
    expect(progress[0]).toMatchObject({ rootId: root.id, phase: 'listing', foldersDone: 0 });
    expect(progress.at(-1)).toMatchObject({
      rootId: root.id,
      phase: 'saving',
      foldersDone: 4,
      foldersTotal: 4,
    });
    expect(lib.log.of('scan:finished')[0]).toEqual(root.lastScan);
    expect(lib.service.scanStatus()).toBeNull();
  });
});

describe('rescan', () => {
  let root: LibraryRoot;
  beforeEach(async () => {
    root = await addAndScan(paths.movies);
    lib.probed.length = 0;
  });

  it('skips unchanged folders without probing anything', async () => {
    const before = lib.service.listMedia();
    const summary = await rescan(root.id);
    expect(summary).toMatchObject({
      foldersTotal: 4,
      foldersSkippedUnchanged: 4,
      foldersScanned: 0,
      titlesAdded: 0,
    });
    expect(lib.probed).toEqual([]);
    expect(lib.service.listMedia()).toEqual(before);
  });

  it('finds a new trailer, probing only it', async () => {
    const added = put(join(paths.movies, 'Amelie', 'Amelie-trailer.mp4'), { copy: clip.mp4 });
    const summary = await rescan(root.id);
    expect(summary).toMatchObject({ foldersScanned: 1, foldersSkippedUnchanged: 3, trailersFound: 1 });
    expect(lib.probed).toEqual([added]);
    expect(byTitle('Amélie').trailerCount).toBe(1);
  });

  it('marks a deleted trailer missing, keeps its row, and takes it back when it returns', async () => {
    const trailer = join(paths.movies, 'The Matrix (1999) {imdb-tt0133093}', 'The Matrix (1999)-trailer.mkv');
    renameSync(trailer, join(lib.dir, 'away.mkv'));
    expect(await rescan(root.id)).toMatchObject({ trailersMissing: 1, foldersScanned: 1 });
    expect(byTitle('The Matrix').trailerCount).toBe(0);
    expect(lib.service.listTrailers(byTitle('The Matrix').id)).toMatchObject([
      { path: trailer, fileExists: false },
    ]);

    renameSync(join(lib.dir, 'away.mkv'), trailer);
    expect(await rescan(root.id)).toMatchObject({ trailersFound: 1 });
    expect(lib.service.listTrailers(byTitle('The Matrix').id)).toMatchObject([
      { path: trailer, fileExists: true },
    ]);
    // Same size and mtime: its facts were kept, not probed again.
    expect(lib.probed).toEqual([]);
  });

  it('probes again a trailer replaced the way downloaders do it (written aside, renamed over)', async () => {
    const trailer = join(paths.movies, 'Amelie', 'Amelie-trailer.mp4');
    put(trailer, 'broken at first');
    await rescan(root.id);
    const part = put(join(paths.movies, 'Amelie', 'Amelie-trailer.mp4.part'), { copy: clip.mp4 });
    renameSync(part, trailer);
    await rescan(root.id);
    expect(lib.probed).toEqual([trailer, trailer]);
    expect(lib.service.listTrailers(byTitle('Amélie').id)).toMatchObject([
      { videoFormat: 'h264', audioLanguage: 'deu' },
    ]);
  });

  it('sees an NFO edited in place', async () => {
    const nfo = join(paths.movies, 'Amelie', 'movie.nfo');
    writeFileSync(
      nfo,
      AMELIE_NFO.replace('<title>Amélie</title>', '<title>Le Fabuleux Destin d’Amélie Poulain</title>'),
    );
    expect(await rescan(root.id)).toMatchObject({ foldersScanned: 1, titlesUpdated: 1 });
    expect(byTitle('Le Fabuleux Destin d’Amélie Poulain').year).toBe(2001);
  });

  it('reads again a folder whose whole-second mtime is this very second (FAT, HFS+ and some shares)', async () => {
    const heat = join(paths.movies, 'Heat (1995) [tmdbid-949]');
    put(join(heat, 'notes.txt'), 'x');
    const thisSecond = Math.floor(Date.now() / 1000);
    utimesSync(heat, thisSecond, thisSecond);
    expect(await rescan(root.id)).toMatchObject({ foldersScanned: 1 });
    // A file added later in that same second would not move the mtime: no signature was kept.
    expect(await rescan(root.id)).toMatchObject({ foldersScanned: 1, foldersSkippedUnchanged: 3 });
  });

  it('flags a deleted title folder as missing and clears the flag when it returns', async () => {
    const heat = join(paths.movies, 'Heat (1995) [tmdbid-949]');
    renameSync(heat, join(lib.dir, 'Heat elsewhere'));
    expect(await rescan(root.id)).toMatchObject({ titlesMissing: 1, trailersMissing: 1, foldersTotal: 3 });
    expect(byTitle('Heat')).toMatchObject({ folderMissing: true, brokenTrailerCount: 0 });
    expect(lib.service.listTrailers(byTitle('Heat').id)).toHaveLength(1);
    expect(lib.service.listRoots()[0]).toMatchObject({ titleCount: 3 });

    renameSync(join(lib.dir, 'Heat elsewhere'), heat);
    // Its file is back, but it is the broken one: no trailer found.
    expect(await rescan(root.id)).toMatchObject({ titlesUpdated: 1, trailersFound: 0, foldersScanned: 1 });
    expect(byTitle('Heat')).toMatchObject({ folderMissing: false, brokenTrailerCount: 1 });
  });

  it('changes nothing but the reachable flag when the root is gone (an unmounted share)', async () => {
    const before = lib.service.listMedia();
    renameSync(paths.movies, join(lib.dir, 'Unmounted'));
    const summary = await rescan(root.id);
    expect(summary).toMatchObject({ rootUnreachable: true, titlesMissing: 0, trailersMissing: 0 });
    expect(summary.issues[0]?.message).toContain('Nothing was changed');
    expect(lib.service.listMedia()).toEqual(before);
    expect(lib.service.listRoots()[0]).toMatchObject({ reachable: false, lastScan: summary });

    renameSync(join(lib.dir, 'Unmounted'), paths.movies);
    expect(await rescan(root.id)).toMatchObject({ rootUnreachable: false, foldersSkippedUnchanged: 4 });
    expect(lib.service.listRoots()[0]).toMatchObject({ reachable: true });
  });

  it('treats a root that became empty as an unmounted mount point', async () => {
    const before = lib.service.listMedia();
    renameSync(paths.movies, join(lib.dir, 'Away'));
    mkdirSync(paths.movies);
    expect(await rescan(root.id)).toMatchObject({ rootUnreachable: true });
    expect(lib.service.listMedia()).toEqual(before);
  });
});

describe('root kinds and removal', () => {
  it('lets the person set the kind: titles follow and the root is rescanned in full', async () => {
    const root = await addAndScan(paths.series);
    lib.log.clear();
    expect(lib.service.setRootKind(root.id, 'movies')).toMatchObject({ kind: 'movies', kindSource: 'user' });
    await lib.service.whenIdle();
    expect(lib.service.listMedia().every((m) => m.kind === 'movie')).toBe(true);
    expect(lib.log.of('scan:finished')[0]).toMatchObject({ foldersScanned: 2, foldersSkippedUnchanged: 0 });
    expect(lib.log.of('library:changed').length).toBeGreaterThanOrEqual(2);
  });

  it('removes a root with its titles and trailers, touching nothing on disk', async () => {
    const root = await addAndScan(paths.movies);
    lib.service.removeRoot(root.id);
    expect(lib.service.listRoots()).toEqual([]);
    expect(lib.service.listMedia()).toEqual([]);
    expect(lib.db.$client.prepare('SELECT count(*) AS n FROM download').get()).toEqual({ n: 0 });
    expect(existsSync(join(paths.movies, 'Amelie', 'movie.nfo'))).toBe(true);
    expect(lib.log.of('library:changed').at(-1)).toEqual({ rootIds: [root.id] });
  });

  it('uses the kind the person gave when adding', async () => {
    const root = await lib.service.addRoot(paths.series, 'movies');
    expect(root).toMatchObject({ kind: 'movies', kindSource: 'user', titleCount: 0 });
    await lib.service.whenIdle();
  });
});
