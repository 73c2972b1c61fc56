// Starts the real headless app (out/main/headless.cjs) on its own port and data dir for one test.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface HeadlessApp {
  /** The printed address, token included. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  output: () => string;
  /** The app process id. */
  pid: number;
  stop(): Promise<void>;
  /** Kills the app with SIGKILL, as a crash or a power cut would: no clean-up runs. */
  crash(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface HeadlessAppOptions {
  dataDir?: string;
  extraArgs?: string[];
  /** Added to the app's environment (which it hands to the yt-dlp it runs). */
  env?: Record<string, string>;
}

export async function startHeadlessApp(options: HeadlessAppOptions = {}): Promise<HeadlessApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'td-e2e-data-'));
  const child = spawn(
    process.execPath,
    [
      join(repoRoot, 'out/main/headless.cjs'),
      '--port',
      '0',
      '--data-dir',
      dataDir,
      ...(options.extraArgs ?? []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } },
  );
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const url = await waitForUrl(child, () => output);
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dataDir,
    output: () => output,
    pid: child.pid ?? 0,
    async crash() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolvePromise) => child.once('exit', resolvePromise));
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      await stopChild(child);
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`headless app did not start:\n${output()}`)), 20_000);
    const check = () => {
      const match = /Trailerdeck listening on (http:\/\/\S+)/.exec(output());
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`headless app exited with ${code}:\n${output()}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}
