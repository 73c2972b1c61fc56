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
