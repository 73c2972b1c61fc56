// The player: a filed trailer plays inside the window from its title's table, streamed by the
// token-protected, ranged /videos/<download id> route; the keys drive it; Escape closes it and
// gives focus back to the row's Play button. The trailer is a real H.264/AAC mp4 made by ffmpeg,
// which Debian's Chromium decodes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { addRootAndWait } from './support/api-client';
import { makeEmpty } from './support/broken-media';
import { makeVideo } from './support/media-fixtures';
import { expect, saveScreenshot, test } from './support/test';

let library: string;

test.beforeEach(() => {
  library = mkdtempSync(join(tmpdir(), 'td-e2e-player-'));
  makeVideo(join(library, 'Heat (1995)', 'Heat (1995)-trailer.mp4'), {
    width: 640,
    height: 360,
    duration: 8,
    audioLanguage: 'eng',
  });
  // A broken file beside it: listed, but nothing to play.
  makeEmpty(join(library, 'Heat (1995)', 'Heat (1995)-trailer.mkv'));
});

test.afterEach(() => rmSync(library, { recursive: true, force: true }));

const currentTime = (page: Page) =>
  page.getByLabel('Video Heat (1995)-trailer.mp4').evaluate((v: HTMLVideoElement) => v.currentTime);
const paused = (page: Page) =>
  page.getByLabel('Video Heat (1995)-trailer.mp4').evaluate((v: HTMLVideoElement) => v.paused);

test('a filed trailer plays from the title page; Space pauses, Escape closes', async ({
  page,
  api,
  openApp,
}) => {
  await addRootAndWait(api, library);
  await openApp();
  await page.getByRole('link', { name: 'Heat (1995)' }).click();
  const broken = page.getByRole('row').filter({ hasText: 'Heat (1995)-trailer.mkv' });
  await expect(broken).toContainText('Broken');
  await expect(broken.getByRole('button', { name: /^Play/ })).toHaveCount(0);
  const play = page
    .getByRole('table', { name: 'Trailers' })
    .getByRole('button', { name: 'Play Heat (1995)-trailer.mp4' });
  await play.click();

  const player = page.getByRole('dialog', { name: 'Player' });
  await expect(player).toBeVisible();
  const facts = player.getByRole('definition');
  await expect(player.getByLabel('File facts')).toContainText('360p');
  await expect(facts.filter({ hasText: 'h264' })).toHaveCount(1);
  await expect(player.getByLabel('File facts')).toContainText('aac · English');
  await expect(player.getByLabel('File facts')).toContainText('0:08');
  await expect(player.getByLabel('File facts')).toContainText('Trailer');

  // It plays: the browser decoded the stream and its clock moves.
  await expect.poll(() => currentTime(page)).toBeGreaterThan(0.5);
  const video = player.getByLabel('Video Heat (1995)-trailer.mp4');
  await expect(video).toBeFocused();

  await page.keyboard.press('Space');
  await expect.poll(() => paused(page)).toBe(true);
  // From a known point, so that 5 s either way stays inside the 8 s trailer.
  await video.evaluate((v: HTMLVideoElement) => {
    v.currentTime = 1;
  });
  await expect.poll(() => currentTime(page)).toBeCloseTo(1, 1);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => currentTime(page)).toBeCloseTo(6, 0);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => currentTime(page)).toBeCloseTo(1, 0);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.volume)).toBeCloseTo(0.9, 2);
  // Still paused after all that: Space paused it once, not twice.
  expect(await paused(page)).toBe(true);
  await page.keyboard.press('Space');
  await expect.poll(() => paused(page)).toBe(false);

  await page.keyboard.press('Escape');
  await expect(player).toBeHidden();
  await expect(play).toBeFocused();
});

test('the player fits a 1024×700 window with the facts beside the video, and a 2560 one', async ({
  page,
  api,
  openApp,
}) => {
  await addRootAndWait(api, library);
  for (const size of [
    { width: 1024, height: 700 },
    { width: 2560, height: 1440 },
  ]) {
    await page.setViewportSize(size);
    await openApp();
    await page.getByRole('link', { name: 'Heat (1995)' }).click();
    await page.getByRole('button', { name: 'Play Heat (1995)-trailer.mp4' }).click();
    const player = page.getByRole('dialog', { name: 'Player' });
    const video = player.getByLabel('Video Heat (1995)-trailer.mp4');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThan(0);

    const dialogBox = await player.boundingBox();
    const videoBox = await video.boundingBox();
    const factsBox = await player.getByLabel('File facts').boundingBox();
    if (!dialogBox || !videoBox || !factsBox) throw new Error('the player is not laid out');
    expect(dialogBox.y + dialogBox.height, `${size.width}: bottom`).toBeLessThanOrEqual(size.height);
    expect(dialogBox.x + dialogBox.width, `${size.width}: right`).toBeLessThanOrEqual(size.width);
    expect(factsBox.x, `${size.width}: facts beside the video`).toBeGreaterThanOrEqual(
      videoBox.x + videoBox.width,
    );
    expect(videoBox.width, `${size.width}: video width`).toBeGreaterThan(size.width * 0.55);
    await saveScreenshot(page, `player-${size.width}`);
    await page.keyboard.press('Escape');
    await expect(player).toBeHidden();
  }
});
