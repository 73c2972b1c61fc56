// Downloads from the window: a trailer asked for on a title page arrives in its folder and its
// Trailers table; the Activity page shows the queue, its failures and its controls; the library
// queues a selection in one go. Real yt-dlp against a loopback server serving ffmpeg-made media.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DownloadJob } from '../src-preload/contract/downloads';
import type { TrailerProfile } from '../src-preload/contract/profiles';
import { addRootAndWait, type ApiClient, listTitles } from './support/api-client';
import { makeDownloadMedia } from './support/download-media';
import { startMediaServer, type MediaServer } from './support/media-server';
import { expect, saveScreenshot, test } from './support/test';

let root: string;
let server: MediaServer;
let videoBytes: number;
let dashManifest: string;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'td-e2e-downloads-'));
  const media = makeDownloadMedia(join(root, 'served'));
  videoBytes = statSync(join(root, 'served', media.mp4)).size;
  dashManifest = media.dashManifest;
  server = await startMediaServer(join(root, 'served'));
});

test.afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A movies folder of its own for one test, with an empty "movie" per title. */
function makeMovies(titles: string[]): string {
  const movies = mkdtempSync(join(root, 'movies-'));
  for (const title of titles) {
    mkdirSync(join(movies, title));
    writeFileSync(join(movies, title, `${title}.mkv`), '');
  }
  return movies;
}

/** The fixture video lasts 2 s; the default profile wants at least 10. */
async function acceptShortTrailers(api: ApiClient): Promise<TrailerProfile> {
  const profile = (await api.call<TrailerProfile[]>('profiles:list')).find((p) => p.isDefault)!;
  await api.call('profiles:update', { id: profile.id, minDurationSeconds: null, maxDurationSeconds: null });
  return profile;
}

async function mediaIds(api: ApiClient): Promise<Map<string, number>> {
  const items = await listTitles(api);
  return new Map(items.map((m) => [`${m.title} (${m.year})`, m.id]));
}

test('a trailer asked for on the title page shows its progress, then lands in the table and the folder', async ({
  page,
  api,
  openApp,
}) => {
  const movies = makeMovies(['Heat (1995)']);
  await addRootAndWait(api, movies);
  const profile = await acceptShortTrailers(api);
  await openApp();
  await page.getByRole('link', { name: 'Heat (1995)' }).click();
  await expect(page.getByRole('heading', { name: 'Heat (1995)' })).toBeVisible();

  // Slow enough (about 4 s) for the progress bar to be seen while it moves.
  const url = server.url(`/slow/${Math.ceil(videoBytes / 4)}/video.mp4`);
  await page.getByRole('button', { name: 'Download trailer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download trailer' });
  await expect(dialog.getByLabel('Profile')).toHaveValue(String(profile.id));
  await dialog.getByLabel('Video link or YouTube id').fill(url);
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  await expect(dialog).toBeHidden();

  const bar = page.getByRole('progressbar', { name: 'Download progress for Heat (1995)' });
  await expect(bar).toHaveAttribute('aria-valuenow', /^\d+$/, { timeout: 20_000 });
  await expect(bar).toHaveAttribute('aria-valuetext', / of /);

  const row = page.getByRole('table', { name: 'Trailers' }).getByRole('row').nth(1);
  await expect(row).toContainText('Heat (1995)-trailer.mkv', { timeout: 45_000 });
  await expect(row).toContainText('240p');
  await expect(row).toContainText('h264');
  await expect(row).toContainText('aac');
  await expect(row).toContainText(profile.name);
  // Its Source is the link it came from, not "On disk".
  await expect(row.getByRole('link', { name: new URL(url).host })).toHaveAttribute('href', url);
  await expect(bar).toBeHidden();
  const filed = join(movies, 'Heat (1995)', 'Heat (1995)-trailer.mkv');
  expect(existsSync(filed)).toBe(true);
  await expect(page.getByRole('status')).toContainText('Trailer downloaded: Heat (1995)');

  await page.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { name: 'Activity' })).toBeVisible();
  await page.getByRole('tab', { name: /Completed/ }).click();
  const completed = page.getByRole('table', { name: 'Completed downloads' });
  await expect(completed.getByRole('row', { name: /Heat \(1995\)/ })).toContainText('Completed');
  await expect(completed).toContainText('Heat (1995)-trailer.mkv');

  // Deleting the file keeps the row as history, flagged.
  await page.getByRole('link', { name: 'Heat (1995)' }).click();
  const trailers = page.getByRole('table', { name: 'Trailers' });
  await trailers.getByRole('button', { name: 'Delete file Heat (1995)-trailer.mkv' }).click();
  await trailers
    .getByRole('group', { name: 'Confirm file deletion' })
    .getByRole('button', { name: 'Delete file' })
    .click();
  await expect(trailers.getByRole('row').nth(1)).toContainText('Missing file');
  expect(existsSync(filed)).toBe(false);
});

test('the Activity page shows failures with their reason, offers retry, and controls a running download', async ({
  page,
  api,
  openApp,
}) => {
  const movies = makeMovies(['Alien (1979)', 'Arrival (2016)', 'Heat (1995)']);
  await addRootAndWait(api, movies);
  await acceptShortTrailers(api);
  const ids = await mediaIds(api);
  const enqueue = (title: string, path: string) =>
    api.call<DownloadJob>('downloads:enqueue', { mediaId: ids.get(title), source: server.url(path) });
  await enqueue('Heat (1995)', '/media/video.mp4');
  await enqueue('Alien (1979)', '/status/404/video.mp4');
  // Slow enough to stay running while the page is looked at.
  await enqueue('Arrival (2016)', `/slow/${Math.ceil(videoBytes / 60)}/video.mp4`);
  await openApp('#/activity');

  await page.getByRole('tab', { name: /Failed/ }).click();
  const failed = page.getByRole('table', { name: 'Failed downloads' });
  const alien = failed.getByRole('row', { name: /Alien \(1979\)/ });
  await expect(alien).toContainText('The server says there is nothing at this address', { timeout: 30_000 });
  await expect(alien.getByRole('button', { name: 'Retry the download of Alien (1979)' })).toBeVisible();
  await expect(alien.getByRole('button', { name: /Pause|Cancel/ })).toHaveCount(0);

  await page.getByRole('tab', { name: /All/ }).click();
  const all = page.getByRole('table', { name: 'All downloads' });
  await expect(all.getByRole('row', { name: /Heat \(1995\)/ })).toContainText('Completed', {
    timeout: 30_000,
  });
  const arrival = all.getByRole('row', { name: /Arrival \(2016\)/ });
  const bar = arrival.getByRole('progressbar', { name: 'Download progress for Arrival (2016)' });
  await expect(bar).toHaveAttribute('aria-valuenow', /^\d+$/, { timeout: 20_000 });
  // Its speed: a column of its own in a wide window, under the bar in this one.
  await expect(arrival).toContainText(/\d B\/s|[KMG]B\/s/);
  // The bar keeps moving while the page is open (a few percent in two or three seconds here).
  await expect(bar).toHaveAttribute('aria-valuenow', /^([3-9]|\d{2})$/, { timeout: 20_000 });
  await expect(page.getByRole('link', { name: /Activity/ })).toContainText('1');
  await saveScreenshot(page, 'activity');

  await arrival.getByRole('button', { name: 'Pause the download of Arrival (2016)' }).click();
  await expect(arrival).toContainText('Paused');
  await expect(bar).toBeHidden();
  await arrival.getByRole('button', { name: 'Cancel the download of Arrival (2016)' }).click();
  await expect(arrival).toContainText('Cancelled');
  await expect(arrival.getByRole('button', { name: 'Retry the download of Arrival (2016)' })).toBeVisible();
  await page.getByRole('tab', { name: /Active/ }).click();
  await expect(page.getByText('Nothing is downloading or waiting.')).toBeVisible();

  // A title's page keeps its failed download in view, with the reason and Retry.
  const library = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' });
  await library.click();
  await page.getByRole('link', { name: 'Alien (1979)' }).click();
  const downloads = page.getByRole('region', { name: 'Trailer downloads' });
  await expect(downloads).toContainText('The server says there is nothing at this address');
  await expect(downloads.getByRole('button', { name: 'Retry the download of Alien (1979)' })).toBeVisible();
  // A cancelled one is the person's own doing: nothing to keep in view.
  await library.click();
  await page.getByRole('link', { name: 'Arrival (2016)' }).click();
  await expect(page.getByRole('heading', { name: 'Arrival (2016)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Trailer downloads' })).toHaveCount(0);
});

test('a merged download (video, then audio) fills one bar that never goes back, naming its parts', async ({
  page,
  api,
  openApp,
}) => {
  const movies = makeMovies(['Arrival (2016)']);
  await addRootAndWait(api, movies);
  await acceptShortTrailers(api);
  const ids = await mediaIds(api);
  await openApp('#/activity');
  // Every value the bar shows, as the page draws it.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { seenPercents: number[] }).seenPercents = seen;
    new MutationObserver(() => {
      const bar = document.querySelector(
        '[role="progressbar"][aria-label="Download progress for Arrival (2016)"]',
      );
      const value = bar?.getAttribute('aria-valuenow');
      if (value && Number(value) !== seen.at(-1)) seen.push(Number(value));
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuenow'],
    });
  });
  // Slow enough (a few seconds, each fragment throttled) for the parts to be seen.
  await api.call<DownloadJob>('downloads:enqueue', {
    mediaId: ids.get('Arrival (2016)'),
    source: server.url(`/slow/20000/${dashManifest}`),
  });

  const bar = page.getByRole('progressbar', { name: 'Download progress for Arrival (2016)' });
  await expect(bar).toHaveAttribute('aria-valuetext', /Video, part 1 of 2/, { timeout: 20_000 });
  await expect(bar).toBeHidden({ timeout: 45_000 });
  await page.getByRole('tab', { name: /Completed/ }).click();
  await expect(page.getByRole('table', { name: 'Completed downloads' })).toContainText('Arrival (2016)');
  const seen = await page.evaluate(() => (window as unknown as { seenPercents: number[] }).seenPercents);
  expect(seen.length).toBeGreaterThan(2);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
});

test('the library queues the trailers of all titles with a link, less those unticked', async ({
  page,
  api,
  openApp,
}) => {
  const movies = makeMovies(['Alien (1979)', 'Arrival (2016)', 'Heat (1995)']);
  await addRootAndWait(api, movies);
  await acceptShortTrailers(api);
  const ids = await mediaIds(api);
  await api.call('media:setTrailerSource', {
    mediaId: ids.get('Arrival (2016)'),
    source: server.url('/media/video.webm'),
  });
  await openApp();

  // A link set by hand on the title page.
  await page.getByRole('link', { name: 'Alien (1979)' }).click();
  await page.getByRole('button', { name: 'Set trailer link' }).click();
  await page.getByRole('textbox', { name: 'Trailer link' }).fill(server.url('/media/video.mp4'));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('link', { name: server.url('/media/video.mp4') })).toBeVisible();
  await page.getByRole('link', { name: 'Back to Library' }).click();

  await page.getByRole('button', { name: 'Select', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Heat (1995)' }).check();
  await expect(page.getByText('1 without a trailer link')).toBeVisible();
  // "All matching" replaces the titles picked by hand; main resolves it from the filter.
  await page.getByRole('button', { name: 'Select titles with a trailer link' }).click();
  await expect(page.getByRole('checkbox', { name: 'Heat (1995)' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Alien (1979)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Arrival (2016)' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Arrival (2016)' }).uncheck();
  await expect(page.getByRole('button', { name: 'Queue trailers (1)' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Arrival (2016)' }).check();
  await page.getByRole('button', { name: 'Queue trailers (2)' }).click();
  await expect(page.getByRole('status')).toContainText('Queued 2 trailers');

  await page.getByRole('link', { name: /Activity/ }).click();
  await page.getByRole('tab', { name: /Completed/ }).click();
  const completed = page.getByRole('table', { name: 'Completed downloads' });
  await expect(completed.getByRole('row')).toHaveCount(3, { timeout: 45_000 });
  expect(existsSync(join(movies, 'Alien (1979)', 'Alien (1979)-trailer.mkv'))).toBe(true);
  expect(existsSync(join(movies, 'Arrival (2016)', 'Arrival (2016)-trailer.mkv'))).toBe(true);
});

test('download settings are checked in place and saved', async ({ page, api, openApp }) => {
  await openApp('#/settings');
  const section = page.getByRole('region', { name: 'Downloads' });
  const concurrency = section.getByLabel('Downloads at a time');
  await expect(concurrency).toHaveValue('2');
  await concurrency.fill('7');
  await section.getByRole('button', { name: 'Save download settings' }).click();
  await expect(concurrency).toHaveAttribute('aria-invalid', 'true');
  await expect(section).toContainText('At most 6 downloads at a time');

  await concurrency.fill('3');
  await section.getByLabel('Pause between YouTube downloads (seconds)').fill('12');
  await section.getByRole('button', { name: 'Save download settings' }).click();
  await expect(page.getByRole('status')).toContainText('Saved the download settings.');
  expect(await api.call('downloads:getSettings')).toMatchObject({ concurrency: 3, youtubePauseSeconds: 12 });
});
