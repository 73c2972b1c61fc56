import { describe, expect, it } from 'vitest';
import { parseFolderName, sortTitleOf } from './parse-folder-name';

describe('parseFolderName', () => {
  it.each([
    ['The Matrix (1999)', 'The Matrix', 1999],
    ['2001 A Space Odyssey (1968)', '2001 A Space Odyssey', 1968],
    ['Blade Runner 2049 (2017)', 'Blade Runner 2049', 2017],
    ['1917 (2019)', '1917', 2019],
    ['Amélie (2001)', 'Amélie', 2001],
    ['Mr. Robot (2015)', 'Mr. Robot', 2015],
    ["Marvel's Agents of S.H.I.E.L.D. (2013)", "Marvel's Agents of S.H.I.E.L.D.", 2013],
    ['Star Wars Episode IV - A New Hope (1977)', 'Star Wars Episode IV - A New Hope', 1977],
    ['Heat [1995]', 'Heat', 1995],
    ['Se7en (1995) [1080p]', 'Se7en', 1995],
    ['Alien (1979) (Director’s Cut)', 'Alien', 1979],
    ['Godzilla (1954) - 4K', 'Godzilla', 1954],
  ])('%s → %s (%s)', (name, title, year) => {
    expect(parseFolderName(name)).toMatchObject({ title, year });
  });

  it.each([
    ['The.Matrix.1999.1080p.BluRay.x264-GRP', 'The Matrix', 1999],
    ['The_Matrix_1999_720p_WEB-DL', 'The Matrix', 1999],
    ['Blade.Runner.2049.2017.2160p.UHD.BluRay.x265-TERMiNAL', 'Blade Runner 2049', 2017],
    ['2001.A.Space.Odyssey.1968.REMASTERED.1080p.BluRay', '2001 A Space Odyssey', 1968],
    ['1917.2019.1080p.WEBRip.x264', '1917', 2019],
    ['2012.2009.720p.BrRip.x264', '2012', 2009],
    ['The.Matrix.1999.Remastered.1080p', 'The Matrix', 1999],
    ['A.Complete.Unknown.2024.1080p.WEB-DL', 'A Complete Unknown', 2024],
    ['The Matrix 1999 1080p BluRay', 'The Matrix', 1999],
    ['Breaking.Bad.S01.1080p.BluRay.x264', 'Breaking Bad', null],
    ['Inception.1080p.BluRay.x264', 'Inception', null],
    ['Blade.Runner.2049.1080p.BluRay', 'Blade Runner 2049', null],
  ])('release style %s → %s (%s)', (name, title, year) => {
    expect(parseFolderName(name)).toMatchObject({ title, year });
  });

  it.each([
    ['[2019] Parasite', 'Parasite', 2019],
    ['(2019) Parasite', 'Parasite', 2019],
    ['(1999) - The Matrix', 'The Matrix', 1999],
    ['[1999]The Matrix', 'The Matrix', 1999],
    ['(2019) 1917', '1917', 2019],
    ['[1968] 2001 A Space Odyssey', '2001 A Space Odyssey', 1968],
    ['(2017) Blade Runner 2049', 'Blade Runner 2049', 2017],
    ['[2024] A Complete Unknown', 'A Complete Unknown', 2024],
    ['[1999] The.Matrix.1080p.BluRay.x264-GRP', 'The Matrix', 1999],
    ['(1995) Heat [tmdbid-949]', 'Heat', 1995],
    ['[1066] Battle', 'Battle', null],
  ])('year first %s → %s (%s)', (name, title, year) => {
    expect(parseFolderName(name)).toMatchObject({ title, year });
  });

  it.each([
    ['Heat', 'Heat'],
    ['1917', '1917'],
    ['Apollo 13', 'Apollo 13'],
    ['Room 1408', 'Room 1408'],
    ['Doctor Who', 'Doctor Who'],
  ])('no year: %s', (name, title) => {
    expect(parseFolderName(name)).toMatchObject({ title, year: null });
  });

  it('reads Plex, Jellyfin and Emby id tags and removes them from the title', () => {
    expect(parseFolderName('The Matrix (1999) {imdb-tt0133093}')).toEqual({
      title: 'The Matrix',
      year: 1999,
      imdbId: 'tt0133093',
      tmdbId: null,
      tvdbId: null,
    });
    expect(parseFolderName('The Matrix (1999) [tmdbid-603]')).toMatchObject({
      title: 'The Matrix',
      tmdbId: '603',
    });
    expect(parseFolderName('Breaking Bad (2008) {tvdb-81189}')).toMatchObject({
      title: 'Breaking Bad',
      year: 2008,
      tvdbId: '81189',
    });
    expect(parseFolderName('Heat (1995) [imdbid-tt0113277] [tmdbid=949]')).toMatchObject({
      title: 'Heat',
      imdbId: 'tt0113277',
      tmdbId: '949',
    });
    expect(parseFolderName('{tvdb-81189} Breaking Bad')).toMatchObject({
      title: 'Breaking Bad',
      tvdbId: '81189',
    });
  });

  it('ignores malformed id tags instead of storing them', () => {
    expect(parseFolderName('Heat (1995) {imdb-nm0000158}')).toMatchObject({ title: 'Heat', imdbId: null });
    expect(parseFolderName('Heat (1995) [tmdbid-abc]')).toMatchObject({ title: 'Heat', tmdbId: null });
  });

  it('does not take implausible years', () => {
    expect(parseFolderName('Movie (1066)')).toMatchObject({ year: null });
    expect(parseFolderName('Movie.3000.1080p')).toMatchObject({ title: 'Movie 3000', year: null });
  });

  it('always returns some title', () => {
    expect(parseFolderName('(2019)').title).toBe('2019');
    expect(parseFolderName('...').title).toBe('...');
  });
});

describe('sortTitleOf', () => {
  it('lower-cases, keeps accents and drops a leading article', () => {
    expect(sortTitleOf('The Matrix')).toBe('matrix');
    expect(sortTitleOf('A Beautiful Mind')).toBe('beautiful mind');
    expect(sortTitleOf('An American Werewolf in London')).toBe('american werewolf in london');
    expect(sortTitleOf('Amélie')).toBe('amélie');
    expect(sortTitleOf('Theory of Everything')).toBe('theory of everything');
    expect(sortTitleOf('A.I. Artificial Intelligence')).toBe('a.i. artificial intelligence');
    expect(sortTitleOf('The')).toBe('the');
  });
});
