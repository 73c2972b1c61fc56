// "All matching titles" crosses the wire as the library's filter, not as ids: main resolves it in
// SQL. Real core, database and scan; the queue is held (Pause all), as nothing here downloads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDownloadApp, type DownloadApp } from '../downloads/download-test-kit';

let app: DownloadApp;

beforeEach(async () => {
  app = await openDownloadApp();
  await app.call('downloads:pauseAll');
});
afterEach(async () => {
  await app.close();
});

describe('a selection given as the library filter', () => {
  it('queues the known trailers of every matching title except those unticked', async () => {
    const heat = app.mediaId('Heat (1995)');
    const amelie = app.mediaId('Amélie (2001)');
    const arrival = app.mediaId('Arrival (2016)');
    for (const mediaId of [heat, amelie, arrival]) {
      await app.call('media:setTrailerSource', { mediaId, source: 'https://youtu.be/0xbBLiYbX8A' });
    }
    // "e" matches Heat, Alien, Amélie; Alien has no trailer link; Amélie was unticked by hand.
    const { queued } = await app.call('downloads:enqueueMany', {
      matching: { filter: { text: 'E', source: 'has' }, exceptIds: [amelie] },
    });
    expect(queued).toBe(1);
    expect(
      (await app.call('downloads:window', { filter: 'all', offset: 0, limit: 500 })).rows.map(
        (j) => j.mediaId,
      ),
    ).toEqual([heat]);
  });

  it('takes the video filters: only the titles with an extra are queued', async () => {
    const heat = app.mediaId('Heat (1995)');
    const arrival = app.mediaId('Arrival (2016)');
    for (const mediaId of [heat, arrival]) {
      await app.call('media:setTrailerSource', { mediaId, source: 'https://youtu.be/0xbBLiYbX8A' });
    }
    // A featurette on disk for Arrival, as a scan records it.
    app.core.db.$client
      .prepare(
        `INSERT INTO download (media_id, path, file_name, size, profile_name, video_type)
         VALUES (?, '/x/arrival-featurette.mkv', 'arrival-featurette.mkv', 1, 'detected', 'featurette')`,
      )
      .run(arrival);
    const { queued } = await app.call('downloads:enqueueMany', {
      matching: { filter: { trailer: 'hasExtras', source: 'has' } },
    });
    expect(queued).toBe(1);
    const rows = (await app.call('downloads:window', { filter: 'all', offset: 0, limit: 500 })).rows;
    expect(rows.map((j) => j.mediaId)).toEqual([arrival]);
  });

  it('refuses a selection that matches nothing instead of acting on the whole library', async () => {
    const nothing = { matching: { filter: { text: 'no such title' } } };
    await expect(app.call('downloads:enqueueMany', nothing)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(app.call('discovery:downloadMissing', nothing)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(app.call('downloads:enqueueMany', {})).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('Select at least one title'),
    });
    expect((await app.call('downloads:window', { filter: 'all', offset: 0, limit: 500 })).rows).toEqual([]);
  });
});
