import { describe, expect, it } from 'vitest';
import { isWithin, toLocalPath, toRemotePath } from './path-mapping';

const docker = [{ remote: '/movies', local: '/mnt/nas/Movies' }];

describe('toLocalPath', () => {
  it.each([
    ['/movies/Alien (1979)', docker, '/mnt/nas/Movies/Alien (1979)'],
    ['/movies', docker, '/mnt/nas/Movies'],
    ['/movies/', docker, '/mnt/nas/Movies'],
    // Whole folder names only: /movies-4k is another folder.
    ['/movies-4k/Alien (1979)', docker, '/movies-4k/Alien (1979)'],
    // No rule, absolute POSIX: both apps see the same path.
    ['/data/tv/Dark', docker, '/data/tv/Dark'],
    // Windows paths from an Arr on Windows, any separator and case of the drive.
    [
      'D:\\Media\\Movies\\Amélie (2001)',
      [{ remote: 'd:\\media', local: '/srv/media' }],
      '/srv/media/Movies/Amélie (2001)',
    ],
    [
      'D:/Media/Movies/Heat (1995)',
      [{ remote: 'D:\\Media\\Movies\\', local: '/srv/movies/' }],
      '/srv/movies/Heat (1995)',
    ],
    [
      '\\\\nas\\share\\Films\\Up (2009)',
      [{ remote: '\\\\NAS\\share', local: '/mnt/share' }],
      '/mnt/share/Films/Up (2009)',
    ],
    // A Windows path with no rule cannot be read here.
    ['C:\\Movies\\Up (2009)', docker, null],
  ])('%s → %s', (remote, mappings, expected) => {
    expect(toLocalPath(remote, mappings)).toBe(expected);
  });

  it('lets the longest matching rule win, whatever the order of the rules', () => {
    const rules = [
      { remote: '/data', local: '/mnt/data' },
      { remote: '/data/movies', local: '/mnt/fast/movies' },
    ];
    expect(toLocalPath('/data/movies/Heat (1995)', rules)).toBe('/mnt/fast/movies/Heat (1995)');
    expect(toLocalPath('/data/tv/Dark', rules)).toBe('/mnt/data/tv/Dark');
    expect(toLocalPath('/data/movies/Heat (1995)', [...rules].reverse())).toBe(
      '/mnt/fast/movies/Heat (1995)',
    );
  });

  it('keeps POSIX case: /Movies is not /movies', () => {
    expect(toLocalPath('/Movies/Heat (1995)', docker)).toBe('/Movies/Heat (1995)');
  });
});

describe('toRemotePath', () => {
  it('names a folder of this machine the way the other app sees it', () => {
    expect(toRemotePath('/mnt/nas/Movies/Alien (1979)', docker)).toBe('/movies/Alien (1979)');
    expect(toRemotePath('/srv/media/Movies/Up (2009)', [{ remote: 'D:\\Media', local: '/srv/media' }])).toBe(
      'D:\\Media\\Movies\\Up (2009)',
    );
  });

  it('leaves a path no rule covers as it is', () => {
    expect(toRemotePath('/elsewhere/Up (2009)', docker)).toBe('/elsewhere/Up (2009)');
  });
});

describe('isWithin (which media server library holds a title folder)', () => {
  it.each([
    ['/data/movies/Heat (1995)', '/data/movies', true],
    ['/data/movies', '/data/movies/', true],
    ['/data/movies-4k/Heat (1995)', '/data/movies', false],
    ['/data', '/data/movies', false],
    ['D:\\Media\\Movies\\Heat (1995)', 'd:/media/movies', true],
    ['D:\\Media\\Movies', '/Media/Movies', false],
  ])('%s in %s: %s', (path, folder, expected) => {
    expect(isWithin(path, folder)).toBe(expected);
  });
});
