// The quality audit as a person uses it: a scan finds a vertical trailer, a low-resolution one and a
// good one (real files made with ffmpeg, probed by the real ffprobe); the Audit page lists the first
// two under their problems in words, and its filter narrows the list.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addRootAndWait } from './support/api-client';
import { makeVideo } from './support/media-fixtures';
import { expect, saveScreenshot, test } from './support/test';

let library: string;

test.beforeAll(() => {
  library = mkdtempSync(join(tmpdir(), 'td-e2e-audit-'));
  const movie = (folder: string, trailer: { width: number; height: number }) => {
    const dir = join(library, folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${folder}.mkv`), '');
    makeVideo(join(dir, `${folder}-trailer.mp4`), trailer);
  };
  movie('Vertigo (1958)', { width: 180, height: 320 });
  movie('Tiny Furniture (2010)', { width: 320, height: 180 });
  movie('Heat (1995)', { width: 1920, height: 1080 });
});
test.afterAll(() => {
  rmSync(library, { recursive: true, force: true });
});

test('the audit lists a vertical and a low-resolution trailer under their problems; the filter narrows it', async ({
  page,
  api,
  openApp,
}) => {
  await addRootAndWait(api, library);
  await openApp('#/audit');

  await expect(page.getByRole('heading', { name: 'Audit' })).toBeVisible();
  await expect(page.getByText('3 videos checked, 2 with problems')).toBeVisible();
  const table = page.getByRole('table', { name: 'Files with problems' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(2);
  const vertigo = rows.filter({ hasText: 'Vertigo' });
  await expect(vertigo).toContainText('Portrait 180×320');
  await expect(vertigo).toContainText('180p, the profile wants 1080p');
  await expect(rows.filter({ hasText: 'Tiny Furniture' })).toContainText('180p, the profile wants 1080p');
  await expect(table).not.toContainText('Heat');

  const tabs = page.getByRole('tablist', { name: 'Show problems' });
  await expect(tabs.getByRole('tab', { name: /Low resolution/ })).toContainText('2');
  await tabs.getByRole('tab', { name: /Portrait/ }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Vertigo');
  await saveScreenshot(page, 'audit');

  // By keyboard: the tab stop is on the chosen tab; Home goes back to every problem.
  await page.keyboard.press('Home');
  await expect(tabs.getByRole('tab', { name: /All problems/ })).toHaveAttribute('aria-selected', 'true');
  await expect(rows).toHaveCount(2);

  // The title link leads to the title.
  await rows
    .filter({ hasText: 'Vertigo' })
    .getByRole('link', { name: /Vertigo/ })
    .click();
  await expect(page).toHaveURL(/#\/title\/\d+$/);
});

test('with nothing wrong the page says every trailer matches its profile', async ({ page, openApp }) => {
  await openApp('#/audit');
  await expect(page.getByText('Every trailer matches its profile.')).toBeVisible();
});
