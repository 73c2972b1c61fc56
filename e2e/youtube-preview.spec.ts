// The YouTube preview in Find trailer, a setting that is off by default because it contacts YouTube.
// Off: no Preview button and no request to YouTube's player. On: each YouTube candidate (not a link
// to another site) plays in YouTube's privacy-enhanced embed, over the dialog, at 1024×700; Escape
// closes it and gives focus back. YouTube cannot be reached from here: the stand-in yt-dlp answers
// the search (support/standin-test.ts), and the browser's requests to www.youtube-nocookie.com are
// answered by Playwright (page.route) with a tiny stand-in page. The page's real CSP still decides
// whether the frame may load at all: a blocked frame never reaches the route.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { MediaDetail } from '../src-preload/contract/models';
import { addRootAndWait, listTitles, type ApiClient } from './support/api-client';
import { expect, saveScreenshot } from './support/test';
import { searchEntry as entry, test } from './support/standin-test';

const otherSite = 'https://vimeo.com/76979871';
const embedOrigin = 'https://www.youtube-nocookie.com';

let root: string;

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'td-e2e-preview-'));
});

test.afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test.use({ viewport: { width: 1024, height: 700 } });

/** Heat (1995), searched on YouTube, with a link to another site set by hand. */
async function arrange(api: ApiClient, standin: { answer(searches: object): void }): Promise<void> {
  standin.answer({
    'Heat 1995 official trailer': {
      entries: [
        entry('heatTrail01', 'Heat (1995) Official Trailer - Al Pacino, Robert De Niro', {
          channel: 'Warner Bros.',
          view_count: 9_800_000,
        }),
        entry('heatRevie01', 'Heat (1995) - Movie Review', { channel: 'Cinema Critic', duration: 720 }),
      ],
    },
  });
  const movies = mkdtempSync(join(root, 'movies-'));
  mkdirSync(join(movies, 'Heat (1995)'));
  writeFileSync(join(movies, 'Heat (1995)', 'Heat (1995).mkv'), '');
  await addRootAndWait(api, movies);
  const [heat] = await listTitles(api);
  await api.call<MediaDetail>('media:setTrailerSource', { mediaId: heat!.id, source: otherSite });
  await api.call('downloads:updateSettings', { youtubePauseSeconds: 0 });
}

/** Every request the page makes to YouTube's embed host (address and Referer), answered by a stand-in page. */
async function standInPlayer(page: Page): Promise<{ url: string; referer: string | undefined }[]> {
  const requested: { url: string; referer: string | undefined }[] = [];
  await page.route(`${embedOrigin}/**`, async (route) => {
    const request = route.request();
    requested.push({ url: request.url(), referer: (await request.allHeaders())['referer'] });
    await route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Stand-in player</title><p>Stand-in YouTube player</p>',
    });
  });
  return requested;
}

async function openFindTrailer(page: Page): Promise<{ dialog: Locator; list: Locator }> {
  await page.getByRole('link', { name: 'Heat (1995)' }).click();
  await page.getByRole('button', { name: 'Find trailer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find trailer' });
  const list = dialog.getByRole('list', { name: 'Candidates' });
  await expect(list.getByRole('listitem', { name: /Official Trailer/ })).toBeVisible({ timeout: 20_000 });
  await expect(list.getByRole('listitem', { name: otherSite })).toBeVisible();
  return { dialog, list };
}

/** The element lies wholly inside the window. */
async function expectInWindow(page: Page, element: Locator): Promise<void> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, 'the element is rendered').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
}

test('with the preview off (the default), Find trailer has no Preview button and never asks YouTube', async ({
  page,
  api,
  openApp,
  standin,
}) => {
  await arrange(api, standin);
  const requested = await standInPlayer(page);
  await openApp();

  const { dialog, list } = await openFindTrailer(page);

  await expect(list.locator(':scope > li')).toHaveCount(3);
  await expect(dialog.getByRole('button', { name: /^Preview/ })).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(requested).toEqual([]);
});

test('with the preview on, Preview plays the candidate in the nocookie embed; Escape closes it and focus returns', async ({
  page,
  app,
  api,
  openApp,
  standin,
}) => {
  await arrange(api, standin);
  const requested = await standInPlayer(page);
  await openApp('#/settings');

  // Settings → Discovery: the person turns it on, told that the window will contact YouTube.
  const section = page.getByRole('region', { name: 'Discovery' });
  const toggle = section.getByRole('checkbox', {
    name: 'Preview YouTube videos in Find trailer (contacts YouTube)',
  });
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toHaveAccessibleDescription(/lets the window contact youtube-nocookie\.com/);
  await toggle.check();
  await toggle.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'settings-youtube-preview');
  await section.getByRole('button', { name: 'Save discovery settings' }).click();
  await expect(page.getByRole('status')).toContainText('Saved the discovery settings.');
  expect(await api.call('discovery:getSettings')).toMatchObject({ youtubePreview: true });
  await page.getByRole('link', { name: 'Library' }).click();

  const { dialog, list } = await openFindTrailer(page);
  const official = list.getByRole('listitem', { name: /Official Trailer/ });
  const elsewhere = list.getByRole('listitem', { name: otherSite });
  // A link to another site has no YouTube id, and no preview.
  await expect(elsewhere.getByRole('button', { name: /^Preview/ })).toHaveCount(0);
  await expect(list.getByRole('button', { name: /^Preview/ })).toHaveCount(2);
  expect(requested).toEqual([]);

  // Reached and pressed from the keyboard.
  const previewButton = official.getByRole('button', { name: /^Preview “Heat \(1995\) Official Trailer/ });
  await previewButton.focus();
  await page.keyboard.press('Enter');

  const preview = page.getByRole('dialog', { name: 'YouTube preview' });
  await expect(preview).toBeVisible();
  const frame = preview.locator('iframe');
  await expect(frame).toHaveAttribute('src', `${embedOrigin}/embed/heatTrail01?autoplay=1`);
  await expect(frame).toHaveAttribute('title', /^YouTube player: Heat \(1995\) Official Trailer/);
  // The CSP let the frame load: the stand-in page is inside it, and it was asked for exactly once.
  await expect(preview.frameLocator('iframe').getByText('Stand-in YouTube player')).toBeVisible();
  // YouTube identifies the embedding app by its origin in the Referer, which the page's own
  // no-referrer policy would have left out.
  expect(requested).toEqual([
    { url: `${embedOrigin}/embed/heatTrail01?autoplay=1`, referer: `${new URL(app.url).origin}/` },
  ]);
  // Sandboxed: YouTube's page runs, but cannot navigate the window away.
  await expect(frame).toHaveAttribute('sandbox', /allow-scripts/);
  await expect(frame).not.toHaveAttribute('sandbox', /allow-top-navigation/);
  // It fits a 1024×700 window, the player whole, its close button reachable.
  await expectInWindow(page, preview);
  await expectInWindow(page, frame);
  await expect(preview.getByRole('button', { name: 'Close' })).toBeFocused();
  await saveScreenshot(page, 'find-trailer-preview');

  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(page.locator('iframe')).toHaveCount(0);
  // Only the preview closed; Find trailer is still there, with focus back on the button.
  await expect(dialog).toBeVisible();
  await expect(previewButton).toBeFocused();

  // The other YouTube candidate, closed with its Close button.
  await list.getByRole('button', { name: /^Preview “Heat \(1995\) - Movie Review/ }).click();
  await expect(preview.locator('iframe')).toHaveAttribute(
    'src',
    `${embedOrigin}/embed/heatRevie01?autoplay=1`,
  );
  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(preview).toBeHidden();
  await expect(dialog).toBeVisible();
  await saveScreenshot(page, 'find-trailer-preview-buttons');
  // The candidates' buttons still fit the window beside the new Preview button.
  await expectInWindow(page, official.getByRole('button', { name: /^Not this one/ }));
});
