import { describe, expect, it } from 'vitest';
import { isEpisodeFileName, isVideoFile } from './detect-trailers';
import { isTrailerFileName, videoInExtrasFolder } from './detect-videos';

const folder = 'The Matrix (1999)';

describe('isTrailerFileName', () => {
  it.each([
    'The Matrix (1999)-trailer.mkv',
    'The Matrix (1999)-Trailer.MP4',
    'whatever-trailer.webm',
    'The Matrix (1999)-trailer2.mp4',
    'Preview.trailer.mp4',
    'Teaser_trailer.mov',
    'Official trailer.m4v',
    'trailer.mp4',
    'Trailer.mkv',
    'trailer1.avi',
    'movie-trailer.m2ts',
  ])('counts %s', (name) => {
    expect(isTrailerFileName(name, folder)).toBe(true);
  });

  it.each([
    'The Matrix (1999).mkv',
    'The Matrix (1999) - 1080p.mp4',
    'The Matrix (1999)-sample.mkv',
    'The Matrix (1999)-behindthescenes.mkv',
    'The Matrix (1999)-trailer.srt',
    'The Matrix (1999)-trailer.nfo',
    'The Matrix (1999)-trailer.mp4.part',
    'The Matrix (1999)-trailer.f137.mp4',
    'Trailer Park Boys.mkv',
    'trailers.mkv',
    'mytrailer.mkv',
    '._The Matrix (1999)-trailer.mkv',
  ])('does not count %s', (name) => {
    expect(isTrailerFileName(name, folder)).toBe(false);
  });

  it('never counts the main movie file, even when its name ends like a trailer', () => {
    expect(isTrailerFileName('Blair-Trailer.mkv', 'Blair-Trailer')).toBe(false);
  });

  it('never counts episode files', () => {
    expect(isTrailerFileName('Breaking Bad S01E01-trailer.mkv', 'Breaking Bad')).toBe(false);
    expect(isTrailerFileName('Show 1x02 trailer.mkv', 'Show')).toBe(false);
  });
});

describe('isEpisodeFileName', () => {
  it.each([
    'Show S01E02.mkv',
    'show.s1e2.mp4',
    'Show - 1x02 - Pilot.mkv',
    'Show S01.E02.mkv',
    'S2024E100.mkv',
  ])('episode: %s', (name) => expect(isEpisodeFileName(name)).toBe(true));
  it.each(['Movie 1920x1080.mkv', 'Movie (2019).mkv', 'Se7en (1995).mkv', 'Movie.x264.mkv', 'trailer.mp4'])(
    'not an episode: %s',
    (name) => expect(isEpisodeFileName(name)).toBe(false),
  );
});

describe('a Trailers folder', () => {
  it('counts any video but not episodes, subtitles or images', () => {
    const inTrailers = (name: string) => videoInExtrasFolder(name, 'trailer')?.type === 'trailer';
    expect(inTrailers('Official Trailer.webm')).toBe(true);
    expect(inTrailers('Teaser 2.mkv')).toBe(true);
    expect(inTrailers('Show S01E01.mkv')).toBe(false);
    expect(inTrailers('Official Trailer.en.srt')).toBe(false);
    expect(inTrailers('poster.jpg')).toBe(false);
  });
});

describe('isVideoFile', () => {
  it('knows the common video extensions, case-insensitively', () => {
    for (const ext of [
      'mkv',
      'mp4',
      'm4v',
      'webm',
      'mov',
      'avi',
      'wmv',
      'mpg',
      'mpeg',
      'ts',
      'm2ts',
      'flv',
      'ogv',
    ]) {
      expect(isVideoFile(`a.${ext.toUpperCase()}`)).toBe(true);
    }
    expect(isVideoFile('a.txt')).toBe(false);
    expect(isVideoFile('mkv')).toBe(false);
  });
});
