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
const longTitle = 'Dr. Strangelove or How I Learned to Stop Worrying and Love the Bomb (1964)';

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
  movie(longTitle, { width: 320, height: 180 });
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
  await expect(page.getByText('4 videos checked, 3 with problems')).toBeVisible();
  const table = page.getByRole('table', { name: 'Files with problems' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(3);
  const vertigo = rows.filter({ hasText: 'Vertigo' });
  await expect(vertigo).toContainText('Portrait 180×320');
  await expect(vertigo).toContainText('180p, the profile wants 1080p');
  await expect(rows.filter({ hasText: 'Tiny Furniture' })).toContainText('180p, the profile wants 1080p');
  await expect(table).not.toContainText('Heat');

  const tabs = page.getByRole('tablist', { name: 'Show problems' });
  await expect(tabs.getByRole('tab', { name: /Low resolution/ })).toContainText('3');
  await tabs.getByRole('tab', { name: /Portrait/ }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Vertigo');
  await saveScreenshot(page, 'audit');

  // By keyboard: the tab stop is on the chosen tab; Home goes back to every problem.
  await page.keyboard.press('Home');
  await expect(tabs.getByRole('tab', { name: /All problems/ })).toHaveAttribute('aria-selected', 'true');
  await expect(rows).toHaveCount(3);

  // The title link leads to the title.
  await rows
    .filter({ hasText: 'Vertigo' })
    .getByRole('link', { name: /Vertigo/ })
    .click();
  await expect(page).toHaveURL(/#\/title\/\d+$/);
});

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 2560, height: 1440 },
]) {
  test(`at ${viewport.width}×${viewport.height} the tabs and the table fit the window, long names wrap`, async ({
    page,
    api,
    openApp,
  }) => {
    await page.setViewportSize(viewport);
    await addRootAndWait(api, library);
    await openApp('#/audit');
    const table = page.getByRole('table', { name: 'Files with problems' });
    const long = table.getByRole('row').filter({ hasText: 'Strangelove' });
    await expect(long).toContainText('180p, the profile wants 1080p');
    const overflow = await table.evaluate(
      (element) => element.parentElement!.scrollWidth - element.parentElement!.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    for (const element of [page.getByRole('tab').last(), long.getByRole('cell').last()]) {
      const box = await element.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    }
    await saveScreenshot(page, `audit-${viewport.width}`);
  });
}

test('with nothing wrong the page says every trailer matches its profile', async ({ page, openApp }) => {
  await openApp('#/audit');
  await expect(page.getByText('Every trailer matches its profile.')).toBeVisible();
});
