// Filing by the naming preset, end to end on real parts: real yt-dlp against the loopback media
// server, real ffprobe, a real SQLite file and real title folders. What a person sees afterwards:
// the file's name and folder, and a file they already had left alone.
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { slotKey, type VideoSlot } from '../../../src-preload/contract/video-kinds';
import { nextEvent } from '../library/test-helpers';
import { openDownloadApp, startMediaHost, type DownloadApp, type MediaHost } from './download-test-kit';

let host: MediaHost;
let app: DownloadApp;

beforeAll(async () => {
  host = await startMediaHost();
});
afterAll(() => host.close());
beforeEach(async () => {
  app = await openDownloadApp();
});
afterEach(() => app.close());

const heat = 'Heat (1995)';

/**
 * Downloads the test clip into a slot. Queueing with a slot is discovery's (another change); here
 * the queue is held while the job's slot columns are set as the job store writes them.
 */
async function download(slot: VideoSlot, videoTitle: string | null = null): Promise<string> {
  await app.call('downloads:pauseAll');
  const job = await app.call('downloads:enqueue', {
    mediaId: app.mediaId(heat),
    source: host.server.url('/media/video.mp4'),
  });
  app.core.db.$client
    .prepare(
      `UPDATE download_job SET slot = ?, video_type = ?, season = ?, language = ?,
         choice_title = coalesce(?, choice_title) WHERE id = ?`,
    )
    .run(slotKey(slot), slot.type, slot.season, slot.language, videoTitle, job.id);
  await app.call('downloads:resumeAll');
  const done = await app.waitFor(job.id, ['completed', 'failed']);
  expect(done).toMatchObject({ status: 'completed', errorCode: null });
  return done.finalPath ?? '';
}

const slot = (over: Partial<VideoSlot>): VideoSlot => ({
  type: 'trailer',
  season: null,
  language: null,
  ordinal: 1,
  ...over,
});

describe('filing by the naming preset', () => {
  it('keeps Plex as the default and names a title trailer as before', async () => {
    expect(await app.call('naming:getSettings')).toEqual({ preset: 'plex' });
    expect(await download(slot({}))).toBe(join(app.folder(heat), 'Heat (1995)-trailer.mkv'));
  });

  it("names a featurette by the Jellyfin preset, and a second one keeps the suffix beside the person's file", async () => {
    expect(await app.call('naming:updateSettings', { preset: 'jellyfin' })).toEqual({ preset: 'jellyfin' });
    const mine = join(app.folder(heat), 'Heat (1995)-featurette.mkv');
    writeFileSync(mine, 'my own featurette');

    const placed = await download(slot({ type: 'featurette' }));

    expect(placed).toBe(join(app.folder(heat), 'Heat (1995) (2)-featurette.mkv'));
    expect(readdirSync(app.folder(heat)).sort()).toEqual(
      ['Heat (1995) (2)-featurette.mkv', 'Heat (1995)-featurette.mkv', 'Heat (1995).mkv'].sort(),
    );
    const trailers = await app.call('media:trailers', { mediaId: app.mediaId(heat) });
    expect(trailers.find((t) => t.path === placed)).toMatchObject({ videoType: 'featurette', season: null });
  });

  it('files a teaser by the Plex preset where Plex shows it: as a trailer, in Trailers/ for a folder profile', async () => {
    const profile = (await app.call('profiles:list')).find((p) => p.isDefault);
    await app.call('profiles:update', { id: profile?.id ?? 0, placement: 'trailers-folder' });
    const placed = await download(slot({ type: 'teaser', language: 'de' }));
    expect(placed).toBe(join(app.folder(heat), 'Trailers', 'Heat (1995) [Deutsch]-trailer.mkv'));
    const trailers = await app.call('media:trailers', { mediaId: app.mediaId(heat) });
    expect(trailers.find((t) => t.path === placed)).toMatchObject({ videoType: 'teaser', language: 'de' });

    // A rescan reads the file again (its date moved) and would call it a trailer by its name; the
    // job knew better.
    const later = new Date(Date.now() + 60_000);
    utimesSync(placed, later, later);
    utimesSync(join(app.folder(heat), 'Trailers'), later, later);
    const scanned = nextEvent(app.core.events, 'scan:finished');
    await app.call('library:rescan');
    await scanned;
    const rescanned = await app.call('media:trailers', { mediaId: app.mediaId(heat) });
    expect(rescanned.find((t) => t.path === placed)).toMatchObject({ videoType: 'teaser', language: 'de' });
  });

  it("names an extra by the video's own title, as the source named it", async () => {
    await app.call('naming:updateSettings', { preset: 'emby' });
    expect(await download(slot({ type: 'behindthescenes' }), 'Making Heat: the bank job')).toBe(
      join(app.folder(heat), 'Heat (1995) - Making Heat - the bank job-behindthescenes.mkv'),
    );
    expect(await download(slot({ type: 'other' }))).toBe(
      join(app.folder(heat), 'Extras', 'Heat (1995)-other.mkv'),
    );
  });

  it("files a season's trailer in the season's folder on disk, creating Season NN when there is none", async () => {
    mkdirSync(join(app.folder(heat), 'Staffel 2'));
    // The scan records season folders for series; this title is a movie, so the row is set here.
    app.core.db.$client
      .prepare("INSERT INTO media_season (media_id, season, folder_name) VALUES (?, 2, 'Staffel 2')")
      .run(app.mediaId(heat));

    expect(await download(slot({ season: 2 }))).toBe(
      join(app.folder(heat), 'Staffel 2', 'Trailers', 'Heat (1995) Season 02-trailer.mkv'),
    );
    expect(await download(slot({ season: 1 }))).toBe(
      join(app.folder(heat), 'Season 01', 'Trailers', 'Heat (1995) Season 01-trailer.mkv'),
    );
    expect(existsSync(join(app.folder(heat), 'Season 01'))).toBe(true);
  });
});
