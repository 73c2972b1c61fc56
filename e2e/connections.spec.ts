// Settings → Connections in Chromium against the real headless app: the form's refusals by their
// field, Test of a draft against a loopback Radarr (h-arr's fake, e2e/support/arr-server.ts), the
// suggested mapping, Sync, and the ids it brings to a title scanned from a folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { addRootAndWait } from './support/api-client';
import { arrTestApiKey, startArrServer, type ArrServer } from './support/arr-server';
import { expect, saveScreenshot, test } from './support/test';

const dialog = (page: Page) => page.getByRole('dialog');

test('an empty Connections section says none is needed; a refused address is shown by its field, a saved one as a card', async ({
  page,
  openApp,
}) => {
  await openApp('#/settings');
  const section = page.getByRole('region', { name: 'Connections' });
  await expect(section).toContainText('No connections yet, and none is needed.');

  await section.getByRole('button', { name: 'Add Jellyfin' }).click();
  const form = dialog(page);
  await expect(form.getByRole('heading', { name: 'Add Jellyfin' })).toBeVisible();
  await form.getByLabel('Name').fill('Living room');
  await form.getByLabel('Address').fill('jellyfin.local:8096');
  await form.getByLabel('API key').fill('0123456789abcdef');
  await form.getByLabel('API key').press('Enter');
  const address = form.getByLabel('Address');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAccessibleDescription(/starting with http:\/\/ or https:\/\//);

  await address.fill('http://127.0.0.1:8096');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  const card = section.getByRole('listitem').filter({ hasText: 'Living room' });
  await expect(card).toContainText('Jellyfin');
  await expect(card).toContainText('http://127.0.0.1:8096');
  await expect(card).toContainText('Not tested yet');

  // Editing keeps the stored key unless a new one is typed.
  await card.getByRole('button', { name: 'Edit Living room' }).click();
  await expect(form.getByLabel('API key')).toHaveAttribute('placeholder', 'saved — leave empty to keep');
  await form.getByLabel('API key').press('Escape');
  await expect(form).toBeHidden();

  await card.getByRole('button', { name: 'Remove Living room' }).click();
  await card
    .getByRole('group', { name: 'Confirm removal' })
    .getByRole('button', { name: 'Remove connection' })
    .click();
  await expect(section).toContainText('No connections yet, and none is needed.');
});

test.describe('with a loopback Radarr', () => {
  let root: string;
  let radarr: ArrServer;

  test.beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'td-e2e-connections-'));
    const alien = join(root, 'Movies', 'Alien (1979)');
    mkdirSync(alien, { recursive: true });
    writeFileSync(join(alien, 'Alien (1979).mkv'), '');
    // Radarr runs in Docker: it sees the same folder as /movies.
    radarr = await startArrServer({
      app: 'radarr',
      rootFolders: ['/movies'],
      movies: [
        {
          id: 1,
          title: 'Alien',
          year: 1979,
          tmdbId: 348,
          imdbId: 'tt0078748',
          path: '/movies/Alien (1979)',
          hasFile: true,
        },
      ],
    });
  });

  test.afterEach(async () => {
    await radarr.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('Test names a wrong key, then Radarr and its version; the suggested mapping and Sync bring its ids to the title', async ({
    page,
    api,
    openApp,
  }) => {
    await addRootAndWait(api, join(root, 'Movies'));
    await openApp('#/settings');
    const section = page.getByRole('region', { name: 'Connections' });
    await section.getByRole('button', { name: 'Add Radarr' }).click();
    const form = dialog(page);
    await form.getByLabel('Name').fill('Radarr');
    await form.getByLabel('Address').fill(radarr.url);
    await form.getByLabel('API key').fill('not-the-key');
    await form.getByRole('button', { name: 'Test' }).click();
    const result = form.getByRole('status', { name: 'Test result' });
    await expect(result).toContainText('Not working');
    await expect(result).toContainText(/refused the API key/i);
    await expect(result).toContainText('Settings → General → Security → API Key');

    await form.getByLabel('API key').fill(arrTestApiKey);
    await form.getByRole('button', { name: 'Test' }).click();
    await expect(result).toContainText('Connected');
    await expect(result).toContainText('Radarr 5.14.0.9383');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
    const card = section.getByRole('listitem').filter({ hasText: 'Radarr 5.14.0.9383' });
    await expect(card).toContainText('Connected');
    // The key never reaches the window.
    expect(await page.content()).not.toContain(arrTestApiKey);

    await card.getByRole('button', { name: 'Edit Radarr' }).click();
    const suggested = form.getByRole('list', { name: 'Suggested mappings' });
    const local = join(root, 'Movies');
    await expect(suggested).toContainText('explains 1 title');
    await suggested.getByRole('button', { name: `Accept /movies → ${local}` }).click();
    await expect(form.getByLabel("This machine's path (1)")).toHaveValue(local);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();

    await card.getByRole('button', { name: 'Sync Radarr now' }).click();
    await expect(card.getByLabel('Last sync')).toContainText('1 title imported · 1 linked to folders here');
    await saveScreenshot(page, 'connections');

    await openApp(`#/library`);
    await page.getByRole('link', { name: /Alien/ }).first().click();
    await expect(page.getByRole('link', { name: 'tt0078748' })).toBeVisible();
    await expect(page.getByRole('link', { name: '348' })).toBeVisible();
  });
});
