// A library run over a huge library can leave thousands of titles waiting for a choice: the Review
// page shows them through a window onto main's list, scrolls to the last one, and counts titles
// from the database. The titles and their search outcomes are written straight into the database.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TrailerProfile } from '../src-preload/contract/profiles';
import { addRootAndWait } from './support/api-client';
import { openAppDatabase } from './support/seed-library';
import { expect, test } from './support/test';

let root: string;

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'td-review-scale-'));
  mkdirSync(join(root, 'Movies', 'Heat (1995)'), { recursive: true });
  writeFileSync(join(root, 'Movies', 'Heat (1995)', 'Heat (1995).mkv'), '');
});
test.afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** `count` titles, each waiting for a choice, checked one second apart (Title 1 the oldest). */
function insertOutcomes(dataDir: string, profileId: number, count: number): void {
  const db = openAppDatabase(dataDir);
  try {
    const rootId = db.prepare('SELECT id FROM library_root LIMIT 1').pluck().get() as number;
    const media = db.prepare(
      `INSERT INTO media (root_id, kind, title, sort_title, year, folder_path) VALUES (?, 'movie', ?, ?, 2000, ?)`,
    );
    const outcome = db.prepare(
      `INSERT INTO discovery_result (media_id, profile_id, outcome, best_score, best_title, checked_at)
       VALUES (?, ?, 'needs-choice', 40, 'A clip', ?)`,
    );
    db.transaction(() => {
      for (let i = 1; i <= count; i += 1) {
        const title = `Waiting Title ${i}`;
        const id = media.run(rootId, title, title, `/nowhere/${title}`).lastInsertRowid;
        outcome.run(id, profileId, new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString());
      }
    })();
  } finally {
    db.close();
  }
}

test('the Review page with 3,000 titles scrolls to the oldest and counts them', async ({
  page,
  app,
  api,
  openApp,
}) => {
  await addRootAndWait(api, join(root, 'Movies'));
  const profile = (await api.call<TrailerProfile[]>('profiles:list')).find((p) => p.isDefault)!;
  insertOutcomes(app.dataDir, profile.id, 3000);

  await openApp('#/review');
  await expect(page.getByText('3000 titles need a choice')).toBeVisible();
  await expect(page.getByLabel('3000 titles need a choice')).toBeVisible();
  const table = page.getByRole('table', { name: 'Titles that need a choice' });
  await expect(table).toHaveAttribute('aria-rowcount', '3001');
  await expect(table.locator('tr[aria-rowindex="2"]')).toContainText('Waiting Title 3000');

  const last = table.locator('tr[aria-rowindex="3001"]');
  await expect(async () => {
    await page.locator('.review-scroll').evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(last).toContainText('Waiting Title 1 ', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});
