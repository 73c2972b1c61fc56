import { describe, expect, it } from 'vitest';
import { droppedPaths, pathFromFileUri } from './drop-paths';

function data(files: File[], formats: Record<string, string>) {
  return { files, getData: (format: string) => formats[format] ?? '' };
}

describe('dropped paths', () => {
  it('decodes file URIs from a file manager, including spaces, % and non-Latin names', () => {
    expect(pathFromFileUri('file:///tmp/My%20Movies/')).toBe('/tmp/My Movies');
    expect(pathFromFileUri('file:///tmp/100%25%20%E6%98%A0%E7%94%BB')).toBe('/tmp/100% 映画');
    expect(pathFromFileUri('file:///C:/Movies')).toBe('C:/Movies');
    expect(pathFromFileUri('https://example.com/a')).toBeNull();
    expect(pathFromFileUri('not a uri')).toBeNull();
  });

  it('reads text/uri-list, skipping comments and duplicates, when files have no path', () => {
    const dropped = data([], {
      'text/uri-list':
        '# from a file manager\r\nfile:///media/Movies\r\nfile:///media/Series\r\nfile:///media/Movies',
    });
    expect(droppedPaths(dropped, () => null)).toEqual(['/media/Movies', '/media/Series']);
  });

  it('falls back to text/plain and prefers the paths Electron knows', () => {
    expect(droppedPaths(data([], { 'text/plain': 'file:///srv/tv' }), () => null)).toEqual(['/srv/tv']);
    const file = new File([], 'Movies');
    const known = data([file], { 'text/uri-list': 'file:///elsewhere' });
    expect(droppedPaths(known, () => '/home/me/Movies')).toEqual(['/home/me/Movies']);
  });
});
