import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { connectApi, type ApiClient } from './api-client';
import { startHeadlessApp, type HeadlessApp, type HeadlessAppOptions } from './headless-app';

interface Fixtures {
  /** How the app is started; a spec overrides it (another yt-dlp, its environment). */
  appOptions: HeadlessAppOptions;
  /** A fresh headless app: its own data dir and port. */
  app: HeadlessApp;
  api: ApiClient;
  /** Opens the app and waits until its first data has loaded. */
  openApp: (hash?: string) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  appOptions: [{}, { option: true }],
  app: async ({ appOptions }, use, testInfo) => {
    const app = await startHeadlessApp(appOptions);
    await use(app);
    // A failure is explained by what the app did: its log (jobs, failed tool runs) and its output.
    if (testInfo.status !== testInfo.expectedStatus) {
      const log = join(app.dataDir, 'logs', 'trailerdeck.log');
      if (existsSync(log)) await testInfo.attach('app log', { path: log, contentType: 'text/plain' });
      await testInfo.attach('app output', { body: app.output(), contentType: 'text/plain' });
    }
    const output = app.output();
    await app.stop();
    // An internal error is a bug even when the page looked right (headless-main.ts prints them).
    expect(output, 'the app reported an internal error').not.toMatch(/\[trailerdeck\] \S+ failed:/);
  },
  api: async ({ app }, use) => {
    const api = await connectApi(app);
    await use(api);
    api.close();
  },
  openApp: async ({ app, page }, use) => {
    await use(async (hash = '') => {
      await page.goto(app.url + hash);
      await page.locator('body[data-ready]').waitFor();
    });
  },
});

export { expect };

/** Saves a page screenshot for the README when UPDATE_SCREENSHOTS=1, else with the test results. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const dir = fileURLToPath(
    new URL(
      process.env.UPDATE_SCREENSHOTS ? '../screenshots/' : '../../test-results/screenshots/',
      import.meta.url,
    ),
  );
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}${name}.png` });
}
