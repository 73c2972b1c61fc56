// What a job records about its video when nobody ranked it (a pasted link, a title's known link),
// and that a damaged record reads back as "not recorded" instead of breaking lists and pages. Real
// core and database; the queue is held (Pause all), as nothing here needs the downloads to run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDownloadApp, type DownloadApp } from './download-test-kit';

let app: DownloadApp;

beforeEach(async () => {
  app = await openDownloadApp();
  await app.call('downloads:pauseAll');
});
afterEach(async () => {
  await app.close();
});

describe('the choice recorded with a job', () => {
  it('a pasted link is “given by you”, with no score', async () => {
    const job = await app.call('downloads:enqueue', {
      mediaId: app.mediaId('Heat (1995)'),
      source: 'https://www.youtube.com/watch?v=0xbBLiYbX8A',
    });
    expect(job.choice).toEqual({ source: 'pasted', chosenBy: 'person', score: null, minScore: null });
    expect(await app.call('downloads:choice', { jobId: job.id })).toEqual({
      source: 'pasted',
      chosenBy: 'person',
      title: null,
      score: null,
      minScore: null,
      reasons: [],
      reasonsReadable: true,
    });
  });

  it('the window cannot hand in a score or reasons of its own', async () => {
    const input = {
      mediaId: app.mediaId('Heat (1995)'),
      source: 'https://www.youtube.com/watch?v=0xbBLiYbX8A',
      choice: { source: 'tmdb', score: 100, reasons: [{ label: 'Trust me', points: 100 }] },
    };
    // Cast: the contract's types already refuse this; the check that matters is main's, at run time.
    await expect(app.call('downloads:enqueue', input as never)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect((await app.call('downloads:window', { filter: 'all', offset: 0, limit: 500 })).rows).toEqual([]);
  });

  it('queueing the known links of many titles says whether each came from the title or its NFO', async () => {
    const heat = app.mediaId('Heat (1995)');
    const alien = app.mediaId('Alien (1979)');
    await app.call('media:setTrailerSource', { mediaId: heat, source: 'https://youtu.be/0xbBLiYbX8A' });
    app.core.db.$client.prepare('UPDATE media SET nfo_trailer_id = ? WHERE id = ?').run('LjLamj-b0I8', alien);
    expect(await app.call('downloads:enqueueMany', { mediaIds: [heat, alien] })).toEqual({
      queued: 2,
      skipped: [],
    });
    const { rows } = await app.call('downloads:window', { filter: 'all', offset: 0, limit: 500 });
    const sourceOf = (mediaId: number) => rows.find((j) => j.mediaId === mediaId)?.choice?.source;
    expect(sourceOf(heat)).toBe('manual');
    expect(sourceOf(alien)).toBe('nfo');
  });

  it('a damaged record loses its explanation, not the job', async () => {
    const job = await app.call('downloads:enqueue', {
      mediaId: app.mediaId('Heat (1995)'),
      source: 'https://www.youtube.com/watch?v=0xbBLiYbX8A',
    });
    const write = app.core.db.$client.prepare(
      'UPDATE download_job SET choice_source = ?, choice_score = ?, choice_reasons = ? WHERE id = ?',
    );

    write.run('tmdb', 80, '{"not": "a list"', job.id);
    expect(await app.call('downloads:choice', { jobId: job.id })).toMatchObject({
      source: 'tmdb',
      score: 80,
      reasons: [],
      reasonsReadable: false,
    });
    write.run('tmdb', 80, JSON.stringify([{ label: '', points: 'lots' }]), job.id);
    expect(await app.call('downloads:choice', { jobId: job.id })).toMatchObject({ reasonsReadable: false });

    write.run('a new source', 80, '[]', job.id);
    expect(await app.call('downloads:choice', { jobId: job.id })).toBeNull();
    write.run('tmdb', 250, '[]', job.id);
    const [listed] = (await app.call('downloads:window', { filter: 'all', offset: 0, limit: 500 })).rows;
    expect(listed).toMatchObject({ id: job.id, status: 'queued', choice: null });

    // A job queued before choices were recorded has none.
    app.core.db.$client
      .prepare('UPDATE download_job SET choice_source = NULL, chosen_by = NULL, choice_reasons = NULL')
      .run();
    expect(await app.call('downloads:choice', { jobId: job.id })).toBeNull();
  });

  it('a job that is not there is NOT_FOUND', async () => {
    await expect(app.call('downloads:choice', { jobId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
