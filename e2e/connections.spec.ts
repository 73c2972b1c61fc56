// Settings → Connections in Chromium against the real headless app: the form's refusals by their
// field, Test of a draft against a loopback Radarr (h-arr's fake, e2e/support/arr-server.ts), the
// suggested mapping, Sync, and the ids it brings to a title scanned from a folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { TrailerProfile } from '../src-preload/contract/profiles';
import { addRootAndWait, listTitles } from './support/api-client';
import { closedPort } from './support/closed-port';
import { arrTestApiKey, startArrServer, type ArrServer } from './support/arr-server';
import { makeDownloadMedia } from './support/download-media';
import { startJellyfinFake, updatesOf } from './support/jellyfin-fake';
import { startMediaServer } from './support/media-server';
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

  const port = await closedPort();
  await address.fill(`http://127.0.0.1:${port}`);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  const card = section.getByRole('listitem').filter({ hasText: 'Living room' });
  await expect(card).toContainText('Jellyfin');
  await expect(card).toContainText(`http://127.0.0.1:${port}`);
  // Saved, it is tested as saved: nothing listens there.
  await expect(card).toContainText('Not working');
  await expect(card).toContainText('Check the address and port, and that Jellyfin is running.');

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

    await openApp(`#/library`);
    await page.getByRole('link', { name: /Alien/ }).first().click();
    await expect(page.getByRole('link', { name: 'tt0078748' })).toBeVisible();
    await expect(page.getByRole('link', { name: '348' })).toBeVisible();
  });

  test('a title Radarr keeps under a path this machine does not have is listed as not on disk with its fix; the webhook panel gives what to paste', async ({
    page,
    app,
    api,
    openApp,
  }) => {
    await addRootAndWait(api, join(root, 'Movies'));
    const added = await api.call<{ id: number }>('connections:add', {
      kind: 'radarr',
      name: 'Radarr',
      url: radarr.url,
      apiKey: arrTestApiKey,
    });
    await openApp('#/settings');
    const card = page
      .getByRole('region', { name: 'Connections' })
      .getByRole('listitem')
      .filter({ hasText: 'Radarr' });
    await card.getByRole('button', { name: 'Sync Radarr now' }).click();
    await expect(card.getByLabel('Last sync')).toContainText('0 linked to folders here · 1 not on disk');

    await card.getByRole('button', { name: 'Show 1 title not on disk' }).click();
    const list = card.getByRole('table', { name: 'Not on disk in Radarr' });
    await expect(list).toContainText('Alien (1979)');
    await expect(list).toContainText('/movies/Alien (1979)');
    await expect(list).toContainText('is not a title folder in your library');
    await expect(list).toContainText(`The path mapping "/movies" → "${join(root, 'Movies')}" would find it.`);
    await list.getByRole('button', { name: 'Add this mapping' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added the path mapping' })).toContainText(
      `/movies → ${join(root, 'Movies')}`,
    );
    await card.getByRole('button', { name: 'Sync Radarr now' }).click();
    await expect(card.getByLabel('Last sync')).toContainText('1 linked to folders here · 0 not on disk');

    await card.getByRole('button', { name: 'Webhook set-up' }).click();
    const webhook = card.getByRole('region', { name: 'Webhook for Radarr' });
    await expect(webhook.getByLabel('URL', { exact: true })).toHaveValue(
      `${app.origin}/api/webhooks/arr/${added.id}`,
    );
    await expect(webhook.getByLabel('Username', { exact: true })).toHaveValue('trailerdeck');
    const password = webhook.getByLabel('Password', { exact: true });
    await expect(password).toHaveAttribute('type', 'password');
    const before = await password.inputValue();
    expect(before.length).toBeGreaterThan(16);
    await webhook.getByRole('button', { name: 'New password' }).click();
    await webhook
      .getByRole('group', { name: 'Confirm new password' })
      .getByRole('button', { name: 'Make a new password' })
      .click();
    await expect(password).not.toHaveValue(before);
  });
});

test('a Jellyfin server, once added and mapped, is told about a finished download, and its card says so', async ({
  page,
  api,
  openApp,
}) => {
  const root = mkdtempSync(join(tmpdir(), 'td-e2e-jellyfin-'));
  const movies = join(root, 'nas', 'Movies');
  mkdirSync(join(movies, 'Heat (1995)'), { recursive: true });
  writeFileSync(join(movies, 'Heat (1995)', 'Heat (1995).mkv'), '');
  const media = makeDownloadMedia(join(root, 'served'));
  const videos = await startMediaServer(join(root, 'served'));
  // Jellyfin in Docker sees the share as /data/Movies.
  const jellyfin = await startJellyfinFake({
    token: 'jf-0123456789abcdef',
    libraries: [{ name: 'Movies', collectionType: 'movies', locations: ['/data/Movies'] }],
  });
  try {
    await addRootAndWait(api, movies);
    await openApp('#/settings');
    const section = page.getByRole('region', { name: 'Connections' });
    await section.getByRole('button', { name: 'Add Jellyfin' }).click();
    const form = dialog(page);
    await form.getByLabel('Name').fill('Jellyfin');
    await form.getByLabel('Address').fill(jellyfin.url);
    await form.getByLabel('API key').fill('jf-0123456789abcdef');
    await form.getByRole('button', { name: 'Test' }).click();
    await expect(form.getByRole('status', { name: 'Test result' })).toContainText(
      'Jellyfin Server 10.10.3 (jellyfin-nas)',
    );
    const suggested = form.getByRole('list', { name: 'Suggested mappings' });
    await expect(suggested).toContainText('Heat (1995)');
    await suggested
      .getByRole('button', { name: /^Accept / })
      .first()
      .click();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
    const card = section.getByRole('listitem').filter({ hasText: 'Jellyfin Server 10.10.3' });
    await expect(card.getByLabel('Last refresh')).toContainText('Not refreshed yet');
    await card.getByRole('button', { name: 'Libraries' }).click();
    await expect(card.getByRole('list', { name: 'Libraries of Jellyfin' })).toContainText('In your library');

    const profile = (await api.call<TrailerProfile[]>('profiles:list')).find((p) => p.isDefault)!;
    await api.call('profiles:update', { id: profile.id, minDurationSeconds: null, maxDurationSeconds: null });
    const [heat] = await listTitles(api);
    await api.call('downloads:enqueue', {
      mediaId: heat!.id,
      profileId: profile.id,
      source: videos.url(`/media/${media.mp4}`),
    });

    await expect(card.getByLabel('Last refresh')).toContainText('1 title folder', { timeout: 30_000 });
    expect(
      updatesOf(jellyfin, '/Library/Media/Updated')
        .flat()
        .map((u) => u.Path),
    ).toEqual(['/data/Movies/Heat (1995)']);

    // For the README: a synced Radarr beside the server (arranged through the API).
    const radarr = await startArrServer({
      app: 'radarr',
      rootFolders: ['/data/Movies'],
      movies: [
        { id: 1, title: 'Heat', year: 1995, tmdbId: 949, path: '/data/Movies/Heat (1995)', hasFile: true },
      ],
    });
    try {
      const added = await api.call<{ id: number }>('connections:add', {
        kind: 'radarr',
        name: 'Radarr',
        url: radarr.url,
        apiKey: arrTestApiKey,
        pathMappings: [{ remote: '/data/Movies', local: movies }],
      });
      await api.call('connections:test', { id: added.id });
      await api.call('connections:sync', { id: added.id });
      const radarrCard = section.getByRole('listitem').filter({ hasText: 'Radarr 5.14.0.9383' });
      await expect(radarrCard.getByLabel('Last sync')).toContainText('1 linked to folders here');
      const dismiss = page.getByRole('button', { name: 'Dismiss' });
      while ((await dismiss.count()) > 0) await dismiss.first().click();
      await page
        .getByRole('heading', { name: 'Connections', exact: true })
        .evaluate((h) => h.scrollIntoView());
      await saveScreenshot(page, 'connections');
    } finally {
      await radarr.close();
    }
  } finally {
    await jellyfin.close();
    await videos.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a connection removed from another window while its form is open says so instead of turning into a new one', async ({
  page,
  api,
  openApp,
}) => {
  const added = await api.call<{ id: number }>('connections:add', {
    kind: 'emby',
    name: 'Emby',
    url: `http://127.0.0.1:${await closedPort()}`,
    apiKey: 'emby-0123456789',
  });
  await openApp('#/settings');
  await page.getByRole('button', { name: 'Edit Emby' }).click();
  await expect(dialog(page).getByLabel('Name')).toHaveValue('Emby');
  await api.call('connections:remove', { id: added.id });
  await expect(dialog(page)).toContainText('This connection was removed');
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();
});
