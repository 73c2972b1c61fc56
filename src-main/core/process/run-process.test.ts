import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killAllProcesses, runProcess, runningProcessCount } from './run-process';
import {
  BinaryNotFound,
  ProcessAborted,
  ProcessFailed,
  ProcessOutputTooLarge,
  ProcessStartFailed,
  ProcessTimedOut,
} from './process-errors';

const node = process.execPath;
const posix = process.platform !== 'win32';
const tempDir = mkdtempSync(join(tmpdir(), 'trailerdeck-process-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

function nodeScript(code: string, extra: { timeoutMs?: number; signal?: AbortSignal } = {}) {
  return runProcess({ command: node, args: ['-e', code], ...extra });
}

/** Alive and not a zombie: an orphan may wait a while for a reaper that never comes in containers. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!existsSync('/proc/self')) return true; // No procfs (macOS): trust kill(pid, 0).
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, withinMs = 3000): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return !isAlive(pid);
}

describe('runProcess', () => {
  it('resolves with stdout and exit code 0', async () => {
    const result = await nodeScript('process.stdout.write("hello"); process.stderr.write("note")');
    expect(result).toEqual({ exitCode: 0, stdout: 'hello', stderr: 'note' });
  });

  it('rejects a non-zero exit with the exit code and the last stderr lines', async () => {
    const code =
      'for (let i = 1; i <= 200; i++) console.error("line " + i); console.log("partial"); process.exit(3)';
    const error = await nodeScript(code).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProcessFailed);
    const failed = error as ProcessFailed;
    expect(failed.code).toBe('PROCESS_FAILED');
    expect(failed.exitCode).toBe(3);
    expect(failed.stdout).toBe('partial\n');
    const tail = failed.stderrTail.split('\n');
    expect(tail).toHaveLength(50);
    expect(tail[0]).toBe('line 151');
    expect(tail[49]).toBe('line 200');
    expect(failed.message).toContain('exited with code 3: line 200');
  });

  it('keeps only the end of a long stderr', async () => {
    const code =
      'for (let i = 0; i < 20000; i++) process.stderr.write("noise line " + i + "\\n"); process.stderr.write("the end")';
    const result = await nodeScript(code);
    expect(result.stderr.length).toBeLessThanOrEqual(64 * 1024);
    expect(result.stderr.endsWith('noise line 19999\nthe end')).toBe(true);
  });

  it('decodes a multi-byte character split across two writes', async () => {
    // "€" is e2 82 ac; the pause makes the two halves arrive as separate chunks.
    const code =
      'process.stdout.write(Buffer.from([0xe2])); setTimeout(() => process.stdout.write(Buffer.from([0x82, 0xac, 0x0a])), 100)';
    const lines: string[] = [];
    const result = await runProcess({
      command: node,
      args: ['-e', code],
      onStdoutLine: (l) => lines.push(l),
    });
    expect(result.stdout).toBe('€\n');
    expect(lines).toEqual(['€']);
  });

  it('reports lines across chunk boundaries, \\r\\n endings and a final line without newline', async () => {
    const code = [
      'const w = (s) => new Promise((r) => process.stdout.write(s, () => setTimeout(r, 50)));',
      '(async () => { await w("first\\r"); await w("\\nsec"); await w("ond\\nthird\\n\\nlast"); })()',
    ].join('\n');
    const lines: string[] = [];
    await runProcess({ command: node, args: ['-e', code], onStdoutLine: (l) => lines.push(l) });
    expect(lines).toEqual(['first', 'second', 'third', '', 'last']);
  });

  it('reports stderr lines as they come', async () => {
    const lines: string[] = [];
    await runProcess({
      command: node,
      args: ['-e', 'console.error("one"); console.error("två")'],
      onStderrLine: (l) => lines.push(l),
    });
    expect(lines).toEqual(['one', 'två']);
  });

  it('passes arguments unchanged, without a shell', async () => {
    const args = [
      'with space',
      'double"quote',
      "single'quote",
      '%PATH%',
      '$HOME',
      '`id`',
      '*',
      'a;b|c&d>e',
      '😀 emoji',
      'Привет 日本語 עברית',
      '-leading-dash',
      '',
    ];
    const result = await runProcess({
      command: node,
      args: ['-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', ...args],
    });
    expect(JSON.parse(result.stdout)).toEqual(args);
  });

  it('writes input to stdin', async () => {
    const result = await runProcess({
      command: node,
      args: ['-e', 'process.stdin.pipe(process.stdout)'],
      input: 'héllo\nwörld',
    });
    expect(result.stdout).toBe('héllo\nwörld');
  });

  it('uses the working folder and extra environment variables', async () => {
    const result = await runProcess({
      command: node,
      args: [
        '-e',
        'process.stdout.write(process.cwd() + "|" + process.env.TRAILERDECK_TEST + "|" + typeof process.env.PATH)',
      ],
      cwd: tempDir,
      env: { TRAILERDECK_TEST: 'yes ✓' },
    });
    expect(result.stdout).toBe(`${tempDir}|yes ✓|string`);
  });

  it('rejects a missing program with BinaryNotFound naming it', async () => {
    const error = await runProcess({ command: 'trailerdeck-no-such-program', args: [] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BinaryNotFound);
    expect((error as BinaryNotFound).code).toBe('BINARY_NOT_FOUND');
    expect((error as BinaryNotFound).command).toBe('trailerdeck-no-such-program');
    expect((error as Error).message).toContain('trailerdeck-no-such-program');
  });

  it('does not blame the program when the working folder is missing', async () => {
    const error = await runProcess({ command: node, args: ['-e', ''], cwd: join(tempDir, 'nope') }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProcessStartFailed);
  });

  it('stops a process whose stdout exceeds the limit', async () => {
    const code = 'const s = "x".repeat(65536); (function go() { process.stdout.write(s, go); })()';
    const error = await runProcess({ command: node, args: ['-e', code], maxStdoutBytes: 100_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProcessOutputTooLarge);
    expect(runningProcessCount()).toBe(0);
  });

  it.runIf(posix)('on timeout, stops the process and the grandchild it started', async () => {
    let grandchild = 0;
    const started = Date.now();
    const error = await runProcess({
      command: 'sh',
      args: ['-c', 'sleep 30 & echo $!; wait'],
      timeoutMs: 500,
      onStdoutLine: (line) => (grandchild = Number(line)),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProcessTimedOut);
    expect((error as ProcessTimedOut).code).toBe('PROCESS_TIMED_OUT');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(grandchild).toBeGreaterThan(0);
    expect(await waitUntilGone(grandchild)).toBe(true);
  });

  it.runIf(posix)('kills with SIGKILL a process tree that ignores SIGTERM', async () => {
    let grandchild = 0;
    const started = Date.now();
    const error = await runProcess({
      command: 'sh',
      args: ['-c', 'trap "" TERM; sleep 30 & echo $!; wait'],
      timeoutMs: 300,
      killGraceMs: 300,
      onStdoutLine: (line) => (grandchild = Number(line)),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProcessTimedOut);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await waitUntilGone(grandchild)).toBe(true);
  });

  it('stops the process when the signal aborts', async () => {
    const controller = new AbortController();
    const promise = runProcess({
      command: node,
      args: ['-e', 'console.log("ready"); setInterval(() => {}, 1000)'],
      signal: controller.signal,
      onStdoutLine: () => controller.abort(),
    });
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProcessAborted);
    expect((error as ProcessAborted).code).toBe('PROCESS_ABORTED');
    expect(runningProcessCount()).toBe(0);
  });

  it('stops the process when the signal aborts from onSpawn (a stop asked the moment it starts)', async () => {
    const controller = new AbortController();
    let pid = 0;
    const error = await runProcess({
      command: node,
      args: ['-e', 'setInterval(() => {}, 1000)'],
      signal: controller.signal,
      timeoutMs: 20_000,
      onSpawn: (spawned) => {
        pid = spawned;
        controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProcessAborted);
    expect(await waitUntilGone(pid)).toBe(true);
  });

  it('does not start anything when the signal is already aborted', async () => {
    const marker = join(tempDir, 'should-not-exist');
    const error = await runProcess({
      command: node,
      args: ['-e', `require("fs").writeFileSync(${JSON.stringify(marker)}, "")`],
      signal: AbortSignal.abort(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProcessAborted);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(() => readFileSync(marker)).toThrow();
  });

  it('killAllProcesses stops every running process', async () => {
    const forever = 'console.log("ready"); setInterval(() => {}, 1000)';
    let ready = 0;
    const promises = [1, 2].map(() =>
      runProcess({ command: node, args: ['-e', forever], onStdoutLine: () => ready++ }).catch(
        (e: unknown) => e,
      ),
    );
    while (ready < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runningProcessCount()).toBe(2);
    await killAllProcesses();
    expect(runningProcessCount()).toBe(0);
    for (const error of await Promise.all(promises)) {
      expect(error).toBeInstanceOf(ProcessAborted);
      expect((error as Error).message).toContain('quitting');
    }
  });
});
