// Discovery without a connection, from the window. The app runs the real yt-dlp, which cannot reach
// YouTube from here (no DNS to the outside: "Name or service not known"), so every search meets
// what a person offline meets: Find trailer says the internet cannot be reached (and gives no advice
// about the search template), and Download missing trailers stops, says so, and lists no title in
// Review as needing a choice.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addRootAndWait, listNeedsChoice, listTitles } from './support/api-client';
import { expect, test } from './support/test';

let root: string;

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'td-e2e-offline-'));
});

test.afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function makeMovies(titles: string[]): string {
  const movies = mkdtempSync(join(root, 'movies-'));
  for (const title of titles) {
    mkdirSync(join(movies, title));
    writeFileSync(join(movies, title, `${title}.mkv`), '');
  }
  return movies;
}

test('Find trailer says the internet cannot be reached, and does not blame the search template', async ({
  page,
  api,
  openApp,
}) => {
  await addRootAndWait(api, makeMovies(['Heat (1995)']));
  const [heat] = await listTitles(api);
  await openApp(`#/title/${heat!.id}`);

  await page.getByRole('button', { name: 'Find trailer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find trailer' });
  await expect(dialog.getByRole('alert')).toContainText(
    'YouTube cannot be reached: there is no internet connection',
    { timeout: 30_000 },
  );
  await expect(dialog.getByRole('button', { name: 'Search again' })).toBeVisible();
  await expect(dialog).not.toContainText('No candidate found');
  await expect(dialog).not.toContainText('YouTube search and excluded words');
});

test('Download missing trailers stops when offline, says so, and lists nothing in Review', async ({
  page,
  api,
  openApp,
}) => {
  await addRootAndWait(api, makeMovies(['Alien (1979)', 'Heat (1995)']));
  await openApp();

  await page.getByRole('button', { name: 'Download missing trailers' }).click();
  await expect(page.getByRole('status')).toContainText(
    /Stopped after 0 of 2 titles\. YouTube cannot be reached: there is no internet connection.*Run it again once you are back online\./,
    { timeout: 30_000 },
  );
  expect(await listNeedsChoice(api)).toEqual([]);
  const review = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Review/ });
  await review.click();
  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
  await expect(page.getByText('Nothing needs a choice.')).toBeVisible();
});
