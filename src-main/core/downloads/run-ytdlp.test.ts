// Real yt-dlp (Debian's 2023.03.04) against the loopback media server: no network, no mocks.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDownloadMedia, type DownloadMedia } from '../../../e2e/support/download-media';
import { startMediaServer, type MediaServer } from '../../../e2e/support/media-server';
import { createProbe } from '../probe/probe-file';
import { ProcessAborted } from '../process/process-errors';
import { runningProcessCount } from '../process/run-process';
import { bundledFfprobePath } from '../tools/ffprobe-path';
import { DownloadFailed, runYtdlp, type RunYtdlpOptions } from './run-ytdlp';
import type { FormatPreferences } from './ytdlp-args';
import type { DownloadProgress } from './ytdlp-progress';

const root = mkdtempSync(join(tmpdir(), 'trailerdeck ytdlp '));
const probe = createProbe({ ffprobePath: bundledFfprobePath() });
const anyFormat: FormatPreferences = {
  maxHeight: null,
  videoCodec: 'any',
  audioCodec: 'any',
  container: 'mp4',
};
let media: DownloadMedia;
let server: MediaServer;
let jobCount = 0;

beforeAll(async () => {
  media = makeDownloadMedia(join(root, 'served'));
  server = await startMediaServer(join(root, 'served'));
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A fresh temp and output folder per job, the way the queue will give them. */
function job(path: string, extra: Partial<RunYtdlpOptions> = {}): RunYtdlpOptions {
  jobCount += 1;
  const dir = join(root, `job ${jobCount}`);
  return {
    ytdlpPath: 'yt-dlp',
    url: server.url(path),
    format: anyFormat,
    tempDir: join(dir, 'tmp'),
    outputDir: join(dir, 'out'),
    fileStem: 'trailer',
    retries: 0,
    ...extra,
  };
}

async function failureOf(promise: Promise<unknown>): Promise<DownloadFailed> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DownloadFailed);
  return error as DownloadFailed;
}

function servedSize(file: string): number {
  return statSync(join(root, 'served', file)).size;
}

describe('runYtdlp', () => {
  it('downloads an mp4 with progress, to the named file in the output folder', async () => {
    const progress: DownloadProgress[] = [];
    const options = job(`/media/${media.mp4}`, {
      fileStem: 'Amélie 100% “🎬”',
      onProgress: (p) => progress.push(p),
    });
    const { finalPath } = await runYtdlp(options);

    expect(finalPath).toBe(join(options.outputDir, 'Amélie 100% “🎬”.mp4'));
    expect(statSync(finalPath).size).toBe(servedSize(media.mp4));
    expect(readFileSync(finalPath).equals(readFileSync(join(root, 'served', media.mp4)))).toBe(true);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[0]).toMatchObject({ status: 'downloading', totalBytes: servedSize(media.mp4) });
    expect(progress.at(-1)).toMatchObject({
      status: 'finished',
      percent: 100,
      downloadedBytes: servedSize(media.mp4),
    });
    expect(readdirSync(options.tempDir)).toEqual([]);
  });

  it('finds the video of a web page (og:video) and remuxes a webm into the profile container', async () => {
    const options = job(`/page/${media.webm}`, {
      format: { ...anyFormat, container: 'mkv' },
      ffmpegLocation: '/usr/bin/ffmpeg',
    });
    const { finalPath } = await runYtdlp(options);
    expect(finalPath).toBe(join(options.outputDir, 'trailer.mkv'));
    expect(await probe(finalPath)).toMatchObject({
      fileFormat: 'mkv',
      videoFormat: 'vp9',
      audioFormat: 'opus',
    });
  });

  it.each([
    [240, 240],
    [480, 480],
    [360, 240],
  ])('picks the HLS rendition that fits a maximum height of %i', async (maxHeight, expected) => {
    const progress: DownloadProgress[] = [];
    const options = job(`/media/${media.hlsMaster}`, {
      format: { ...anyFormat, maxHeight },
      onProgress: (p) => progress.push(p),
    });
    const { finalPath } = await runYtdlp(options);
    const probed = await probe(finalPath);
    expect(probed.height).toBe(expected);
    expect(probed.streamCounts).toMatchObject({ video: 1, audio: 1 });
    expect(progress.some((p) => p.fragmentCount === 2 && p.totalIsEstimate)).toBe(true);
  });

  it('fails at once and for good on a 404', async () => {
    const failure = await failureOf(runYtdlp(job(`/status/404/${media.mp4}`)));
    expect(failure).toMatchObject({ code: 'NOT_FOUND', transient: false });
    expect(failure.stderrTail).toContain('HTTP Error 404: Not Found');
  });

  it.each([
    [503, 'SERVER_ERROR'],
    [429, 'RATE_LIMITED'],
  ])('fails as transient on a %i, and a later run completes', async (status, code) => {
    const options = job(`/fail-first/1/${status}/${media.mp4}`);
    const failure = await failureOf(runYtdlp(options));
    expect(failure).toMatchObject({ code, transient: true });
    const { finalPath } = await runYtdlp(options);
    expect(statSync(finalPath).size).toBe(servedSize(media.mp4));
  });

  it('reports a page without any video as an unsupported address', async () => {
    const failure = await failureOf(runYtdlp(job('/empty-page')));
    expect(failure).toMatchObject({ code: 'UNSUPPORTED_URL', transient: false });
  });

  it('fails as transient on a truncated transfer and leaves no finished file', async () => {
    const options = job(`/truncated/100000/${media.mp4}`);
    const failure = await failureOf(runYtdlp(options));
    expect(failure).toMatchObject({ code: 'INCOMPLETE', transient: true });
    expect(existsSync(options.outputDir) ? readdirSync(options.outputDir) : []).toEqual([]);
  });

  it('resumes a dropped download from where it stopped', async () => {
    const path = `/drop-after/300000/${media.mp4}`;
    const options = job(path);
    const first = await failureOf(runYtdlp(options));
    expect(first.transient).toBe(true);
    expect(['INCOMPLETE', 'CONNECTION_FAILED']).toContain(first.code);
    expect(statSync(join(options.tempDir, 'trailer.mp4.part')).size).toBe(300000);

    const { finalPath } = await runYtdlp(options);
    expect(readFileSync(finalPath).equals(readFileSync(join(root, 'served', media.mp4)))).toBe(true);
    const ranges = server.requests.filter((r) => r.path === path).map((r) => r.range);
    expect(ranges).toContain('bytes=300000-');
  });

  it('stops yt-dlp when aborted mid-download and leaves no process behind', async () => {
    const controller = new AbortController();
    const options = job(`/slow/100000/${media.mp4}`, {
      onProgress: (p) => {
        if (p.downloadedBytes > 20_000) controller.abort();
      },
      signal: controller.signal,
    });
    const before = runningProcessCount();
    await expect(runYtdlp(options)).rejects.toBeInstanceOf(ProcessAborted);
    expect(runningProcessCount()).toBe(before);
    expect(processesMentioning(options.tempDir)).toEqual([]);
    expect(existsSync(join(options.outputDir, 'trailer.mp4'))).toBe(false);
  });
});

/** Pids of processes whose command line contains `text` (Linux /proc), to see that none survived. */
function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}
