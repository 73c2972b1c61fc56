// Start-up after a crash at the worst moments: between filing a trailer and recording it, and
// between downloading and filing. The job completes once, the file exists once, nothing is fetched
// again, and nothing is left over.
import { existsSync, linkSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeVideo } from '../../../e2e/support/media-fixtures';
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

/** A queued job with its folder, frozen in the state a crash left: `status`, and `final_path`. */
async function crashedJob(status: 'downloading' | 'processing', finalPath: string | null) {
  // The queue is held (the setting survives the restart) until the test lets it run.
  await app.call('downloads:pauseAll');
  const job = await app.call('downloads:enqueue', {
    mediaId: app.mediaId(heat),
    source: host.server.url('/media/video.mp4'),
  });
  const tempDir = app.core.downloads.store.getRow(job.id).temp_dir;
  const done = join(tempDir, 'done', 'trailer.mkv');
  mkdirSync(join(tempDir, 'parts'), { recursive: true });
  makeVideo(done, { width: 320, height: 240, duration: 1 });
  // What a crashed app leaves: a held job, written behind the queue's back on purpose.
  app.core.db.$client
    .prepare(
      `UPDATE download_job SET status = ?, attempts = 1, final_path = ?, holder = 'dead:1' WHERE id = ?`,
    )
    .run(status, finalPath, job.id);
  return { job, tempDir, done };
}

describe('recovery at start-up', () => {
  it('records a trailer that was filed just before the crash, without filing it twice', async () => {
    const target = join(app.folder(heat), 'Heat (1995)-trailer.mkv');
    const { job, tempDir, done } = await crashedJob('processing', target);
    linkSync(done, join(tempDir, 'placing.mkv'));
    linkSync(done, target);
    unlinkSync(done);
    const before = host.server.requests.length;

    await app.restart();
    await app.call('downloads:resumeAll');
    const finished = await app.waitFor(job.id, ['completed', 'failed']);

    expect(finished).toMatchObject({ status: 'completed', finalPath: target });
    expect(readdirSync(app.folder(heat)).sort()).toEqual(['Heat (1995)-trailer.mkv', 'Heat (1995).mkv']);
    const trailers = await app.call('media:trailers', { mediaId: app.mediaId(heat) });
    expect(trailers.map((t) => [t.path, t.resolution, t.profileName])).toEqual([[target, '240p', 'Default']]);
    expect(host.server.requests.length).toBe(before);
    expect(existsSync(tempDir)).toBe(false);
  });

  it('files a download that finished just before the crash, without fetching it again', async () => {
    const { job, tempDir } = await crashedJob('downloading', null);
    const before = host.server.requests.length;

    await app.restart();
    await app.call('downloads:resumeAll');
    const finished = await app.waitFor(job.id, ['completed', 'failed']);

    expect(finished.status).toBe('completed');
    expect(readdirSync(app.folder(heat)).sort()).toEqual(['Heat (1995)-trailer.mkv', 'Heat (1995).mkv']);
    expect(host.server.requests.length).toBe(before);
    expect(existsSync(tempDir)).toBe(false);
  });

  it('removes job folders nobody needs and keeps those of jobs still in the queue', async () => {
    await app.call('downloads:pauseAll');
    const job = await app.call('downloads:enqueue', {
      mediaId: app.mediaId(heat),
      source: host.server.url('/media/video.mp4'),
    });
    const jobsDir = join(app.dir, 'data', 'downloads');
    mkdirSync(join(jobsDir, `job-${job.id}`, 'parts'), { recursive: true });
    mkdirSync(join(jobsDir, 'job-999', 'parts'), { recursive: true });
    mkdirSync(join(jobsDir, 'stray'), { recursive: true });

    await app.restart();

    expect(readdirSync(jobsDir)).toEqual([`job-${job.id}`]);
  });
});
