// Installs or updates the managed yt-dlp in the app's data folder (never the install folder): the
// platform's official build, checked against the release's SHA2-256SUMS, made executable, proven
// to run, and only then swapped in. The copy it replaces is kept as `.previous`; on any failure
// the current copy stays as it was and nothing half-downloaded is left.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { InstallProgress } from '../../../src-preload/contract/tools';
import type { RunProcess } from '../process/run-process';
import { toolVersion } from './tool-version';
import { checksumFor, checksumsFileName, managedFileName, releaseAssetName } from './ytdlp-release';
import { messageOf } from '../errors';

export class InstallFailed extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InstallFailed';
  }
}

export interface InstallOptions {
  baseUrl: string;
  /** The folder of the managed copy (inside the app's data folder). */
  managedDir: string;
  runProcess: RunProcess;
  fetch?: typeof fetch;
  onProgress?: (progress: InstallProgress) => void;
  signal?: AbortSignal;
  platform?: NodeJS.Platform;
  arch?: string;
}

export interface Installed {
  path: string;
  version: string;
}

export async function installYtdlp(options: InstallOptions): Promise<Installed> {
  const doFetch = options.fetch ?? fetch;
  const asset = releaseAssetName(options.platform, options.arch);
  if (!asset) {
    throw new InstallFailed(
      `There is no standalone yt-dlp for ${options.platform ?? process.platform} ${options.arch ?? process.arch}. Install it with your package manager and set its path in Settings.`,
    );
  }
  const base = options.baseUrl.replace(/\/+$/, '');
  const sums = await fetchText(doFetch, `${base}/${checksumsFileName}`, options.signal);
  const expected = checksumFor(sums, asset);
  if (!expected) throw new InstallFailed(`The release's ${checksumsFileName} does not list ${asset}.`);

  await mkdir(options.managedDir, { recursive: true });
  const target = join(options.managedDir, managedFileName(options.platform));
  const download = `${target}.download`;
  try {
    const actual = await downloadTo(doFetch, `${base}/${asset}`, download, options);
    options.onProgress?.({ receivedBytes: 0, totalBytes: null, phase: 'verifying', message: null });
    if (actual !== expected) {
      throw new InstallFailed(
        `The downloaded yt-dlp does not match the release's checksum (expected ${expected.slice(0, 12)}…, got ${actual.slice(0, 12)}…). It was not installed.`,
      );
    }
    await chmod(download, 0o755);
    const { version, problem } = await toolVersion('ytdlp', download, options.runProcess);
    if (!version) throw new InstallFailed(`The downloaded yt-dlp does not run: ${problem ?? 'no version'}.`);
    // The new copy works: keep the old one as .previous, then put the new one in its place.
    await rename(target, `${target}.previous`).catch((error: NodeJS.ErrnoException) => {
      // A first install has no copy to keep.
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(download, target);
    options.onProgress?.({ receivedBytes: 0, totalBytes: null, phase: 'done', message: version });
    return { path: target, version };
  } catch (error) {
    await rm(download, { force: true });
    const message =
      error instanceof InstallFailed ? error.message : `Downloading yt-dlp failed: ${messageOf(error)}`;
    options.onProgress?.({ receivedBytes: 0, totalBytes: null, phase: 'failed', message });
    throw error instanceof InstallFailed ? error : new InstallFailed(message, { cause: error });
  }
}

/** Whether the release's build differs from the managed copy (compared by checksum). */
export async function releaseDiffers(options: InstallOptions, current: string): Promise<boolean> {
  const asset = releaseAssetName(options.platform, options.arch);
  if (!asset) return false;
  const sums = await fetchText(
    options.fetch ?? fetch,
    `${options.baseUrl.replace(/\/+$/, '')}/${checksumsFileName}`,
    options.signal,
  );
  const expected = checksumFor(sums, asset);
  return expected !== null && expected !== (await sha256File(current));
}

async function fetchText(doFetch: typeof fetch, url: string, signal?: AbortSignal): Promise<string> {
  const response = await doFetch(url, { signal: signal ?? AbortSignal.timeout(30_000), redirect: 'follow' });
  if (!response.ok) throw new InstallFailed(`The release server answered ${response.status} for ${url}.`);
  return response.text();
}

async function downloadTo(
  doFetch: typeof fetch,
  url: string,
  file: string,
  options: InstallOptions,
): Promise<string> {
  const response = await doFetch(url, { signal: options.signal, redirect: 'follow' });
  if (!response.ok || !response.body)
    throw new InstallFailed(`The release server answered ${response.status} for ${url}.`);
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  const hash = createHash('sha256');
  let received = 0;
  let lastReport = 0;
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    received += chunk.length;
    const now = Date.now();
    if (now - lastReport > 200) {
      lastReport = now;
      options.onProgress?.({
        receivedBytes: received,
        totalBytes: total,
        phase: 'downloading',
        message: null,
      });
    }
  });
  await pipeline(body, createWriteStream(file, { mode: 0o600 }));
  if (total !== null && received !== total) {
    throw new InstallFailed(
      `The download of yt-dlp stopped early (${received} of ${total} bytes). It was not installed.`,
    );
  }
  return hash.digest('hex');
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}
