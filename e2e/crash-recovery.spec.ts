// Crash test: the app process is killed (SIGKILL, no clean-up) while downloads run. On the next
// start every job completes exactly once, partial files are continued, nothing is left over, and
// the database is intact.
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import type { JobProgress } from '../src-preload/contract/downloads';
import type { TrailerFile } from '../src-preload/contract/models';
import type { TrailerProfile } from '../src-preload/contract/profiles';
import { addRootAndWait, type ApiClient, connectApi, listJobs, listTitles } from './support/api-client';
import { makeDownloadMedia } from './support/download-media';
import { makeVideo } from './support/media-fixtures';
import { startHeadlessApp, type HeadlessApp } from './support/headless-app';
import { startMediaServer, type MediaServer } from './support/media-server';

const titles = ['Heat (1995)', 'Alien (1979)', 'Arrival (2016)'];

let root: string;
let server: MediaServer;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'td-crash-'));
  makeDownloadMedia(join(root, 'served'));
  server = await startMediaServer(join(root, 'served'));
});
test.afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Process ids of the ffmpeg runs working in `dir` (Linux: read from /proc). */
function ffmpegsIn(dir: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let commandLine: string;
    try {
      commandLine = readFileSync(`/proc/${name}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const [program = ''] = commandLine.split('\0');
    if (program.endsWith('ffmpeg') && commandLine.includes(dir)) pids.push(Number(name));
  }
  return pids;
}

async function waitUntil<T>(check: () => Promise<T | null>, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('every job completes exactly once after the app is killed mid-download', async () => {
  test.setTimeout(120_000);
  const movies = join(root, 'Movies');
  for (const title of titles) {
    mkdirSync(join(movies, title), { recursive: true });
    writeFileSync(join(movies, title, `${title}.mkv`), '');
  }
  const dataDir = join(root, 'data');
  let app: HeadlessApp = await startHeadlessApp({ dataDir });
  let api: ApiClient = await connectApi(app);
  try {
    await addRootAndWait(api, movies);
    const profile = (await api.call<TrailerProfile[]>('profiles:list')).find((p) => p.isDefault)!;
    await api.call('profiles:update', { id: profile.id, minDurationSeconds: null, maxDurationSeconds: null });
    await api.call('downloads:updateSettings', { concurrency: 2 });
    const media = await listTitles(api);
    const url = server.url('/slow/200000/video.mp4');
    for (const item of media) await api.call('downloads:enqueue', { mediaId: item.id, source: url });

    // Two downloads well under way (the third waits for a slot), then the plug is pulled.
    await waitUntil(async () => {
      const progress = await api.call<JobProgress[]>('downloads:progress');
      return progress.filter((p) => p.downloadedBytes > 40_000).length >= 2 ? true : null;
    });
    api.close();
    await app.crash();

    app = await startHeadlessApp({ dataDir });
    api = await connectApi(app);
    const jobs = await waitUntil(async () => {
      const all = await listJobs(api);
      return all.every((j) => j.status === 'completed' || j.status === 'failed') ? all : null;
    });
    expect(jobs.map((j) => `${j.status} ${j.errorMessage ?? ''}`.trim())).toEqual([
      'completed',
      'completed',
      'completed',
    ]);

    // Exactly one trailer per title, on disk and in the database.
    for (const title of titles) {
      expect(readdirSync(join(movies, title)).sort()).toEqual(
        [`${title}-trailer.mkv`, `${title}.mkv`].sort(),
      );
    }
    for (const item of media) {
      const trailers = await api.call<unknown[]>('media:trailers', { mediaId: item.id });
      expect(trailers).toHaveLength(1);
    }
    // The interrupted downloads continued their partial files rather than starting over.
    const resumed = server.requests.filter(
      (r) => r.path === '/slow/200000/video.mp4' && /^bytes=[1-9]/.test(r.range ?? ''),
    );
    expect(resumed.length).toBeGreaterThanOrEqual(1);
  } finally {
    api.close();
    await app.stop();
  }
  // No orphaned temp files, and the database survived the kill.
  expect(readdirSync(join(dataDir, 'downloads'))).toEqual([]);
  const db = new Database(join(dataDir, 'trailerdeck.db'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM download').pluck().get()).toBe(3);
  } finally {
    db.close();
  }
});

test('a job killed while converting converts again at the next start and files one verified file', async () => {
  test.setTimeout(180_000);
  const movies = join(root, 'Processing');
  const title = 'Dune (2021)';
  mkdirSync(join(movies, title), { recursive: true });
  writeFileSync(join(movies, title, `${title}.mkv`), '');
  // VP9/Opus, long enough at 720p that the conversion to H.264 is still running when the plug is pulled.
  makeVideo(join(root, 'served', 'vp9-trailer.webm'), { width: 1280, height: 720, duration: 20 });
  const dataDir = join(root, 'data-processing');
  let app: HeadlessApp = await startHeadlessApp({ dataDir });
  let api: ApiClient = await connectApi(app);
  const url = server.url('/media/vp9-trailer.webm');
  const fetches = () => server.requests.filter((r) => r.path === '/media/vp9-trailer.webm').length;
  let fetchedBeforeCrash = 0;
  try {
    await addRootAndWait(api, movies);
    const profile = (await api.call<TrailerProfile[]>('profiles:list')).find((p) => p.isDefault)!;
    await api.call('profiles:update', {
      id: profile.id,
      minDurationSeconds: null,
      maxDurationSeconds: null,
      processing: { ...profile.processing, compatibility: true },
    });
    const [media] = await listTitles(api);
    await api.call('downloads:enqueue', { mediaId: media!.id, source: url });

    await waitUntil(async () => {
      const progress = await api.call<JobProgress[]>('downloads:progress');
      if (progress.some((p) => p.step === 'converting' && (p.percent ?? 0) > 0)) return true;
      const [job] = await listJobs(api);
      if (job && ['completed', 'failed'].includes(job.status)) {
        throw new Error(`the job ended before the crash: ${job.status} ${job.errorMessage ?? ''}`);
      }
      return null;
    }, 90_000);
    fetchedBeforeCrash = fetches();
    const converting = ffmpegsIn(dataDir);
    expect(converting.length).toBeGreaterThan(0);
    api.close();
    await app.crash();

    app = await startHeadlessApp({ dataDir });
    api = await connectApi(app);
    // The ffmpeg the killed app left is stopped by the start-up recovery, before the queue runs the
    // job again: it must not write on beside the new run.
    await waitUntil(async () => {
      const progress = await api.call<JobProgress[]>('downloads:progress');
      return progress.length > 0 ? true : null;
    });
    expect(ffmpegsIn(dataDir).filter((pid) => converting.includes(pid))).toEqual([]);
    const jobs = await waitUntil(async () => {
      const all = await listJobs(api);
      return all.every((j) => j.status === 'completed' || j.status === 'failed') ? all : null;
    }, 120_000);
    expect(jobs.map((j) => `${j.status} ${j.errorMessage ?? ''}`.trim())).toEqual(['completed']);

    // One trailer, converted as the profile asks, and no half-written file beside it.
    expect(readdirSync(join(movies, title)).sort()).toEqual([`${title}-trailer.mkv`, `${title}.mkv`]);
    const trailers = await api.call<TrailerFile[]>('media:trailers', { mediaId: media!.id });
    expect(trailers).toHaveLength(1);
    expect(trailers[0]).toMatchObject({
      videoFormat: 'h264',
      audioFormat: 'aac',
      resolution: '720p',
      processing: expect.objectContaining({ originalVideoFormat: 'vp9', originalAudioFormat: 'opus' }),
    });
    expect(trailers[0]!.durationSeconds).toBeCloseTo(20, 0);
    // The download was kept through the crash: only the conversion ran again.
    expect(fetches()).toBe(fetchedBeforeCrash);
  } finally {
    api.close();
    await app.stop();
  }
  expect(readdirSync(join(dataDir, 'downloads'))).toEqual([]);
});
