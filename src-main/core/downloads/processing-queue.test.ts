// The processing stage through the real queue: real yt-dlp from the loopback media server, real
// ffmpeg converting, real ffprobe checking, a real SQLite file. What a person sees: the trailer is
// filed in the codecs the profile asks for, its record says what was done, the Activity row shows
// the step, and holding or stopping a conversion keeps (or drops) the download as promised.
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeVideo } from '../../../e2e/support/media-fixtures';
import { startMediaServer, type MediaServer } from '../../../e2e/support/media-server';
import type { JobProgress } from '../../../src-preload/contract/downloads';
import type { ProcessingSettings } from '../../../src-preload/contract/processing';
import { runningProcessCount } from '../process/run-process';
import { openDownloadApp, type DownloadApp } from './download-test-kit';

let served: string;
let server: MediaServer;
let app: DownloadApp;
const heat = 'Heat (1995)';

beforeAll(async () => {
  served = mkdtempSync(join(tmpdir(), 'trailerdeck processing '));
  // VP9/Opus as YouTube serves it: short for the conversion test, longer (still converting when
  // the test holds or stops it) for the others.
  makeVideo(join(served, 'short.webm'), { width: 320, height: 180, duration: 2 });
  makeVideo(join(served, 'long.webm'), { width: 1280, height: 720, duration: 12 });
  server = await startMediaServer(served);
});
afterAll(async () => {
  await server.close();
  rmSync(served, { recursive: true, force: true });
});
beforeEach(async () => {
  app = await openDownloadApp();
});
afterEach(() => app.close());

const jobsDir = () => join(app.dir, 'data', 'downloads');
const leftovers = () => (existsSync(jobsDir()) ? readdirSync(jobsDir()) : []);
const fetches = (file: string) => server.requests.filter((r) => r.path === `/media/${file}`).length;

async function processWith(processing: Partial<ProcessingSettings>): Promise<void> {
  const profile = (await app.call('profiles:list')).find((p) => p.isDefault)!;
  await app.call('profiles:update', { id: profile.id, processing: { ...profile.processing, ...processing } });
}

/** Polls the progress feed (what the Activity row shows) until the job is converting. */
async function whenConverting(jobId: number): Promise<JobProgress> {
  for (;;) {
    const progress = (await app.call('downloads:progress')).find((p) => p.jobId === jobId);
    if (progress?.step === 'converting' && (progress.percent ?? 0) > 0) return progress;
    const job = app.core.downloads.store.get(jobId);
    if (job.status === 'completed' || job.status === 'failed') throw new Error(`job ended: ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A stand-in ffmpeg (the one fake here, as a failing encoder cannot be had on demand): it runs the
 * real ffmpeg, except that while `failFlag` exists an encode to H.264 exits 1 as a broken encoder
 * would. yt-dlp's own remux and the analysis go through to the real one.
 */
function failingFfmpeg(folder: string, failFlag: string): string {
  const path = join(folder, 'ffmpeg');
  writeFileSync(
    path,
    `#!/usr/bin/env node
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const args = process.argv.slice(2);
if (existsSync(${JSON.stringify(failFlag)}) && args.includes('libx264')) {
  process.stderr.write('[libx264 @ 0x0] broken encoder (stand-in)\\nConversion failed!\\n');
  process.exit(1);
}
process.exit(spawnSync('/usr/bin/ffmpeg', args, { stdio: 'inherit' }).status ?? 1);
`,
  );
  chmodSync(path, 0o755);
  return path;
}

describe('the processing stage', () => {
  it('files a VP9/Opus download as H.264/AAC when the profile wants compatibility, and records it', async () => {
    await processWith({ compatibility: true });
    const job = await app.call('downloads:enqueue', {
      mediaId: app.mediaId(heat),
      source: server.url('/media/short.webm'),
    });
    const done = await app.waitFor(job.id, ['completed', 'failed']);
    expect(done).toMatchObject({ status: 'completed', errorCode: null });
    expect(readdirSync(app.folder(heat)).sort()).toEqual(['Heat (1995)-trailer.mkv', 'Heat (1995).mkv']);

    const [trailer] = await app.call('media:trailers', { mediaId: app.mediaId(heat) });
    expect(trailer).toMatchObject({
      videoFormat: 'h264',
      audioFormat: 'aac',
      resolution: '180p',
      processing: {
        originalVideoFormat: 'vp9',
        originalAudioFormat: 'opus',
        encoder: 'libx264',
        pictureWidth: 320,
        pictureHeight: 180,
      },
    });
    expect(leftovers()).toEqual([]);
  });

  it('leaves a download in the wanted codecs as it came, with its picture and loudness measured', async () => {
    const job = await app.call('downloads:enqueue', {
      mediaId: app.mediaId(heat),
      source: server.url('/media/short.webm'),
    });
    expect((await app.waitFor(job.id, ['completed', 'failed'])).status).toBe('completed');
    const [trailer] = await app.call('media:trailers', { mediaId: app.mediaId(heat) });
    expect(trailer).toMatchObject({
      videoFormat: 'vp9',
      processing: { originalVideoFormat: null, encoder: null, trimmedSeconds: null, pictureWidth: 320 },
    });
    // The fixture's 440 Hz sine at ffmpeg's default amplitude (1/8) is about -21.8 LUFS.
    expect(trailer!.processing.loudness).toBeCloseTo(-21.8, 0);
    expect(trailer!.processing.originalLoudness).toBe(trailer!.processing.loudness);
  });

  it('shows the conversion in the Activity row, holds it with the download kept, and converts again on resume', async () => {
    await processWith({ compatibility: true });
    const job = await app.call('downloads:enqueue', {
      mediaId: app.mediaId(heat),
      source: server.url('/media/long.webm'),
    });
    const progress = await whenConverting(job.id);
    expect(progress).toMatchObject({ phase: 'processing', step: 'converting' });
    expect(app.core.downloads.store.get(job.id).status).toBe('processing');

    const paused = await app.call('downloads:pause', { jobId: job.id });
    expect(paused.status).toBe('paused');
    expect(runningProcessCount()).toBe(0);
    // The download is kept; no half-converted file is left in the job's folder or the library.
    const jobDir = join(jobsDir(), `job-${job.id}`);
    expect(readdirSync(join(jobDir, 'done'))).toEqual(['trailer.mkv']);
    expect(existsSync(join(jobDir, 'processed')) ? readdirSync(join(jobDir, 'processed')) : []).toEqual([]);
    expect(readdirSync(app.folder(heat))).toEqual(['Heat (1995).mkv']);

    const fetched = fetches('long.webm');
    await app.call('downloads:resume', { jobId: job.id });
    const done = await app.waitFor(job.id, ['completed', 'failed']);
    expect(done.status).toBe('completed');
    expect(fetches('long.webm')).toBe(fetched);
    const [trailer] = await app.call('media:trailers', { mediaId: app.mediaId(heat) });
    expect(trailer).toMatchObject({ videoFormat: 'h264', resolution: '720p' });
    expect(leftovers()).toEqual([]);
  });

  it('cancels a conversion: ffmpeg stops and nothing of the job is left', async () => {
    await processWith({ compatibility: true });
    const job = await app.call('downloads:enqueue', {
      mediaId: app.mediaId(heat),
      source: server.url('/media/long.webm'),
    });
    await whenConverting(job.id);
    const cancelled = await app.call('downloads:cancel', { jobId: job.id });
    expect(cancelled.status).toBe('cancelled');
    expect(runningProcessCount()).toBe(0);
    expect(leftovers()).toEqual([]);
    expect(readdirSync(app.folder(heat))).toEqual(['Heat (1995).mkv']);
  });

  it('fails a conversion that breaks as PROCESSING_FAILED, keeps the download, and Retry converts without fetching again', async () => {
    await app.close();
    const tools = mkdtempSync(join(tmpdir(), 'trailerdeck stand-in ffmpeg '));
    const failFlag = join(tools, 'fail');
    writeFileSync(failFlag, '');
    app = await openDownloadApp({ ffmpegLocation: failingFfmpeg(tools, failFlag) });
    try {
      await processWith({ compatibility: true });
      const job = await app.call('downloads:enqueue', {
        mediaId: app.mediaId(heat),
        source: server.url('/media/short.webm'),
      });
      const failed = await app.waitFor(job.id, ['completed', 'failed']);
      expect(failed).toMatchObject({ status: 'failed', errorCode: 'PROCESSING_FAILED' });
      expect(failed.errorMessage).toMatch(/broken encoder/);
      expect(readdirSync(app.folder(heat))).toEqual(['Heat (1995).mkv']);
      expect(readdirSync(join(jobsDir(), `job-${job.id}`, 'done'))).toEqual(['trailer.mkv']);

      unlinkSync(failFlag);
      const fetched = fetches('short.webm');
      await app.call('downloads:retry', { jobId: job.id });
      const done = await app.waitFor(job.id, ['completed', 'failed']);
      expect(done.status).toBe('completed');
      expect(fetches('short.webm')).toBe(fetched);
      const [trailer] = await app.call('media:trailers', { mediaId: app.mediaId(heat) });
      expect(trailer).toMatchObject({ videoFormat: 'h264', processing: { originalVideoFormat: 'vp9' } });
    } finally {
      rmSync(tools, { recursive: true, force: true });
    }
  });
});
