// The Activity page's window onto the jobs, on a real database with the real migrations: pages in a
// stable order, each tab's count, and rows that appear or move to another tab between two requests.
// The queue is held (Pause all): the jobs here are written straight into the table, many at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../src-preload/contract/downloads';
import { openDownloadApp, type DownloadApp } from './download-test-kit';

let app: DownloadApp;

beforeEach(async () => {
  app = await openDownloadApp();
  await app.call('downloads:pauseAll');
});
afterEach(async () => {
  await app.close();
});

/** Writes `count` jobs of a status for a title (no profile, so the one-live-job rule does not apply). */
function insertJobs(count: number, status: JobStatus, title = 'Heat (1995)'): void {
  const insert = app.core.db.$client.prepare(
    `INSERT INTO download_job (media_id, profile_id, profile_name, source_url, video_id, site, status,
       attempts, max_attempts, created_at, updated_at, temp_dir)
     VALUES (?, NULL, 'Default', 'https://youtu.be/0xbBLiYbX8A', '0xbBLiYbX8A', 'youtube', ?, 0, 3,
       '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '')`,
  );
  const mediaId = app.mediaId(title);
  app.core.db.$client.transaction(() => {
    for (let i = 0; i < count; i += 1) insert.run(mediaId, status);
  })();
}

async function wholeFilter(filter: 'active' | 'completed' | 'failed' | 'all', limit: number) {
  const ids: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await app.call('downloads:window', { filter, offset, limit });
    expect(page.rows.length).toBeLessThanOrEqual(limit);
    ids.push(...page.rows.map((job) => job.id));
    if (page.rows.length < limit) return { ids, total: page.total };
  }
}

describe('the Activity window', () => {
  it('pages through every job once, newest first, although they were all queued at the same time', async () => {
    insertJobs(230, 'queued');
    insertJobs(40, 'completed');
    insertJobs(25, 'failed');
    insertJobs(5, 'cancelled');

    const all = await wholeFilter('all', 100);
    expect(all.total).toBe(300);
    expect(all.ids).toHaveLength(300);
    expect(new Set(all.ids).size).toBe(300);
    expect(all.ids).toEqual([...all.ids].sort((a, b) => b - a));

    const failed = await wholeFilter('failed', 7);
    expect(failed.total).toBe(30);
    expect(failed.ids).toHaveLength(30);
    const page = await app.call('downloads:window', { filter: 'failed', offset: 0, limit: 30 });
    expect(new Set(page.rows.map((job) => job.status))).toEqual(new Set(['failed', 'cancelled']));
  });

  it('counts every tab in each answer, and on its own for the sidebar', async () => {
    insertJobs(12, 'queued');
    insertJobs(3, 'paused', 'Alien (1979)');
    insertJobs(4, 'completed');
    insertJobs(2, 'cancelled');
    const counts = { active: 15, completed: 4, failed: 2, all: 21 };

    const page = await app.call('downloads:window', { filter: 'completed', offset: 0, limit: 2 });
    expect(page.counts).toEqual(counts);
    expect(page.total).toBe(4);
    expect(page.rows).toHaveLength(2);
    expect(await app.call('downloads:counts')).toEqual(counts);
  });

  it('shows a new job at the top and moves a finished one from Active to Completed', async () => {
    insertJobs(3, 'queued', 'Alien (1979)');
    const before = await app.call('downloads:window', { filter: 'active', offset: 0, limit: 50 });

    const job = await app.call('downloads:enqueue', {
      mediaId: app.mediaId('Heat (1995)'),
      source: 'https://www.youtube.com/watch?v=0xbBLiYbX8A',
    });
    const added = await app.call('downloads:window', { filter: 'active', offset: 0, limit: 50 });
    expect(added.total).toBe(before.total + 1);
    expect(added.rows[0]).toMatchObject({ id: job.id, mediaTitle: 'Heat', status: 'queued' });

    await app.call('downloads:cancel', { jobId: job.id });
    const after = await app.call('downloads:window', { filter: 'active', offset: 0, limit: 50 });
    expect(after.rows.map((row) => row.id)).toEqual(before.rows.map((row) => row.id));
    const failed = await app.call('downloads:window', { filter: 'failed', offset: 0, limit: 50 });
    expect(failed.rows.map((row) => [row.id, row.status])).toEqual([[job.id, 'cancelled']]);
    expect(failed.counts).toMatchObject({ active: 3, failed: 1, all: 4 });
  });

  it('counts the active jobs by state for the tray, beyond the 5,000 a list could hold', async () => {
    insertJobs(6000, 'queued');
    insertJobs(2, 'downloading', 'Alien (1979)');
    insertJobs(1, 'processing', 'Alien (1979)');
    insertJobs(4, 'paused', 'Amélie (2001)');
    insertJobs(9, 'completed');
    expect(await app.call('downloads:activeCounts')).toEqual({ running: 3, queued: 6000, paused: 4 });
  });

  it('keeps every count right when jobs change status, and when a removed title takes its jobs along', async () => {
    insertJobs(5, 'queued', 'Alien (1979)');
    insertJobs(2, 'completed', 'Heat (1995)');
    const sqlite = app.core.db.$client;
    sqlite.prepare(`UPDATE download_job SET status = 'failed' WHERE status = 'queued' AND id % 2 = 0`).run();
    const counted = () =>
      sqlite.prepare('SELECT status, count(*) AS n FROM download_job GROUP BY status ORDER BY status').all();
    const fromCounts = async () => {
      const counts = await app.call('downloads:counts');
      const byStatus = counted() as { status: string; n: number }[];
      const n = (status: string) => byStatus.find((row) => row.status === status)?.n ?? 0;
      expect(counts).toEqual({
        active: n('queued'),
        completed: n('completed'),
        failed: n('failed'),
        all: n('queued') + n('completed') + n('failed'),
      });
    };
    await fromCounts();
    sqlite.prepare('DELETE FROM media WHERE id = ?').run(app.mediaId('Alien (1979)'));
    await fromCounts();
    expect(await app.call('downloads:counts')).toEqual({ active: 0, completed: 2, failed: 0, all: 2 });
  });

  it("a title's page gets that title's jobs only", async () => {
    insertJobs(2, 'failed', 'Alien (1979)');
    insertJobs(1, 'completed', 'Heat (1995)');
    const jobs = await app.call('downloads:forMedia', { mediaId: app.mediaId('Alien (1979)') });
    expect(jobs.map((job) => [job.mediaTitle, job.status])).toEqual([
      ['Alien', 'failed'],
      ['Alien', 'failed'],
    ]);
  });

  it('announces a bulk queue of 2,000 titles in small events that name every job once, with the counts', async () => {
    const sqlite = app.core.db.$client;
    const rootId = sqlite.prepare('SELECT id FROM library_root LIMIT 1').pluck().get() as number;
    const insert = sqlite.prepare(
      `INSERT INTO media (root_id, kind, title, sort_title, year, folder_path, trailer_source)
       VALUES (?, 'movie', ?, ?, 2000, ?, ?)`,
    );
    // Long titles and links: an event that carried job rows would grow with them.
    const long = 'A title long enough to matter '.repeat(10);
    const mediaIds = sqlite.transaction(() =>
      Array.from({ length: 2000 }, (_, i) =>
        Number(
          insert.run(rootId, `${long}${i}`, `${long}${i}`, `/bulk/${i}`, `https://example.com/${long}/${i}`)
            .lastInsertRowid,
        ),
      ),
    )();
    app.log.clear();
    // The answer counts: the 2,000 jobs are on the Activity page, not in the answer.
    expect(await app.call('downloads:enqueueMany', { mediaIds })).toEqual({ queued: 2000, skipped: [] });

    const events = app.log.of('downloads:changed');
    // A few dozen bytes a job whatever the job holds: at most ~32 kB for the largest batch.
    for (const event of events) expect(JSON.stringify(event).length).toBeLessThanOrEqual(32_768);
    const jobIds = sqlite.prepare('SELECT id FROM download_job').pluck().all() as number[];
    expect(jobIds).toHaveLength(2000);
    const announced = events.flatMap((event) => event.changes.map((change) => change.id));
    expect(announced.sort((a, b) => a - b)).toEqual(jobIds.sort((a, b) => a - b));
    // The tabs and the badge read their figures off the event.
    expect(events.at(-1)?.counts).toMatchObject({ active: 2000, all: 2000 });
    expect(events.at(-1)?.active).toEqual({ running: 0, queued: 2000, paused: 0 });

    // Asked again, with a title that has no link: the titles left out are counted by reason.
    const noLink = app.mediaId('Heat (1995)');
    expect(await app.call('downloads:enqueueMany', { mediaIds: [...mediaIds, noLink] })).toEqual({
      queued: 0,
      skipped: [
        { code: 'ALREADY_QUEUED', reason: 'already queued', count: 2000 },
        { code: 'NO_LINK', reason: 'no trailer link known', count: 1 },
      ],
    });
  });

  it('refuses a page larger than the window may ask for', async () => {
    await expect(
      app.call('downloads:window', { filter: 'all', offset: 0, limit: 100_000 }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
