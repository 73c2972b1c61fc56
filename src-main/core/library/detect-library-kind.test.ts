import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectLibraryKind, isSeasonFolderName } from './detect-library-kind';

const base = mkdtempSync(join(tmpdir(), 'trailerdeck kind '));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function tree(name: string, files: string[]): string {
  const root = join(base, name);
  mkdirSync(root, { recursive: true });
  for (const file of files) {
    if (file.endsWith('/')) {
      mkdirSync(join(root, file), { recursive: true });
    } else {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), '');
    }
  }
  return root;
}

describe('detectLibraryKind', () => {
  it('sees series by season folders, Specials, S01 folders or episode files', async () => {
    expect(
      await detectLibraryKind(
        tree('a', ['Breaking Bad (2008)/Season 1/x.mkv', 'Heat (1995)/Heat.mkv', 'Lost/Specials/']),
      ),
    ).toBe('series');
    expect(await detectLibraryKind(tree('b', ['Dark/S01/', 'Fargo/S01/']))).toBe('series');
    expect(await detectLibraryKind(tree('c', ['Show/Show S01E01.mkv', 'Other/Other 1x02.mkv']))).toBe(
      'series',
    );
    expect(await detectLibraryKind(tree('d', ['Show/tvshow.nfo']))).toBe('series');
  });

  it('sees movies by movie files, and decides movies when unsure', async () => {
    expect(
      await detectLibraryKind(
        tree('e', ['Heat (1995)/Heat (1995).mkv', 'Alien (1979)/Alien.mp4', 'Extras Only/Extras/']),
      ),
    ).toBe('movies');
    expect(await detectLibraryKind(tree('f', []))).toBe('movies');
    expect(await detectLibraryKind(tree('g', ['Empty A/', 'Empty B/']))).toBe('movies');
  });

  it('is not swayed by one miniseries in a movie library', async () => {
    const files = Array.from({ length: 30 }, (_, i) => `Movie ${i} (2000)/Movie ${i}.mkv`);
    files.push('Band of Brothers (2001)/Season 1/e1.mkv');
    expect(await detectLibraryKind(tree('h', files))).toBe('movies');
  });
});

describe('isSeasonFolderName', () => {
  it.each(['Season 1', 'season 01', 'Season.2', 'Staffel 3', 'Saison 4', 'S01', 's1', 'Specials'])(
    '%s',
    (n) => expect(isSeasonFolderName(n)).toBe(true),
  );
  it.each(['Seasons', 'Season of the Witch (2011)', 'Extras', 'Trailers', 'S01E01'])('not %s', (n) =>
    expect(isSeasonFolderName(n)).toBe(false),
  );
});
