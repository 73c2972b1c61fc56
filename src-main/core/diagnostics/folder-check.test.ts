// The folder checks' advice on real folders: a system folder is to be removed, never re-owned, and
// a library Trailerdeck cannot write gets the least change that works, not a recursive chown.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFolderReadOnly } from '../../../e2e/support/read-only-folder';
import { checkFolder } from './folder-check';

const dir = mkdtempSync(join(tmpdir(), "trailerdeck folder check's "));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkFolder', () => {
  it('tells to remove a system folder added as a library, and never to change its owner', async () => {
    const check = await checkFolder('/proc', 'Library: movies', 7);
    expect(check.problem).toBe(
      'This cannot be a library folder: it is a system folder (/proc) where the operating system shows its own state as files, not a media folder.',
    );
    expect(check.fix).toMatch(/^Remove it from Trailerdeck in Settings/);
    expect(check.fix).not.toMatch(/chown|chmod/);
  });

  it('gives a library it cannot write an access-list entry for its user, never a recursive chown or chmod', async () => {
    const library = join(dir, "Movies 'n Shows");
    mkdirSync(library);
    const undo = await makeFolderReadOnly(library);
    if (!undo) return void console.warn('skipped: no way to make a folder read-only here');
    try {
      const check = await checkFolder(library, 'Library: movies', 7);
      expect(check).toMatchObject({ exists: true, readable: true, writable: false });
      const user = userInfo().username;
      const quoted = `'${library.replace(/'/g, `'\\''`)}'`;
      expect(check.fix).toContain(
        `sudo find ${quoted} -type d -exec setfacl -m u:${user}:rwx,d:u:${user}:rwx {} +`,
      );
      expect(check.fix).toContain('so your media server keeps its access');
      expect(check.fix).not.toMatch(/chown -R \S+ '|chmod -R/);
    } finally {
      await undo();
    }
  });
});
