// The audit's Upgrade converting the file already on disk ("the same one converted") through the
// real queue: real ffmpeg and ffprobe, real files in a scanned library, a real SQLite file, and the
// loopback media server only to prove that nothing is fetched. What a person sees: the trailer
// under its own name in the wanted codecs (or at the wanted level), its record saying what was
// converted, one row; a file that leads outside its title folder is refused and left alone; a
// cancelled conversion leaves the old file as it was.
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeVideo } from '../../../e2e/support/media-fixtures';
import type { JobProgress } from '../../../src-preload/contract/downloads';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import { nextEvent } from '../library/test-helpers';
import { measureEbur128 } from '../processing/analysis-test-kit';
import { runProcess } from '../process/run-process';
import { openDownloadApp, startMediaHost, type DownloadApp, type MediaHost } from './download-test-kit';

let host: MediaHost;
let app: DownloadApp;
const heat = 'Heat (1995)';

beforeAll(async () => {
  host = await startMediaHost();
});
afterAll(() => host.close());
beforeEach(async () => {
  app = await openDownloadApp();
});
afterEach(() => app.close());

const sql = () => app.core.db.$client;
const rowExists = (id: number) => sql().prepare('SELECT 1 FROM download WHERE id = ?').get(id) !== undefined;
const hidden = () => readdirSync(app.folder(heat)).filter((name) => name.startsWith('.'));
const jobsDir = () => join(app.dir, 'data', 'downloads');
const leftovers = () => (existsSync(jobsDir()) ? readdirSync(jobsDir()) : []);

async function updateProfile(change: Partial<Omit<TrailerProfile, 'id'>>): Promise<void> {
  const profile = (await app.call('profiles:list')).find((p) => p.isDefault)!;
  await app.call('profiles:update', { id: profile.id, ...change });
}

/** Rescans and returns the row id of the trailer at `path`. */
async function scanned(path: string): Promise<number> {
  const finished = nextEvent(app.core.events, 'scan:finished');
  await app.call('library:rescan');
  await finished;
  return Number(sql().prepare('SELECT id FROM download WHERE path = ?').pluck().get(path));
}

/** A VP9/Opus trailer (as YouTube serves them) found on disk by a scan. */
async function vp9Trailer(seconds = 2, width = 320): Promise<{ path: string; id: number }> {
  const path = join(app.folder(heat), `${heat}-trailer.mkv`);
  makeVideo(path, {
    width,
    height: (width * 9) / 16,
    duration: seconds,
    videoCodec: 'vp9',
    audioCodec: 'opus',
  });
  return { path, id: await scanned(path) };
}

/** The profile wants H.264/AAC downloads (of any size); its processing keeps what comes. */
const wantH264 = () => updateProfile({ videoCodec: 'h264', audioCodec: 'aac', maxResolution: 'best' });

async function upgradeJob(downloadId: number) {
  expect(await app.call('audit:upgrade', { downloadIds: [downloadId] })).toEqual({ queued: 1, skipped: [] });
  return app.core.downloads.store.withStatus(['queued', 'downloading', 'processing'])[0]!;
}

describe('Upgrade converts the file on disk', () => {
  it('turns a VP9/Opus trailer into H.264/AAC under its own name, without fetching anything', async () => {
    await wantH264();
    const old = await vp9Trailer();
    const oldInode = statSync(old.path).ino;
    const requests = host.server.requests.length;

    const job = await upgradeJob(old.id);
    expect(job).toMatchObject({ site: 'local', source_url: `trailerdeck-file:${old.id}`, video_id: null });
    const done = await app.waitFor(job.id, ['completed', 'failed']);

    expect(done).toMatchObject({ status: 'completed', errorCode: null, finalPath: old.path });
    expect(done.choice?.source).toBe('library-file');
    expect(host.server.requests.length).toBe(requests);
    const trailers = await app.call('media:trailers', { mediaId: app.mediaId(heat) });
    expect(trailers).toHaveLength(1);
    expect(trailers[0]).toMatchObject({
      path: old.path,
      videoFormat: 'h264',
      audioFormat: 'aac',
      processing: { originalVideoFormat: 'vp9', originalAudioFormat: 'opus' },
    });
    expect(rowExists(old.id)).toBe(false);
    // The old bytes are gone: a new file under the name, nothing hidden beside it, no job folder.
    expect(statSync(old.path).ino).not.toBe(oldInode);
    expect(readdirSync(app.folder(heat)).sort()).toEqual([`${heat}-trailer.mkv`, `${heat}.mkv`]);
    expect(leftovers()).toEqual([]);
    expect((await app.call('audit:counts'))['unwanted-video-codec']).toBe(0);
    // Upgraded again, the new file's job link (the old file) is no video to download.
    expect(await app.call('audit:upgrade', { downloadIds: [trailers[0]!.id] })).toMatchObject({
      queued: 0,
      skipped: [{ code: 'NO_SOURCE', count: 1 }],
    });
  });

  it('brings a too-quiet trailer to the profile loudness target', async () => {
    await updateProfile({
      maxResolution: 'best',
      processing: { ...(await defaultProcessing()), loudnessTarget: -16 },
    });
    const path = join(app.folder(heat), `${heat}-trailer.mkv`);
    const tone = "aevalsrc='0.01*sin(2*PI*440*t)*(0.6+0.4*sin(2*PI*0.3*t))':s=48000:d=6";
    await runProcess({
      command: 'ffmpeg',
      args: [
        ...['-v', 'error', '-nostdin', '-y', '-f', 'lavfi', '-i', 'testsrc=size=320x180:rate=10:duration=6'],
        ...['-f', 'lavfi', '-i', tone, '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac'],
        ...['-shortest', path],
      ],
      timeoutMs: 60_000,
    });
    const id = await scanned(path);
    const before = await measureEbur128(path);
    expect(before).toBeLessThan(-30);
    // As an earlier processing run recorded it (a scan does not measure).
    sql().prepare('UPDATE download SET loudness = ? WHERE id = ?').run(before, id);
    expect((await app.call('audit:counts'))['too-quiet']).toBe(1);
    const requests = host.server.requests.length;

    const job = await upgradeJob(id);
    expect(job.site).toBe('local');
    expect((await app.waitFor(job.id, ['completed', 'failed'])).status).toBe('completed');

    expect(host.server.requests.length).toBe(requests);
    expect(Math.abs((await measureEbur128(path)) + 16)).toBeLessThanOrEqual(1);
    const [trailer] = await app.call('media:trailers', { mediaId: app.mediaId(heat) });
    expect(trailer?.processing.originalLoudness).toBeCloseTo(before, 0);
    expect((await app.call('audit:counts'))['too-quiet']).toBe(0);
  });

  it('downloads a file again when converting cannot fix it (too small as well)', async () => {
    await wantH264();
    await updateProfile({ maxResolution: '720' });
    const old = await vp9Trailer();
    await app.call('downloads:pauseAll');
    await app.call('media:setTrailerSource', {
      mediaId: app.mediaId(heat),
      source: host.server.url('/media/video.mp4'),
    });
    const job = await upgradeJob(old.id);
    expect(job).toMatchObject({ site: 'other', source_url: host.server.url('/media/video.mp4') });
    // With no source known either, it is skipped.
    await app.call('downloads:cancel', { jobId: job.id });
    await app.call('media:setTrailerSource', { mediaId: app.mediaId(heat), source: null });
    expect(await app.call('audit:upgrade', { downloadIds: [old.id] })).toMatchObject({
      queued: 0,
      skipped: [{ code: 'NO_SOURCE', count: 1 }],
    });
  });

  it('refuses a trailer whose real path leaves its title folder, touching nothing', async () => {
    await wantH264();
    const old = await vp9Trailer();
    // The trailer becomes a link to a file outside the library after the scan recorded it.
    const outside = join(app.dir, 'outside.mkv');
    makeVideo(outside, { videoCodec: 'vp9', audioCodec: 'opus', duration: 1 });
    const outsideBytes = readFileSync(outside);
    rmSync(old.path);
    symlinkSync(outside, old.path);

    const job = await upgradeJob(old.id);
    const done = await app.waitFor(job.id, ['completed', 'failed']);

    expect(done).toMatchObject({ status: 'failed', errorCode: 'SOURCE_FILE_REFUSED' });
    expect(done.errorMessage).toContain("outside its title's folder");
    expect(lstatSync(old.path).isSymbolicLink()).toBe(true);
    expect(readFileSync(outside).equals(outsideBytes)).toBe(true);
    expect(rowExists(old.id)).toBe(true);
    expect(hidden()).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it('a cancelled conversion leaves the old file as it was', async () => {
    await wantH264();
    const old = await vp9Trailer(12, 1280);
    const before = statSync(old.path);
    const job = await upgradeJob(old.id);
    await whenConverting(job.id);
    // Same filesystem: the job converts from a hard link to the file, not a copy.
    expect(statSync(join(job.temp_dir, 'done', 'trailer.mkv')).ino).toBe(before.ino);

    expect((await app.call('downloads:cancel', { jobId: job.id })).status).toBe('cancelled');

    const after = statSync(old.path);
    expect([after.ino, after.size, after.mtimeMs]).toEqual([before.ino, before.size, before.mtimeMs]);
    expect(after.nlink).toBe(1);
    expect(rowExists(old.id)).toBe(true);
    expect(hidden()).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it('never takes a pasted trailerdeck-file link as a source', async () => {
    await expect(
      app.call('downloads:enqueue', { mediaId: app.mediaId(heat), source: 'trailerdeck-file:1' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(app.core.downloads.store.withStatus(['queued', 'downloading', 'processing'])).toEqual([]);
  });
});

async function defaultProcessing(): Promise<TrailerProfile['processing']> {
  return (await app.call('profiles:list')).find((p) => p.isDefault)!.processing;
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
