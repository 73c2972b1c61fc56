// Settings → Connections at a small window (1024×700) and a wide one (2560): long names, long
// addresses and a problem's words stay inside their cards, every card's actions stay on screen, and
// the add/edit form's Save button shows without scrolling the page.
import type { Page } from '@playwright/test';
import { closedPort } from './support/closed-port';
import { expect, test } from './support/test';

const dialog = (page: Page) => page.getByRole('dialog');

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 2560, height: 1300 },
]) {
  test(`at ${viewport.width}×${viewport.height} long names, addresses and problems stay inside the cards and the window`, async ({
    page,
    api,
    openApp,
  }) => {
    await page.setViewportSize(viewport);
    const port = await closedPort();
    const longName = 'Radarr for the 4K remuxes on the basement NAS behind the reverse proxy';
    const added = await api.call<{ id: number }>('connections:add', {
      kind: 'radarr',
      name: longName,
      url: `http://127.0.0.1:${port}`,
      urlBase: '/a/very/long/reverse-proxy/path/that/goes/on/and/on/for/radarr-4k-remux',
      apiKey: 'k-0123456789abcdef',
    });
    await api.call('connections:test', { id: added.id });
    await api.call('connections:add', {
      kind: 'plex',
      name: 'Plex',
      url: `http://127.0.0.1:${port}`,
      apiKey: 'plex-token-0123456789',
    });
    await openApp('#/settings');
    const section = page.getByRole('region', { name: 'Connections' });
    const card = section.getByRole('listitem').filter({ hasText: longName });
    await expect(card).toContainText('Not working');
    await card.scrollIntoViewIfNeeded();

    for (const name of [`Edit ${longName}`, `Test ${longName}`, `Remove ${longName}`, 'Edit Plex']) {
      const box = await section.getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    }
    // Nothing pushes the page sideways, and the card's text ends inside the card.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(
      0,
    );
    const overflow = await card.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // The form fits: its Save button shows without scrolling the page.
    await section.getByRole('button', { name: 'Edit Plex' }).click();
    const save = dialog(page).getByRole('button', { name: 'Save' });
    await expect(save).toBeInViewport();
  });
}
