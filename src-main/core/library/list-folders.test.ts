import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { listFolders } from './list-folders';

const dir = mkdtempSync(join(tmpdir(), 'trailerdeck folders '));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listFolders', () => {
  it('lists sub-folders sorted case-insensitively, links to folders included, hidden ones and files left out', async () => {
    for (const name of ['movies', 'Anime', 'Series 10', 'Series 9', '.cache', 'Ümlaut'])
      mkdirSync(join(dir, name));
    writeFileSync(join(dir, 'notes.txt'), '');
    symlinkSync(join(dir, 'movies'), join(dir, 'Linked'));
    symlinkSync(join(dir, 'notes.txt'), join(dir, 'file link'));
    const listing = await listFolders(dir);
    expect(listing.path).toBe(dir);
    expect(listing.parent).toBe(tmpdir());
    expect(listing.folders.map((f) => f.name)).toEqual([
      'Anime',
      'Linked',
      'movies',
      'Series 9',
      'Series 10',
      'Ümlaut',
    ]);
    expect(listing.folders[0]).toEqual({ name: 'Anime', path: join(dir, 'Anime') });
  });

  it('starts at the home folder and offers home, / and mounts as places', async () => {
    const listing = await listFolders();
    expect(listing.path).toBe(homedir());
    expect(listing.places.slice(0, 2)).toEqual([
      { name: 'Home', path: homedir() },
      { name: '/', path: '/' },
    ]);
    for (const place of listing.places.slice(2)) expect(place.path).toMatch(/^\/(media|mnt|run\/media)\//);
  });

  it('has no parent at the filesystem root', async () => {
    expect((await listFolders('/')).parent).toBeNull();
  });

  it('refuses a relative path, a missing folder and a file with codes the UI can act on', async () => {
    const code = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (e: unknown) => (e instanceof AppError ? e.code : 'other'),
      );
    expect(await code(listFolders('relative/path'))).toBe('INVALID_INPUT');
    expect(await code(listFolders(join(dir, 'nope')))).toBe('NOT_FOUND');
    expect(await code(listFolders(join(dir, 'notes.txt')))).toBe('NOT_FOUND');
  });
});
