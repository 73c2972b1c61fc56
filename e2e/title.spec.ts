import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addRootAndWait } from './support/api-client';
import { makeSoundOnly } from './support/broken-media';
import { fixtureLibraryDir, fixtureMovies, fixtureSeries } from './support/fixture-paths';
import { copyFixtureLibrary } from './support/library-fixtures';
import { expect, saveScreenshot, test } from './support/test';

test('a title page lists its trailers with probed codecs, resolution and source', async ({
  page,
  api,
  openApp,
}) => {
  await addRootAndWait(api, fixtureMovies);
  await openApp();
  await page.getByRole('link', { name: 'The Matrix (1999)' }).click();

  await expect(page.getByRole('heading', { name: 'The Matrix (1999)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'tt0133093' })).toHaveAttribute(
    'href',
    'https://www.imdb.com/title/tt0133093/',
  );
  const table = page.getByRole('table', { name: 'Trailers' });
  const row = table.getByRole('row').nth(1);
  await expect(row).toContainText('The Matrix (1999)-trailer.mkv');
  await expect(row).toContainText('720p');
  await expect(row).toContainText('h264');
  await expect(row).toContainText('aac · eng');
  await expect(row).toContainText('fra');
  await expect(row).toContainText('detected');
  await expect(row.getByRole('link', { name: 'YouTube' })).toHaveAttribute(
    'href',
    'https://www.youtube.com/watch?v=vKQi3bBA1y8',
  );
  // The poster comes through the token-protected /posters route.
  const poster = page.locator('img[src*="/posters/"]').first();
  await expect(poster).toBeVisible();
  expect(await poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(200);
  await saveScreenshot(page, 'title');

  await page.getByRole('link', { name: 'Back to Library' }).click();
  await page.getByRole('link', { name: 'Blade Runner 2049 (2017)' }).click();
  const bladeRunner = page.getByRole('table', { name: 'Trailers' }).getByRole('row').nth(1);
  await expect(bladeRunner).toContainText('Official Trailer.webm');
  await expect(bladeRunner).toContainText('480p');
  await expect(bladeRunner).toContainText('vp9');
  await expect(bladeRunner).toContainText('opus');
  await expect(bladeRunner).toContainText('On disk');
});

test('a title without trailers shows the empty state; NFO data is used', async ({ page, api, openApp }) => {
  await addRootAndWait(api, fixtureMovies);
  await openApp();
  await page.getByRole('link', { name: 'Amélie (2001)' }).click();
  await expect(page.getByRole('heading', { name: 'Amélie (2001)' })).toBeVisible();
  await expect(page.getByText('tt0211915')).toBeVisible();
  await expect(page.getByText('HUECWi5pX7o')).toBeVisible();
  await expect(page.getByText('No trailers yet for this title.')).toBeVisible();
});

test('sorts the trailers table and flags a trailer whose file vanished', async ({ page, api, openApp }) => {
  const copy = mkdtempSync(join(tmpdir(), 'td-e2e-copy-'));
  try {
    const { series } = copyFixtureLibrary(fixtureLibraryDir, copy);
    await addRootAndWait(api, series);
    await openApp();
    await page.getByRole('link', { name: 'Breaking Bad (2008)' }).click();
    const table = page.getByRole('table', { name: 'Trailers' });
    await expect(table.getByRole('row').nth(1)).toContainText('trailer.mp4');
    await expect(table.getByRole('row').nth(1)).not.toContainText('Missing file');

    rmSync(join(series, 'Breaking Bad (2008)', 'trailer.mp4'));
    const finished = api.nextEvent('scan:finished');
    await api.call('library:rescan', {});
    await finished;
    await expect(table.getByRole('row').nth(1)).toContainText('Missing file');

    await table.getByRole('button', { name: 'Size' }).click();
    await expect(table.getByRole('columnheader', { name: 'Size' })).toHaveAttribute('aria-sort', 'ascending');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('a trailer file without a picture is shown as broken, with its reason, and counts as none', async ({
  page,
  api,
  openApp,
}) => {
  const copy = mkdtempSync(join(tmpdir(), 'td-e2e-broken-'));
  try {
    const { movies } = copyFixtureLibrary(fixtureLibraryDir, copy);
    makeSoundOnly(join(movies, 'Heat (1995) [tmdbid-949]', 'Heat (1995)-trailer.mkv'));
    await addRootAndWait(api, movies);
    await openApp();

    const heat = page.getByRole('link', { name: 'Heat (1995)', exact: true });
    await expect(heat).toContainText('Broken trailer');
    await page.getByLabel('Trailer', { exact: true }).selectOption({ label: 'Missing' });
    await expect(page.getByRole('list', { name: 'Titles' }).getByRole('link')).toHaveText([/Amélie/, /Heat/]);

    await heat.click();
    await expect(page.getByRole('heading', { name: 'Heat (1995)' })).toBeVisible();
    await expect(page.getByText('No trailer yet')).toBeVisible();
    // The fixture's Extras/Making of.mkv is listed too, as an extra.
    const row = page
      .getByRole('table', { name: 'Trailers' })
      .getByRole('row', { name: /Heat \(1995\)-trailer\.mkv/ });
    await expect(row).toContainText('Heat (1995)-trailer.mkv');
    await expect(row).toContainText('Broken');
    await expect(row).toContainText('It has no video stream, only sound.');
    // Never deleted for the person: the file is still there, with its Delete button.
    await expect(row.getByRole('button', { name: /Delete/ })).toBeVisible();
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('the series library is detected from season folders', async ({ api }) => {
  await addRootAndWait(api, fixtureSeries);
  const roots =
    await api.call<Array<{ kind: string; kindSource: string; titleCount: number }>>('library:listRoots');
  expect(roots).toEqual([expect.objectContaining({ kind: 'series', kindSource: 'auto', titleCount: 1 })]);
});
