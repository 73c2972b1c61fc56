// Upgrade / Replace as a person uses it: a scan finds a 320×180 trailer (real file made with ffmpeg,
// probed by the real ffprobe); on the Audit page it is picked by keyboard and upgraded; the queue
// downloads a 720p copy with the real yt-dlp from a loopback server (the title's trailer link),
// verifies it, and puts it in the old file's place. The audit then lets it go by itself (live
// refresh), and the title's table shows 720p. At 1024×700 the selection bar fits. A VP9 trailer
// whose only problem is its codecs is converted on disk instead: nothing is fetched.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TrailerProfile } from '../src-preload/contract/profiles';
import { addRootAndWait, listTitles } from './support/api-client';
import { makeVideo } from './support/media-fixtures';
import { startMediaServer, type MediaServer } from './support/media-server';
import { expect, saveScreenshot, test } from './support/test';

let root: string;
let server: MediaServer;
const title = 'Tiny Furniture (2010)';

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'td-e2e-audit-upgrade-'));
  makeVideo(join(root, 'served', 'hd.mp4'), { width: 1280, height: 720, duration: 1 });
  server = await startMediaServer(join(root, 'served'));
});
test.afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

test('Upgrade replaces a low-resolution trailer with a 720p one; the audit lets it go and the title shows 720p', async ({
  page,
  api,
  openApp,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const movies = mkdtempSync(join(root, 'movies-'));
  const folder = join(movies, title);
  mkdirSync(folder);
  writeFileSync(join(folder, `${title}.mkv`), '');
  makeVideo(join(folder, `${title}-trailer.mkv`), { width: 320, height: 180 });
  await addRootAndWait(api, movies);
  // The default profile wants 720p; the 1 s fixture is shorter than any trailer.
  const profile = (await api.call<TrailerProfile[]>('profiles:list')).find((p) => p.isDefault)!;
  await api.call('profiles:update', {
    id: profile.id,
    maxResolution: '720',
    minDurationSeconds: null,
    maxDurationSeconds: null,
  });
  const mediaId = (await listTitles(api)).find((m) => m.title === 'Tiny Furniture')!.id;
  await api.call('media:setTrailerSource', { mediaId, source: server.url('/media/hd.mp4') });

  await openApp('#/audit');
  const table = page.getByRole('table', { name: 'Files with problems' });
  const row = table.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('180p, the profile wants 720p');

  // Space toggles the focused row's checkbox.
  const pick = row.getByRole('checkbox', { name: `Select ${title}: ${title}-trailer.mkv` });
  await pick.focus();
  await page.keyboard.press('Space');
  await expect(pick).toBeChecked();
  const bar = page.getByRole('region', { name: 'Selection' });
  await expect(bar).toContainText('1 file selected');
  await expect(bar.getByRole('button', { name: 'Select all 1 in this filter' })).toBeVisible();
  const upgrade = bar.getByRole('button', { name: 'Upgrade (1)' });
  for (const element of [upgrade, pick]) {
    const box = await element.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1024);
  }
  const overflow = await table.evaluate(
    (element) => element.parentElement!.scrollWidth - element.parentElement!.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'audit-upgrade');

  await upgrade.click();
  await expect(page.getByRole('status')).toContainText('Queued 1 upgrade');
  // No reload: the page follows the finished job.
  await expect(page.getByText('Every trailer matches its profile.')).toBeVisible({ timeout: 45_000 });
  expect(readdirSync(folder).sort()).toEqual([`${title}-trailer.mkv`, `${title}.mkv`]);

  await page.goto(`${page.url().split('#')[0]}#/title/${mediaId}`);
  const trailers = page.getByRole('table', { name: 'Trailers' });
  await expect(trailers.getByRole('row').nth(1)).toContainText(`${title}-trailer.mkv`);
  await expect(trailers.getByRole('row').nth(1)).toContainText('720p');
  await expect(trailers.getByRole('row')).toHaveCount(2);
});

test('Upgrade converts a VP9 trailer on disk to H.264 without fetching anything; the title shows h264', async ({
  page,
  api,
  openApp,
}) => {
  const movies = mkdtempSync(join(root, 'movies-'));
  const folder = join(movies, title);
  mkdirSync(folder);
  writeFileSync(join(folder, `${title}.mkv`), '');
  makeVideo(join(folder, `${title}-trailer.mkv`), { videoCodec: 'vp9', audioCodec: 'opus' });
  await addRootAndWait(api, movies);
  // The profile wants H.264/AAC downloads of any size; its processing keeps what comes.
  const profile = (await api.call<TrailerProfile[]>('profiles:list')).find((p) => p.isDefault)!;
  await api.call('profiles:update', {
    id: profile.id,
    maxResolution: 'best',
    videoCodec: 'h264',
    audioCodec: 'aac',
    minDurationSeconds: null,
    maxDurationSeconds: null,
  });
  const mediaId = (await listTitles(api)).find((m) => m.title === 'Tiny Furniture')!.id;
  const requests = server.requests.length;

  await openApp('#/audit');
  const row = page
    .getByRole('table', { name: 'Files with problems' })
    .getByRole('row')
    .filter({ hasText: title });
  await expect(row).toContainText('Video VP9, the profile wants H.264');
  await row.getByRole('checkbox', { name: `Select ${title}: ${title}-trailer.mkv` }).check();
  await page.getByRole('region', { name: 'Selection' }).getByRole('button', { name: 'Upgrade (1)' }).click();
  await expect(page.getByRole('status')).toContainText('Queued 1 upgrade');
  await expect(page.getByText('Every trailer matches its profile.')).toBeVisible({ timeout: 45_000 });
  expect(readdirSync(folder).sort()).toEqual([`${title}-trailer.mkv`, `${title}.mkv`]);
  expect(server.requests.length).toBe(requests);

  await page.goto(`${page.url().split('#')[0]}#/title/${mediaId}`);
  const trailers = page.getByRole('table', { name: 'Trailers' });
  await expect(trailers.getByRole('row').nth(1)).toContainText('h264');
  await expect(trailers.getByRole('row')).toHaveCount(2);
});
