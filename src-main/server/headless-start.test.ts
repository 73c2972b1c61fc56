// Starts the real headless entry (through tsx) with data folders it cannot use: it must say why and
// exit, never loop, never print a stack trace, never touch a damaged database.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../core/process/run-process';
import { ProcessFailed } from '../core/process/process-errors';

const repoRoot = resolve(__dirname, '../..');
let base: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'td-start-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Runs the headless entry until it exits; its exit code and what it printed on stderr. */
async function startHeadless(dataDir: string): Promise<{ exitCode: number | null; stderr: string }> {
  try {
    const result = await runProcess({
      command: process.execPath,
      args: ['--import', 'tsx', join(repoRoot, 'src-main/server/headless-main.ts'), '--data-dir', dataDir],
      cwd: repoRoot,
      // A guard for a regression that hangs (the old /proc loop): the test fails instead of waiting.
      timeoutMs: 60_000,
    });
    return { exitCode: result.exitCode, stderr: result.stderr };
  } catch (error) {
    if (error instanceof ProcessFailed) return { exitCode: error.exitCode, stderr: error.stderrTail };
    throw error;
  }
}

describe('headless start-up with an unusable data folder', { timeout: 90_000 }, () => {
  it('exits with a message for a folder under /proc (no endless mkdir)', async () => {
    const { exitCode, stderr } = await startHeadless('/proc/anything');
    expect(exitCode).toBe(1);
    expect(stderr).toContain('Trailerdeck cannot use /proc/anything as its data folder');
    expect(stderr).toContain('--data-dir');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits with a message when the data folder is a regular file', async () => {
    const file = join(base, 'a-file');
    writeFileSync(file, 'hello');
    const { exitCode, stderr } = await startHeadless(file);
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`${file} is a file, not a folder.`);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe('hello');
  });

  it('exits with where the damaged database is and how to move it aside, leaving its bytes as they were', async () => {
    const dataDir = join(base, 'corrupt');
    mkdirSync(dataDir, { mode: 0o700 });
    const db = join(dataDir, 'trailerdeck.db');
    const garbage = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 37 + 11) % 256));
    writeFileSync(db, garbage, { mode: 0o600 });

    const { exitCode, stderr } = await startHeadless(dataDir);

    expect(exitCode).toBe(1);
    expect(stderr).toContain(`${db} is damaged or not a Trailerdeck database`);
    expect(stderr).toContain(`mv '${db}' '${db}.broken'`);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(db).equals(garbage)).toBe(true);
  });
});
