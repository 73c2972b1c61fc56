// A 20,000-title library: the page asks main for the rows it shows, so it scrolls to its end and
// its search finds a title that sorts last. The database is seeded before the app starts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedLibrary } from './support/seed-library';
import { expect, test as base } from './support/test';

const titles = 20_000;

const test = base.extend({
  // Playwright reads a fixture's dependencies from its destructuring: none here.
  // eslint-disable-next-line no-empty-pattern
  appOptions: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'td-e2e-window-'));
    // "Film 1" … "Film 19999" sort by number; "Zoé" sorts after them all, on the last page.
    seedLibrary(dataDir, titles, (i) =>
      i === 0
        ? { title: 'Zoé', year: 2001, withTrailer: false }
        : { title: `Film ${i}`, year: 1950 + (i % 70), withTrailer: i % 3 === 0 },
    );
    await use({ dataDir });
    rmSync(dataDir, { recursive: true, force: true });
  },
});

test('a 20,000-title library scrolls to its last title', async ({ page, openApp }) => {
  await openApp();
  await expect(page.getByText('20,000 of 20,000 titles')).toBeVisible();
  const grid = page.getByRole('list', { name: 'Titles' });
  await expect(grid.getByRole('link', { name: 'Film 1 (1951)', exact: true })).toBeVisible();

  await page.locator('.grid-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(grid.getByRole('link', { name: 'Zoé (2001)', exact: true })).toBeVisible();
  await expect(grid.getByRole('link', { name: 'Film 19999 (1999)', exact: true })).toBeVisible();

  // Halfway down, the rows of the middle arrive too.
  await page.locator('.grid-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  await expect(grid.getByRole('link', { name: /^Film 10\d{3} / }).first()).toBeVisible();
});

test('a search finds a title from the last page, ignoring accents', async ({ page, openApp }) => {
  await openApp();
  await expect(page.getByText('20,000 of 20,000 titles')).toBeVisible();
  await page.getByLabel('Search library').fill('ZOE');
  await expect(page.getByText('1 of 20,000 titles')).toBeVisible();
  const grid = page.getByRole('list', { name: 'Titles' });
  await expect(grid.getByRole('link')).toHaveText([/Zoé/]);

  // Every word counts, the year too; the trailer filter applies on top of the search.
  await page.getByLabel('Search library').fill('film 1999 1989');
  await expect(page.getByText('1 of 20,000 titles')).toBeVisible();
  await expect(grid.getByRole('link')).toHaveCount(1);
  await expect(grid.getByRole('link', { name: 'Film 1999 (1989)', exact: true })).toBeVisible();
  await page.getByLabel('Trailer', { exact: true }).selectOption({ label: 'Has trailer' });
  await expect(
    page.getByRole('heading', { name: /No titles match “film 1999 1989” with these filters/ }),
  ).toBeVisible();
});
