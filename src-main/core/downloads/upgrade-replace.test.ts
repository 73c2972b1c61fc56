// The audit's Upgrade through the real queue (real yt-dlp against a loopback server, real ffprobe,
// real files, a real SQLite file): a low-resolution trailer found by a scan is replaced by a 720p
// download under its own name, in one recorded step; a failed upgrade leaves it untouched; files
// with no known source are skipped with a reason; and a crash between the steps (the steps are
// called directly here, stopping where a crash would) leaves the old file in place or the new one
// recorded, never neither.
import { existsSync, linkSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeVideo } from '../../../e2e/support/media-fixtures';
import { makeFolderReadOnly } from '../../../e2e/support/read-only-folder';
import { nextEvent } from '../library/test-helpers';
import { openDownloadApp, startMediaHost, type DownloadApp, type MediaHost } from './download-test-kit';
import { jobPaths, markPlacing, prepareJobDirs } from './job-files';
import { forgetReplaced, moveAside } from './replace-file';

let host: MediaHost;
let app: DownloadApp;
const heat = 'Heat (1995)';
const alien = 'Alien (1979)';

beforeAll(async () => {
  host = await startMediaHost();
  makeVideo(join(host.dir, 'hd.mp4'), { width: 1280, height: 720, duration: 1 });
});
afterAll(() => host.close());
beforeEach(async () => {
  app = await openDownloadApp();
});
afterEach(() => app.close());

/** A 320×180 trailer on disk, found by a rescan; returns its path and its row's id. */
async function smallTrailer(title: string): Promise<{ path: string; id: number }> {
  const path = join(app.folder(title), `${title}-trailer.mkv`);
  makeVideo(path, { width: 320, height: 180, duration: 1 });
  const scanned = nextEvent(app.core.events, 'scan:finished');
  await app.call('library:rescan');
  await scanned;
  const id = app.core.db.$client.prepare('SELECT id FROM download WHERE path = ?').pluck().get(path);
  return { path, id: Number(id) };
}

const rowExists = (id: number) =>
  app.core.db.$client.prepare('SELECT 1 FROM download WHERE id = ?').get(id) !== undefined;
const hidden = (title: string) => readdirSync(app.folder(title)).filter((name) => name.startsWith('.'));

describe('Upgrade / Replace', () => {
  it('replaces a small trailer with a 720p download under its own name, and records only the new one', async () => {
    const old = await smallTrailer(heat);
    await app.call('media:setTrailerSource', {
      mediaId: app.mediaId(heat),
      source: host.server.url('/media/hd.mp4'),
    });

    const result = await app.call('audit:upgrade', { downloadIds: [old.id] });
    expect(result).toEqual({ queued: 1, skipped: [] });
    const job = app.core.downloads.store.withStatus(['queued', 'downloading', 'processing'])[0]!;
    expect(job.replaces_download_id).toBe(old.id);
    const done = await app.waitFor(job.id, ['completed', 'failed']);

    expect(done.status).toBe('completed');
    expect(done.finalPath).toBe(old.path);
    expect(readdirSync(app.folder(heat)).sort()).toEqual([`${heat}-trailer.mkv`, `${heat}.mkv`]);
    const trailers = await app.call('media:trailers', { mediaId: app.mediaId(heat) });
    expect(trailers.map((t) => [t.path, t.resolution])).toEqual([[old.path, '720p']]);
    expect(rowExists(old.id)).toBe(false);
    expect(existsSync(app.core.downloads.store.getRow(job.id).temp_dir)).toBe(false);
  });

  it('a failed upgrade leaves the old file and its row untouched', async () => {
    const old = await smallTrailer(heat);
    const before = statSync(old.path);
    await app.call('media:setTrailerSource', {
      mediaId: app.mediaId(heat),
      source: host.server.url('/status/404/gone.mp4'),
    });
    await app.call('audit:upgrade', { downloadIds: [old.id] });
    const job = app.core.downloads.store.withStatus(['queued', 'downloading', 'processing'])[0]!;
    const done = await app.waitFor(job.id, ['failed']);

    expect(done.status).toBe('failed');
    expect(statSync(old.path).ino).toBe(before.ino);
    expect(rowExists(old.id)).toBe(true);
    expect(hidden(heat)).toEqual([]);
  });

  it('a title folder that refuses the move fails the job with a reason, the old file untouched', async (context) => {
    const old = await smallTrailer(heat);
    const before = statSync(old.path);
    await app.call('media:setTrailerSource', {
      mediaId: app.mediaId(heat),
      source: host.server.url('/media/hd.mp4'),
    });
    const undo = await makeFolderReadOnly(app.folder(heat));
    if (undo === null) context.skip();
    try {
      await app.call('audit:upgrade', { downloadIds: [old.id] });
      const job = app.core.downloads.store.withStatus(['queued', 'downloading', 'processing'])[0]!;
      const done = await app.waitFor(job.id, ['failed']);
      expect(done).toMatchObject({ status: 'failed', errorCode: 'PERMISSION_DENIED' });
      expect(done.errorMessage).toContain('could not be moved aside');
    } finally {
      await undo?.();
    }
    expect(statSync(old.path).ino).toBe(before.ino);
    expect(rowExists(old.id)).toBe(true);
    expect(hidden(heat)).toEqual([]);
  });

  it('skips files with no known source, gone ones and ones already queued, counted by reason', async () => {
    await app.call('downloads:pauseAll');
    const linked = await smallTrailer(heat);
    const unlinked = await smallTrailer(alien);
    await app.call('media:setTrailerSource', {
      mediaId: app.mediaId(heat),
      source: host.server.url('/media/hd.mp4'),
    });
    expect(await app.call('audit:upgrade', { downloadIds: [linked.id, unlinked.id, 99_999] })).toEqual({
      queued: 1,
      skipped: [
        { code: 'NO_SOURCE', reason: 'no source known, use Find trailer on the title', count: 1 },
        { code: 'NOT_IN_LIBRARY', reason: 'no longer in the library', count: 1 },
      ],
    });
    // "All in this filter": resolved in main from the audit's own query.
    expect(await app.call('audit:upgrade', { problem: 'low-resolution' })).toEqual({
      queued: 0,
      skipped: [
        { code: 'ALREADY_QUEUED', reason: 'already queued', count: 1 },
        { code: 'NO_SOURCE', reason: 'no source known, use Find trailer on the title', count: 1 },
      ],
    });
    await expect(app.call('audit:upgrade', { downloadIds: [] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('after a crash between moving the old file aside and recording the new one, start-up puts the old file back; the job then replaces it', async () => {
    const old = await smallTrailer(heat);
    const oldInode = statSync(old.path).ino;
    await app.call('media:setTrailerSource', {
      mediaId: app.mediaId(heat),
      source: host.server.url('/media/hd.mp4'),
    });
    await app.call('downloads:pauseAll');
    await app.call('audit:upgrade', { downloadIds: [old.id] });
    const row = app.core.downloads.store.withStatus(['queued'])[0]!;
    // The steps of filing, stopped where a crash would: verified file marked, old aside, new placed.
    const paths = jobPaths(row.temp_dir);
    await prepareJobDirs(paths);
    const file = join(paths.done, 'trailer.mkv');
    makeVideo(file, { width: 1280, height: 720, duration: 1 });
    const marker = await markPlacing(paths, file);
    await moveAside(app.core.db, row, paths);
    expect(existsSync(old.path)).toBe(false);
    linkSync(marker, old.path);
    app.core.db.$client
      .prepare(
        `UPDATE download_job SET status = 'processing', final_path = ?, holder = 'dead:1' WHERE id = ?`,
      )
      .run(old.path, row.id);
    const requests = host.server.requests.length;

    await app.restart();

    // Old file back under its name (the same file, not a copy), its row intact, nothing hidden left.
    expect(statSync(old.path).ino).toBe(oldInode);
    expect(rowExists(old.id)).toBe(true);
    expect(hidden(heat)).toEqual([]);

    await app.call('downloads:resumeAll');
    const done = await app.waitFor(row.id, ['completed', 'failed']);
    expect(done.status).toBe('completed');
    const trailers = await app.call('media:trailers', { mediaId: app.mediaId(heat) });
    expect(trailers.map((t) => [t.path, t.resolution])).toEqual([[old.path, '720p']]);
    expect(rowExists(old.id)).toBe(false);
    expect(hidden(heat)).toEqual([]);
    // Filed from what the job already had: nothing was downloaded again.
    expect(host.server.requests.length).toBe(requests);
  });

  it('after a crash right after moving the old file aside (nothing placed yet), start-up puts it back', async () => {
    const old = await smallTrailer(heat);
    const oldInode = statSync(old.path).ino;
    await app.call('media:setTrailerSource', {
      mediaId: app.mediaId(heat),
      source: host.server.url('/media/hd.mp4'),
    });
    await app.call('downloads:pauseAll');
    await app.call('audit:upgrade', { downloadIds: [old.id] });
    const row = app.core.downloads.store.withStatus(['queued'])[0]!;
    const paths = jobPaths(row.temp_dir);
    await prepareJobDirs(paths);
    const file = join(paths.done, 'trailer.mkv');
    makeVideo(file, { width: 1280, height: 720, duration: 1 });
    await markPlacing(paths, file);
    await moveAside(app.core.db, row, paths);
    app.core.db.$client
      .prepare(
        `UPDATE download_job SET status = 'processing', final_path = ?, holder = 'dead:1' WHERE id = ?`,
      )
      .run(old.path, row.id);

    await app.restart();

    expect(statSync(old.path).ino).toBe(oldInode);
    expect(readdirSync(app.folder(heat)).sort()).toEqual([`${heat}-trailer.mkv`, `${heat}.mkv`]);
    expect(rowExists(old.id)).toBe(true);
  });

  it('after a crash between recording the new file and removing the old one, start-up removes the old one', async () => {
    const old = await smallTrailer(heat);
    await app.call('media:setTrailerSource', {
      mediaId: app.mediaId(heat),
      source: host.server.url('/media/hd.mp4'),
    });
    await app.call('downloads:pauseAll');
    await app.call('audit:upgrade', { downloadIds: [old.id] });
    const row = app.core.downloads.store.withStatus(['queued'])[0]!;
    const paths = jobPaths(row.temp_dir);
    mkdirSync(paths.root, { recursive: true });
    const replacement = await moveAside(app.core.db, row, paths);
    // The recording transaction's effect on these rows (the queue's own commit is not called here).
    app.core.db.$client.transaction(() => {
      forgetReplaced(app.core.db, replacement);
      app.core.db.$client
        .prepare(`UPDATE download_job SET status = 'completed', finished_at = 'x' WHERE id = ?`)
        .run(row.id);
    })();
    expect(hidden(heat)).toHaveLength(1);

    await app.restart();

    expect(hidden(heat)).toEqual([]);
    expect(existsSync(old.path)).toBe(false);
  });
});
