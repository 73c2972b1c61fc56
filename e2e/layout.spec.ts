// Tables at a small window (1024×700): every row action stays on screen without sideways
// scrolling, and long names are wrapped or truncated (with the whole name as a tooltip) instead of
// drawing over the next column. Real files (ffmpeg), real yt-dlp against a loopback server.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { TrailerProfile } from '../src-preload/contract/profiles';
import { addRootAndWait, listTitles } from './support/api-client';
import { makeVideo } from './support/media-fixtures';
import { startMediaServer, type MediaServer } from './support/media-server';
import { expect, test } from './support/test';

const longTitle = 'Dr. Strangelove or How I Learned to Stop Worrying and Love the Bomb (1964)';
const longWordTitle = 'Supercalifragilisticexpialidociousandthensomemorewithoutanyspaces (2010)';
const longFileName = 'Dr.Strangelove.or.How.I.Learned.to.Stop.Worrying.and.Love.the.Bomb.1964-trailer.mp4';

let root: string;
let server: MediaServer;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'td-e2e-layout-'));
  mkdirSync(join(root, 'served'));
  server = await startMediaServer(join(root, 'served'));
});

test.afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

test.use({ viewport: { width: 1024, height: 700 } });

/** The element lies inside the viewport, right edge included. */
async function expectInViewport(page: Page, element: Locator): Promise<void> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize();
  expect(box, 'the element is rendered').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport!.width);
}

/** The table's scrolling container has nothing hidden sideways. */
async function expectNoSidewaysScroll(table: Locator): Promise<void> {
  const overflow = await table.evaluate((element) => {
    const wrap = element.parentElement!;
    return wrap.scrollWidth - wrap.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
}

/** What the cell's content draws ends before the next cell begins. */
async function expectWithinColumn(content: Locator, nextCell: Locator): Promise<void> {
  const drawn = await content.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return Math.max(...[...range.getClientRects()].map((rect) => rect.right));
  });
  const next = await nextCell.boundingBox();
  expect(drawn).toBeLessThanOrEqual(next!.x + 1);
}

test('at 1024×700 Retry, Delete file and long names stay within their columns and the window', async ({
  page,
  api,
  openApp,
}) => {
  const movies = join(root, 'movies');
  for (const title of [longTitle, longWordTitle]) {
    mkdirSync(join(movies, title), { recursive: true });
    writeFileSync(join(movies, title, `${title}.mkv`), '');
  }
  makeVideo(join(movies, longTitle, longFileName));
  await addRootAndWait(api, movies);
  const profile = (await api.call<TrailerProfile[]>('profiles:list')).find((p) => p.isDefault)!;
  const media = await listTitles(api);
  for (const item of media) {
    await api.call('downloads:enqueue', {
      mediaId: item.id,
      profileId: profile.id,
      source: server.url('/status/404/video.mp4'),
    });
  }

  await openApp('#/activity');
  await page.getByRole('tab', { name: /Failed/ }).click();
  const failed = page.getByRole('table', { name: 'Failed downloads' });
  for (const title of [longTitle, longWordTitle]) {
    const row = failed.getByRole('row', { name: title });
    const retry = row.getByRole('button', { name: `Retry the download of ${title}` });
    await expect(retry).toBeVisible({ timeout: 30_000 });
    await expectInViewport(page, retry);
    // A failure says it failed, not that it "finished".
    await expect(row).toContainText(/Failed (just now|\d+ minutes? ago)/);
    await expectWithinColumn(row.getByRole('link', { name: title }), row.getByRole('cell').nth(1));
  }
  await expectNoSidewaysScroll(failed);

  await page.getByRole('link', { name: longTitle }).first().click();
  const trailers = page.getByRole('table', { name: 'Trailers' });
  const row = trailers.getByRole('row').nth(1);
  const remove = row.getByRole('button', { name: `Delete file ${longFileName}` });
  await expect(remove).toBeVisible();
  await expectInViewport(page, remove);
  await expectNoSidewaysScroll(trailers);
  // Truncated, not broken per character: one line, and the whole name in its tooltip.
  const fileName = row.getByTitle(new RegExp(`${longFileName.replaceAll('.', '\\.')}$`));
  await expect(fileName).toHaveText(longFileName);
  const lines = await fileName.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  expect(lines).toBe(1);
  // What shows of it (it clips its overflow) ends before the next column.
  const shown = await fileName.boundingBox();
  const next = await row.getByRole('cell').nth(1).boundingBox();
  expect(shown!.x + shown!.width).toBeLessThanOrEqual(next!.x + 1);
  expect(await fileName.evaluate((element) => getComputedStyle(element).overflow)).toBe('hidden');
});
