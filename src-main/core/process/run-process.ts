// The only place that starts child processes (lint enforces it): every tool the app runs goes
// through runProcess, so cancelling, timeouts, decoding and quitting behave the same everywhere.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { LineSplitter, TailBuffer } from './output-buffers';
import {
  BinaryNotFound,
  ProcessAborted,
  ProcessFailed,
  ProcessOutputTooLarge,
  ProcessStartFailed,
  ProcessTimedOut,
  type ProcessError,
} from './process-errors';
import { messageOf } from '../errors';

export interface RunProcessOptions {
  command: string;
  /** Passed to the program as they are: never through a shell. */
  args: readonly string[];
  cwd?: string;
  /** Added to (and overriding) the app's own environment. */
  env?: Record<string, string | undefined>;
  signal?: AbortSignal;
  /** Stops the whole process tree after this long. No limit when omitted or 0. */
  timeoutMs?: number;
  /** Written to stdin, which is then closed. Without it the program gets no stdin at all. */
  input?: string | Uint8Array;
  /** Stops the process when stdout grows beyond this (default 16 MiB). */
  maxStdoutBytes?: number;
  /** How long a stopped process tree gets between SIGTERM and SIGKILL (default 3 s). */
  killGraceMs?: number;
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** The process id once started: the download queue records it to stop an orphan after a crash. */
  onSpawn?: (pid: number) => void;
}

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  /** The end of stderr (the last 64 KiB): enough for diagnostics, bounded for long runs. */
  stderr: string;
}

export type RunProcess = (options: RunProcessOptions) => Promise<ProcessResult>;

const isWindows = process.platform === 'win32';
const defaultMaxStdoutBytes = 16 * 1024 * 1024;
const stderrTailChars = 64 * 1024;
const stderrTailLines = 50;
const defaultKillGraceMs = 3000;

type StopReason = 'timeout' | 'abort' | 'quit' | 'output';

interface RunningProcess {
  stop(reason: StopReason, graceMs?: number): void;
  /** Settles when the process is gone and its promise has settled. */
  closed: Promise<void>;
}

const running = new Set<RunningProcess>();

/** A run that failed (not a cancel): what the log records about it. */
export interface ProcessFailure {
  command: string;
  args: readonly string[];
  error: ProcessError;
  stderrTail: string;
}

const failureListeners = new Set<(failure: ProcessFailure) => void>();

/** Tells `listener` about every failed run (the app's log); returns the unsubscribe function. */
export function onProcessFailure(listener: (failure: ProcessFailure) => void): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

function reportFailure(command: string, args: readonly string[], error: ProcessError): void {
  if (error instanceof ProcessAborted) return;
  const stderrTail = 'stderrTail' in error && typeof error.stderrTail === 'string' ? error.stderrTail : '';
  for (const listener of failureListeners) {
    try {
      listener({ command, args, error, stderrTail });
    } catch {
      // The log must never break a run.
    }
  }
}

/** Runs a program to completion: resolves on exit code 0, rejects with a ProcessError otherwise. */
export function runProcess(options: RunProcessOptions): Promise<ProcessResult> {
  const { command, signal } = options;
  if (signal?.aborted) {
    return Promise.reject(new ProcessAborted(command, undefined, { cause: signal.reason }));
  }
  if (options.cwd !== undefined && !existsSync(options.cwd)) {
    // Node reports a missing cwd as ENOENT, which would wrongly read as a missing program.
    return Promise.reject(new ProcessStartFailed(command, `the folder ${options.cwd} does not exist.`));
  }

  let child: ChildProcess;
  try {
    child = spawn(command, [...options.args], {
      cwd: options.cwd,
      env: options.env ? { ...process.env, ...options.env } : process.env,
      shell: false,
      windowsHide: true,
      // Its own process group on POSIX, so stopping it also stops what it started (ffmpeg under yt-dlp).
      detached: !isWindows,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
  } catch (error) {
    return Promise.reject(new ProcessStartFailed(command, messageOf(error), { cause: error }));
  }

  const maxStdoutBytes = options.maxStdoutBytes ?? defaultMaxStdoutBytes;
  const defaultGrace = options.killGraceMs ?? defaultKillGraceMs;
  let markClosed: () => void = () => {};
  const tracked: RunningProcess = { stop, closed: new Promise((resolve) => (markClosed = resolve)) };
  let stopReason: StopReason | null = null;
  let settled = false;
  let timeoutTimer: NodeJS.Timeout | undefined;

  function stop(reason: StopReason, graceMs = defaultGrace): void {
    if (stopReason !== null || settled) return;
    stopReason = reason;
    killTree(child, graceMs);
  }

  return new Promise<ProcessResult>((resolve, reject) => {
    running.add(tracked);
    const stdoutDecoder = new StringDecoder('utf8');
    const stderrDecoder = new StringDecoder('utf8');
    const stdoutLines = options.onStdoutLine ? new LineSplitter(options.onStdoutLine) : null;
    const stderrLines = options.onStderrLine ? new LineSplitter(options.onStderrLine) : null;
    const stderrTail = new TailBuffer(stderrTailChars);
    let stdout = '';
    let stdoutBytes = 0;

    const onAbort = (): void => stop('abort');
    signal?.addEventListener('abort', onAbort, { once: true });
    // Told only once the abort is listened to: a caller that stops the run from onSpawn is heard.
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    if (signal?.aborted) stop('abort');
    if (options.timeoutMs) timeoutTimer = setTimeout(() => stop('timeout'), options.timeoutMs);

    const finish = (error: ProcessError | null, result?: ProcessResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timeoutTimer);
      signal?.removeEventListener('abort', onAbort);
      running.delete(tracked);
      markClosed();
      if (error) reportFailure(command, options.args, error);
      if (error) reject(error);
      else if (result) resolve(result);
    };

    child.stdout?.on('data', (chunk: Buffer) => {
      if (stopReason !== null) return;
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdoutBytes) {
        stop('output');
        return;
      }
      const text = stdoutDecoder.write(chunk);
      stdout += text;
      stdoutLines?.push(text);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = stderrDecoder.write(chunk);
      stderrTail.push(text);
      stderrLines?.push(text);
    });
    if (options.input !== undefined && child.stdin) {
      // EPIPE when the program exits without reading its input: its exit code tells the story.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
    }

    child.on('error', (error: NodeJS.ErrnoException) => {
      if (child.pid !== undefined) return; // Errors after a successful start (e.g. kill) settle via 'close'.
      const startError =
        error.code === 'ENOENT' || error.code === 'EACCES'
          ? new BinaryNotFound(command, { cause: error })
          : new ProcessStartFailed(command, error.message, { cause: error });
      finish(startError);
    });

    child.on('close', (exitCode: number | null, exitSignal: NodeJS.Signals | null) => {
      const stdoutRest = stdoutDecoder.end();
      stdout += stdoutRest;
      if (stopReason === null) {
        stdoutLines?.push(stdoutRest);
        stdoutLines?.flush();
      }
      stderrLines?.push(stderrDecoder.end());
      stderrLines?.flush();
      const tail = stderrTail.lastLines(stderrTailLines);
      if (stopReason === 'timeout') finish(new ProcessTimedOut(command, options.timeoutMs ?? 0, tail));
      else if (stopReason === 'abort')
        finish(new ProcessAborted(command, undefined, { cause: signal?.reason }));
      else if (stopReason === 'quit') finish(new ProcessAborted(command, 'the app is quitting'));
      else if (stopReason === 'output') finish(new ProcessOutputTooLarge(command, maxStdoutBytes));
      else if (exitCode === 0) finish(null, { exitCode, stdout, stderr: stderrTail.value() });
      else finish(new ProcessFailed(command, exitCode, exitSignal, tail, stdout));
    });
  });
}

/** Stops every running child process tree; for app quit. Resolves once all of them are gone. */
export async function killAllProcesses(graceMs = 1500): Promise<void> {
  const all = [...running];
  for (const entry of all) entry.stop('quit', graceMs);
  await Promise.all(all.map((entry) => entry.closed));
}

/** How many child processes are running now (for diagnostics and tests). */
export function runningProcessCount(): number {
  return running.size;
}

function killTree(child: ChildProcess, graceMs: number): void {
  const pid = child.pid;
  if (pid === undefined) return;
  if (isWindows) {
    // taskkill /T is the only way to reach grandchildren on Windows; /F because console-less
    // programs ignore the polite request.
    runProcess({ command: 'taskkill', args: ['/pid', String(pid), '/T', '/F'], timeoutMs: 10_000 }).catch(
      () => child.kill(),
    );
    return;
  }
  signalGroup(pid, 'SIGTERM');
  // The group is signalled even if the leader has already exited: a grandchild may ignore SIGTERM.
  setTimeout(() => {
    signalGroup(pid, 'SIGKILL');
    // A process outside the group could still hold our pipes open; stop waiting for them.
    setTimeout(() => {
      child.stdout?.destroy();
      child.stderr?.destroy();
    }, 1000).unref();
  }, graceMs).unref();
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the whole group is already gone.
  }
}
