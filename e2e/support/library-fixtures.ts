// A small, realistic media library made with the real ffmpeg: movies and a series, trailers in
// the ways Plex, Jellyfin, Emby and Kodi expect them, an NFO, a poster, and decoys.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeVideo } from './media-fixtures';

export const fixtureTitles = {
  matrix: 'The Matrix (1999)',
  bladeRunner: 'Blade Runner 2049 (2017)',
  heat: 'Heat (1995)',
  amelie: 'Amélie (2001)',
  breakingBad: 'Breaking Bad (2008)',
};

/** Builds the library once into `dir` (skipped when already there). */
export function buildFixtureLibrary(dir: string): { movies: string; series: string } {
  const movies = join(dir, 'Movies');
  const series = join(dir, 'Series');
  if (existsSync(join(dir, '.complete'))) return { movies, series };

  const matrix = join(movies, 'The Matrix (1999) {imdb-tt0133093}');
  writeFileSync(touchDir(matrix, 'The Matrix (1999).mkv'), '');
  makeVideo(join(matrix, 'The Matrix (1999)-trailer.mkv'), {
    width: 1280,
    height: 720,
    audioLanguage: 'eng',
    subtitleLanguage: 'fra',
    comment: 'https://www.youtube.com/watch?v=vKQi3bBA1y8',
  });
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'color=c=0x335577:s=200x300',
    '-frames:v',
    '1',
    join(matrix, 'poster.jpg'),
  ]);

  const bladeRunner = join(movies, 'Blade.Runner.2049.2017.1080p.BluRay.x264-GRP');
  writeFileSync(touchDir(bladeRunner, 'Blade.Runner.2049.2017.1080p.BluRay.x264-GRP.mkv'), '');
  makeVideo(join(bladeRunner, 'Trailers', 'Official Trailer.webm'), { width: 854, height: 480 });

  const heat = join(movies, 'Heat (1995) [tmdbid-949]');
  writeFileSync(touchDir(heat, 'Heat (1995).mkv'), '');
  // An extra, not a trailer: Heat has no trailer of its own.
  makeVideo(join(heat, 'Extras', 'Making of.mkv'), { duration: 0.5 });

  const amelie = join(movies, 'Amelie');
  writeFileSync(touchDir(amelie, 'Amelie.mkv'), '');
  writeFileSync(
    join(amelie, 'movie.nfo'),
    `<?xml version="1.0" encoding="UTF-8"?>
<movie>
  <title>Amélie</title>
  <year>2001</year>
  <uniqueid type="imdb" default="true">tt0211915</uniqueid>
  <uniqueid type="tmdb">194</uniqueid>
  <trailer>plugin://plugin.video.youtube/?action=play_video&amp;videoid=HUECWi5pX7o</trailer>
</movie>`,
  );

  const breakingBad = join(series, 'Breaking Bad (2008)');
  writeFileSync(touchDir(breakingBad, 'Season 01', 'Breaking Bad S01E01.mkv'), '');
  writeFileSync(join(breakingBad, 'Season 01', 'Breaking Bad S01E02.mkv'), '');
  makeVideo(join(breakingBad, 'trailer.mp4'), { width: 640, height: 360, audioLanguage: 'eng' });

  writeFileSync(join(dir, '.complete'), '');
  return { movies, series };
}

/** A private copy for a test that changes files. */
export function copyFixtureLibrary(from: string, to: string): { movies: string; series: string } {
  cpSync(from, to, { recursive: true });
  return { movies: join(to, 'Movies'), series: join(to, 'Series') };
}

function touchDir(...parts: string[]): string {
  const file = join(...parts);
  mkdirSync(join(file, '..'), { recursive: true });
  return file;
}
