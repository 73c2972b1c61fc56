// A server that sends only the start of a video, with a Content-Length that matches what it sends:
// yt-dlp finishes happily, and ffmpeg (remux, metadata) would rewrite the remains into a clean,
// shorter file. Real yt-dlp, ffmpeg and ffprobe against the loopback media server, a real database.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDownloadApp, startMediaHost, type DownloadApp, type MediaHost } from './download-test-kit';

let host: MediaHost;
let app: DownloadApp;

beforeAll(async () => {
  host = await startMediaHost();
});
afterAll(() => host.close());
beforeEach(async () => {
  app = await openDownloadApp();
  // One attempt, so the test sees the failure a person would see after the automatic retries.
  await app.call('downloads:updateSettings', { maxAttempts: 1 });
});
afterEach(() => app.close());

const heat = 'Heat (1995)';
const jobsDir = () => join(app.dir, 'data', 'downloads');
const leftovers = () => (existsSync(jobsDir()) ? readdirSync(jobsDir()) : []);
const requestsTo = (path: string) =>
  host.server.requests.filter((r) => r.path === path && r.method === 'GET');

describe('a download the server cuts off but calls whole', () => {
  it.each(['mkv', 'mp4'] as const)(
    'fails as cut off, files nothing, and Retry downloads it again (%s profile)',
    async (container) => {
      const profile = (await app.call('profiles:list')).find((p) => p.isDefault);
      // A minimum the remains of the file miss: the reason given must still be the cut, not the length.
      await app.call('profiles:update', {
        id: profile?.id ?? 0,
        container,
        embedMetadata: true,
        minDurationSeconds: 2,
      });
      // The first 30 % of the file, served as if that were all of it.
      const size = statSync(join(host.dir, host.media.mp4)).size;
      const path = `/short/${Math.floor(size * 0.3)}/${host.media.mp4}`;

      const job = await app.call('downloads:enqueue', {
        mediaId: app.mediaId(heat),
        source: host.server.url(path),
      });
      const failed = await app.waitFor(job.id, ['completed', 'failed']);

      expect(failed).toMatchObject({ status: 'failed', errorCode: 'INCOMPLETE' });
      expect(failed.errorMessage).toMatch(/^The download was cut off: /);
      // Not a length problem the person could "fix" by lowering the profile's minimum.
      expect(failed.errorMessage).not.toMatch(/minimum/);
      expect(readdirSync(app.folder(heat))).toEqual(['Heat (1995).mkv']);
      expect(await app.call('media:trailers', { mediaId: app.mediaId(heat) })).toEqual([]);
      // Nothing kept for a retry to file.
      expect(leftovers()).toEqual([]);

      const fetched = requestsTo(path).length;
      await app.call('downloads:retry', { jobId: job.id });
      const again = await app.waitFor(job.id, ['completed', 'failed']);
      expect(again).toMatchObject({ status: 'failed', errorCode: 'INCOMPLETE' });
      expect(requestsTo(path).length).toBeGreaterThan(fetched);
      expect(readdirSync(app.folder(heat))).toEqual(['Heat (1995).mkv']);
    },
  );
});
