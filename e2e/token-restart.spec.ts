// A tab left open while Trailerdeck restarts with a new token: the page must say to open the new
// address instead of "Reconnecting…" forever, and the 401 page must say the same.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHeadlessApp, type HeadlessApp } from './support/headless-app';

test('a tab from before a restart with a new token is told to open the new address', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'td-e2e-restart-'));
  const running: HeadlessApp[] = [];
  try {
    // Arrange: the app runs and the page is open.
    const first = await startHeadlessApp({ dataDir });
    running.push(first);
    await page.goto(first.url);
    await page.locator('body[data-ready]').waitFor();
    const port = new URL(first.origin).port;

    // Act: restart on the same port; without --token it makes a new token.
    await first.stop();
    const second = await startHeadlessApp({ dataDir, extraArgs: ['--port', port] });
    running.push(second);
    expect(second.token).not.toBe(first.token);

    // Assert: the open tab says what to do, and so does the page it gets on reload.
    const banner = page.getByRole('alert', { name: 'Access token no longer valid' });
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expect(banner).toContainText('Open the new address it printed');
    await expect(banner).toContainText('--token');
    await expect(page.getByText('Reconnecting…')).toHaveCount(0);

    const reload = await page.reload();
    expect(reload?.status()).toBe(401);
    await expect(page.getByRole('heading', { name: 'Trailerdeck needs its access token' })).toBeVisible();
    await expect(page.getByText('Open the full address Trailerdeck printed when it started')).toBeVisible();

    await page.goto(second.url);
    await page.locator('body[data-ready]').waitFor();
    await expect(banner).toHaveCount(0);
  } finally {
    for (const app of running) await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
