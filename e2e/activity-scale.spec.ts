// A bulk run leaves thousands of jobs: the Activity page shows them through a window onto main's
// list (never the whole list), scrolls to the oldest one, counts every tab from the database, and
// follows a change made elsewhere. The jobs are written straight into the headless app's database.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addRootAndWait, listJobs } from './support/api-client';
import { openAppDatabase } from './support/seed-library';
import { expect, test } from './support/test';

let root: string;

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'td-activity-scale-'));
  mkdirSync(join(root, 'Movies', 'Heat (1995)'), { recursive: true });
  writeFileSync(join(root, 'Movies', 'Heat (1995)', 'Heat (1995).mkv'), '');
});
test.afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Writes jobs of each status, oldest first, in one transaction; no profile, so any number may be live. */
function insertJobs(dataDir: string, batches: [status: string, count: number][]): void {
  const db = openAppDatabase(dataDir);
  try {
    const mediaId = db.prepare('SELECT id FROM media LIMIT 1').pluck().get() as number;
    const insert = db.prepare(
      `INSERT INTO download_job (media_id, profile_id, profile_name, source_url, video_id, site, status,
         attempts, max_attempts, created_at, updated_at, temp_dir)
       VALUES (?, NULL, 'Default', 'https://youtu.be/0xbBLiYbX8A', '0xbBLiYbX8A', 'youtube', ?, 0, 3,
         '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '')`,
    );
    db.transaction(() => {
      for (const [status, count] of batches) for (let i = 0; i < count; i += 1) insert.run(mediaId, status);
    })();
  } finally {
    db.close();
  }
}

test('the Activity page with 5,000 jobs scrolls to the oldest and counts every tab', async ({
  page,
  app,
  api,
  openApp,
}) => {
  await addRootAndWait(api, join(root, 'Movies'));
  // Held, so none of the queued jobs starts while the page is looked at.
  await api.call('downloads:pauseAll');
  insertJobs(app.dataDir, [
    ['completed', 700],
    ['failed', 300],
    ['queued', 4000],
  ]);

  await openApp('#/activity');
  const tabs = page.getByRole('tablist', { name: 'Show downloads' });
  await expect(tabs.getByRole('tab', { name: /Active/ })).toContainText('4,000');
  await expect(tabs.getByRole('tab', { name: /Completed/ })).toContainText('700');
  await expect(tabs.getByRole('tab', { name: /Failed/ })).toContainText('300');
  await expect(tabs.getByRole('tab', { name: /All/ })).toContainText('5,000');
  await expect(page.getByLabel('4000 active downloads')).toBeVisible();

  const table = page.getByRole('table', { name: 'All downloads' });
  await expect(table).toHaveAttribute('aria-rowcount', '5001');
  // The virtualiser measures rows as they come: scroll to the bottom until the last row is there.
  const last = table.locator('tr[aria-rowindex="5001"]');
  await expect(async () => {
    await page.locator('.activity-scroll').evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(last).toContainText('Completed', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(last).toContainText('Heat');

  // A change made elsewhere reaches the tabs without reopening the page.
  const newest = await listJobs(api, 'active', 1);
  await api.call('downloads:cancel', { jobId: newest[0]!.id });
  await expect(tabs.getByRole('tab', { name: /Active/ })).toContainText('3,999');
  await expect(tabs.getByRole('tab', { name: /Failed/ })).toContainText('301');

  await tabs.getByRole('tab', { name: /Failed/ }).click();
  const failed = page.getByRole('table', { name: 'Failed downloads' });
  await expect(failed).toHaveAttribute('aria-rowcount', '302');
  await expect(failed.locator('tr[aria-rowindex="2"]')).toContainText('Cancelled');
});
