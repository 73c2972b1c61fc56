// What a person sees of extras, season trailers and languages: the library's filters and badges,
// and the title page's videos by season and type. The rows are written into the database before
// the app starts, as a scan that detects types and seasons would write them (that detection is
// tested with the scan); the page only reads what is stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppDatabase } from './support/seed-library';
import { expect, saveScreenshot, test as base } from './support/test';

function seed(dataDir: string): void {
  const db = openAppDatabase(dataDir);
  db.prepare("INSERT INTO library_root (id, path, kind) VALUES (1, '/seed/Shows', 'series')").run();
  db.prepare("INSERT INTO library_root (id, path, kind) VALUES (2, '/seed/Movies', 'movies')").run();
  const media = db.prepare(
    'INSERT INTO media (id, root_id, kind, title, sort_title, year, folder_path) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  media.run(1, 1, 'series', 'Dark', 'dark', 2017, '/seed/Shows/Dark');
  media.run(2, 2, 'movie', 'Heat', 'heat', 1995, '/seed/Movies/Heat (1995)');
  media.run(3, 2, 'movie', 'Alien', 'alien', 1979, '/seed/Movies/Alien (1979)');
  const season = db.prepare('INSERT INTO media_season (media_id, season, folder_name) VALUES (1, ?, ?)');
  for (const n of [1, 2, 3]) season.run(n, `Season 0${n}`);
  const video = db.prepare(
    `INSERT INTO download (media_id, path, file_name, size, profile_name, video_type, season, language)
     VALUES (?, ?, ?, 1000, 'detected', ?, ?, ?)`,
  );
  const add = (
    mediaId: number,
    folder: string,
    name: string,
    type: string,
    s: number | null,
    lang: string | null,
  ) => video.run(mediaId, `${folder}/${name}`, name, type, s, lang);
  add(1, '/seed/Shows/Dark', 'Dark-trailer.mkv', 'trailer', null, null);
  add(1, '/seed/Shows/Dark/Season 01', 'Dark S01-trailer.de.mkv', 'trailer', 1, 'de');
  add(1, '/seed/Shows/Dark/Season 01', 'Dark S01-featurette.mkv', 'featurette', 1, null);
  add(1, '/seed/Shows/Dark/Season 02', 'Dark S02-trailer.mkv', 'trailer', 2, 'en');
  add(2, '/seed/Movies/Heat (1995)', 'Heat (1995)-trailer.mkv', 'trailer', null, null);
  add(2, '/seed/Movies/Heat (1995)', 'Heat (1995)-behindthescenes.mkv', 'behindthescenes', null, null);
  // A finished job that filled Dark's Season 2 trailer in German, as the queue records one.
  db.prepare(
    `INSERT INTO download_job (media_id, profile_name, source_url, site, status, max_attempts, created_at,
       finished_at, temp_dir, updated_at, error_message, slot, video_type, season, language)
     VALUES (1, 'Default', 'https://youtu.be/aaaaaaaaaaa', 'youtube', 'failed', 3, '2026-12-04T10:00:00.000Z',
       '2026-12-04T10:01:00.000Z', '/tmp/none', '2026-12-04T10:01:00.000Z', 'The video does not exist.',
       'trailer/s2@de', 'trailer', 2, 'de')`,
  ).run();
  db.close();
}

const test = base.extend({
  // Playwright reads a fixture's dependencies from its destructuring: none here.
  // eslint-disable-next-line no-empty-pattern
  appOptions: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'td-e2e-videos-'));
    seed(dataDir);
    await use({ dataDir });
    rmSync(dataDir, { recursive: true, force: true });
  },
});

test('the library filters titles missing season trailers or having extras, and badges them', async ({
  page,
  openApp,
}) => {
  await openApp();
  const grid = page.getByRole('list', { name: 'Titles' });
  await expect(grid.getByRole('link')).toHaveCount(3);
  const dark = grid.getByRole('listitem').filter({ hasText: 'Dark' });
  await expect(dark).toContainText('+1 extra');
  await expect(dark).toContainText('Seasons 2/3');
  await expect(grid.getByRole('listitem').filter({ hasText: 'Heat' })).toContainText('+1 extra');

  const trailer = page.getByLabel('Trailer', { exact: true });
  await trailer.selectOption({ label: 'Missing season trailers' });
  await expect(grid.getByRole('link')).toHaveText([/Dark/]);
  await trailer.selectOption({ label: 'Has extras' });
  await expect(grid.getByRole('link')).toHaveText([/Dark/, /Heat/]);
  // With search text too, and the type filter on top.
  await page.getByLabel('Search library').fill('hea');
  await expect(grid.getByRole('link')).toHaveText([/Heat/]);
  await page.getByLabel('Type').selectOption('series');
  await expect(page.getByRole('heading', { name: /No titles match “hea” with these filters/ })).toBeVisible();
  await page.getByLabel('Search library').fill('');
  await trailer.selectOption({ label: 'Missing' });
  await expect(grid.getByRole('link')).toHaveCount(0);
});

test('a series page lists its videos by season and type, says which season has none, names languages', async ({
  page,
  openApp,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp('#/title/1');
  await expect(page.getByRole('heading', { name: 'Dark (2017)' })).toBeVisible();
  const seasons = page.getByRole('region', { name: /^(Whole series|Season \d)$/ });
  await expect(seasons.getByRole('heading', { level: 3 })).toHaveText([
    'Whole series',
    'Season 1',
    'Season 2',
    'Season 3',
  ]);
  await expect(page.getByRole('table', { name: 'Trailers', exact: true })).toContainText('Dark-trailer.mkv');
  const season1 = page.getByRole('region', { name: 'Season 1' });
  await expect(season1.getByRole('table')).toHaveCount(2);
  await expect(season1.getByRole('table', { name: 'Season 1 trailers' })).toContainText('German');
  await expect(season1.getByRole('table', { name: 'Season 1 featurettes' })).toContainText(
    'Dark S01-featurette.mkv',
  );
  await expect(page.getByRole('table', { name: 'Season 2 trailers' })).toContainText('English');
  await expect(page.getByRole('region', { name: 'Season 3' })).toContainText('No trailer for Season 3 yet.');
  // The per-file action still works from a season's table.
  await expect(
    page.getByRole('table', { name: 'Season 2 trailers' }).getByRole('button', { name: /Delete/ }),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'title-seasons');

  // A movie keeps one list, its extras by type under the title's trailers.
  await openApp('#/title/2');
  await expect(page.getByRole('table', { name: 'Trailers', exact: true })).toContainText(
    'Heat (1995)-trailer.mkv',
  );
  await expect(page.getByRole('table', { name: 'Behind the scenes' })).toContainText('behindthescenes');
  await expect(page.getByRole('region', { name: 'Whole series' })).toHaveCount(0);
});

test('the Activity page names the video a job filled when it is not the title trailer', async ({
  page,
  openApp,
}) => {
  await openApp('#/activity');
  await page.getByRole('tab', { name: /All/ }).click();
  const row = page.getByRole('row').filter({ hasText: 'Dark (2017)' });
  await expect(row).toContainText('Season 2 trailer · German');
});
