// A folder nobody can write to, for "read-only media folder" tests. chmod alone does not stop root
// (this sandbox and CI run as root), so as root the folder is made immutable (chattr +i) or
// mounted read-only onto itself; as anyone else chmod 0555 does it. Each way is checked by trying
// to write, since a filesystem may accept the request and ignore it.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Makes the folder writable again; safe to call twice. */
export type UndoReadOnly = () => Promise<void>;

/**
 * Makes `path` (a folder) read-only for this process. Resolves with the undo (run it in afterEach,
 * or the temp folder cannot be removed), or null when no way works here: skip the test then.
 */
export async function makeFolderReadOnly(path: string): Promise<UndoReadOnly | null> {
  const attempts = process.getuid?.() === 0 ? [immutable, readOnlyBindMount] : [withoutWritePermission];
  for (const attempt of attempts) {
    const undo = attempt(path);
    if (!undo) continue;
    if (!canWriteIn(path)) return once(undo);
    undo();
  }
  return null;
}

function immutable(path: string): (() => void) | null {
  if (!run('chattr', ['+i', path])) return null;
  return () => void run('chattr', ['-i', path]);
}

function readOnlyBindMount(path: string): (() => void) | null {
  if (!run('mount', ['--bind', path, path])) return null;
  if (!run('mount', ['-o', 'remount,bind,ro', path])) {
    run('umount', [path]);
    return null;
  }
  return () => void run('umount', [path]);
}

function withoutWritePermission(path: string): (() => void) | null {
  const mode = statSync(path).mode & 0o7777;
  try {
    chmodSync(path, 0o555);
  } catch {
    return null;
  }
  return () => chmodSync(path, mode);
}

function canWriteIn(path: string): boolean {
  const probe = join(path, `.write-check-${process.pid}`);
  try {
    writeFileSync(probe, '');
  } catch {
    return false;
  }
  rmSync(probe, { force: true });
  return true;
}

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

function once(undo: () => void): UndoReadOnly {
  let done = false;
  return async () => {
    if (done) return;
    undo();
    done = true;
  };
}
