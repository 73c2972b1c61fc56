import { addRootAndWait } from './support/api-client';
import { fixtureMovies, fixtureSeries } from './support/fixture-paths';
import { expect, saveScreenshot, test } from './support/test';

test('adds a library through the folder browser and lists its titles', async ({ page, openApp }) => {
  await openApp();
  await expect(page.getByText('or drop media folders anywhere on this window')).toBeVisible();

  await page.getByRole('button', { name: 'Add folder' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a folder' });
  await dialog.getByLabel('Folder path').fill(fixtureMovies);
  await dialog.getByLabel('Folder path').press('Enter');
  await expect(dialog.getByText(`Current folder: ${fixtureMovies}`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Add this folder' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(
    'Scan finished: 4 new titles, 2 trailers and 1 extra found',
  );
  const titles = page.getByRole('list', { name: 'Titles' });
  for (const name of ['The Matrix (1999)', 'Blade Runner 2049 (2017)', 'Heat (1995)', 'Amélie (2001)']) {
    await expect(titles.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByText('4 of 4 titles')).toBeVisible();
});

test('searches and filters the library', async ({ page, api, openApp }) => {
  await addRootAndWait(api, fixtureMovies);
  await addRootAndWait(api, fixtureSeries);
  await openApp();
  const titles = page.getByRole('list', { name: 'Titles' });
  await expect(page.getByText('5 of 5 titles')).toBeVisible();

  await page.getByLabel('Search library').fill('MATRIX');
  await expect(page.getByText('1 of 5 titles')).toBeVisible();
  await expect(titles.getByRole('link')).toHaveText([/The Matrix/]);

  await page.getByLabel('Search library').fill('amelie');
  await expect(titles.getByRole('link', { name: 'Amélie (2001)' })).toBeVisible();
  await expect(page.getByText('1 of 5 titles')).toBeVisible();

  await page.getByLabel('Search library').fill('');
  await page.getByLabel('Type').selectOption({ label: 'Series' });
  await expect(page.getByText('1 of 5 titles')).toBeVisible();
  await expect(titles.getByRole('link', { name: 'Breaking Bad (2008)' })).toBeVisible();

  await page.getByLabel('Type').selectOption({ label: 'All' });
  await page.getByLabel('Trailer', { exact: true }).selectOption({ label: 'Missing' });
  await expect(page.getByText('2 of 5 titles')).toBeVisible();
  await expect(titles.getByRole('link')).toHaveText([/Amélie/, /Heat/]);

  await page.getByLabel('Trailer', { exact: true }).selectOption({ label: 'All' });
  await page.getByLabel('Search library').fill('zzz');
  await expect(page.getByRole('heading', { name: 'No titles match “zzz”' })).toBeVisible();
  await page.getByLabel('Search library').fill('');
  await saveScreenshot(page, 'library');
});

test('refuses bad library folders with a clear message and keeps the dialog open', async ({
  page,
  api,
  openApp,
}) => {
  await addRootAndWait(api, fixtureMovies);
  await openApp();
  await page.getByRole('button', { name: 'Add folder' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a folder' });
  const path = dialog.getByLabel('Folder path');
  const add = dialog.getByRole('button', { name: 'Add this folder' });

  await path.fill('/no/such/folder');
  await add.click();
  await expect(dialog.getByRole('alert')).toContainText('The folder “/no/such/folder” does not exist');

  await path.fill(`${fixtureMovies}/Heat (1995) [tmdbid-949]/Heat (1995).mkv`);
  await add.click();
  await expect(dialog.getByRole('alert')).toContainText('is a file, not a folder');

  await path.fill(fixtureMovies);
  await add.click();
  await expect(dialog.getByRole('alert')).toContainText('is already in your library');

  await path.fill(`${fixtureMovies}/Heat (1995) [tmdbid-949]`);
  await add.click();
  await expect(dialog.getByRole('alert')).toContainText('which is already a library folder');

  await expect(dialog).toBeVisible();
  expect(await api.call<unknown[]>('library:listRoots')).toHaveLength(1);
});

test('shows a drop zone while dragging and adds dropped folders', async ({ page, openApp }) => {
  await openApp();
  const dropZone = page.getByRole('region', { name: 'Drop zone' });
  await expect(dropZone).toBeHidden();

  // A folder dragged from a file manager arrives as a file:// URI; the page maps it to a path.
  const dataTransfer = await page.evaluateHandle(
    (uri) => {
      const transfer = new DataTransfer();
      transfer.setData('text/uri-list', uri);
      return transfer;
    },
    `file://${encodeURI(fixtureSeries)}`,
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(dropZone).toBeVisible();
  await expect(dropZone).toContainText('Drop folders to add them to your library');
  await page.dispatchEvent('body', 'drop', { dataTransfer });

  await expect(dropZone).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`Added folder ${fixtureSeries}`);
  await expect(page.getByRole('link', { name: 'Breaking Bad (2008)' })).toBeVisible();
});

test('a dropped path that is not a folder gives an error toast and adds nothing', async ({
  page,
  api,
  openApp,
}) => {
  await openApp();
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/uri-list', 'file:///no/such/dropped-folder');
    return transfer;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByRole('status')).toContainText('“/no/such/dropped-folder” does not exist');
  expect(await api.call<unknown[]>('library:listRoots')).toHaveLength(0);
});

test('a folder listing that arrives late does not replace a path the person typed', async ({
  page,
  openApp,
}) => {
  // Hold back answers to fs:listFolders until the path has been typed, as on a slow machine.
  const listingIds = new Set<number>();
  const held: string[] = [];
  let holding = true;
  await page.routeWebSocket(/\/ws$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const call = JSON.parse(String(message)) as { id: number; name: string };
      if (call.name === 'fs:listFolders') listingIds.add(call.id);
      server.send(message);
    });
    server.onMessage((message) => {
      const reply = JSON.parse(String(message)) as { type: string; id?: number };
      if (holding && reply.type === 'result' && listingIds.has(reply.id ?? -1)) held.push(String(message));
      else ws.send(message);
    });
    releaseHeld = () => {
      holding = false;
      for (const message of held.splice(0)) ws.send(message);
    };
  });
  let releaseHeld = (): void => undefined;
  await openApp();

  await page.getByRole('button', { name: 'Add folder' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a folder' });
  await dialog.getByLabel('Folder path').fill(fixtureSeries);
  await expect.poll(() => held.length).toBe(1);
  releaseHeld();
  await expect(dialog.getByText(/^Current folder: /)).toBeVisible();
  await expect(dialog.getByLabel('Folder path')).toHaveValue(fixtureSeries);

  await dialog.getByRole('button', { name: 'Add this folder' }).click();
  await expect(page.getByRole('status')).toContainText(`Added folder ${fixtureSeries}`);
});

test('a path typed as soon as the folder browser opens is never joined to the first listing', async ({
  page,
  openApp,
}) => {
  await openApp();
  await page.getByRole('button', { name: 'Add folder' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a folder' });
  const path = dialog.getByLabel('Folder path');
  // The home folder's listing has arrived; the person types key by key into the field.
  await expect(dialog.getByText(/^Current folder: \//)).toBeVisible();
  await path.pressSequentially(fixtureSeries);
  await expect(path).toHaveValue(fixtureSeries);
  await expect(
    dialog.getByText(`Adds the path typed above, not the folder shown: ${fixtureSeries}`),
  ).toBeVisible();

  await path.press('Enter');
  await expect(dialog.getByText(`Current folder: ${fixtureSeries}`)).toBeVisible();
  await expect(dialog.getByText(`Adds the folder shown: ${fixtureSeries}`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Add this folder' }).click();
  await expect(page.getByRole('status')).toContainText(`Added folder ${fixtureSeries}`);
});

test('the folder browser shows one error, worded once, and no toast for it', async ({ page, openApp }) => {
  await openApp();
  await page.getByRole('button', { name: 'Add folder' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a folder' });
  await expect(dialog.getByText(/^Current folder: \//)).toBeVisible();
  const path = dialog.getByLabel('Folder path');
  await path.fill('/no/such/folder');
  await path.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(
    'The folder “/no/such/folder” does not exist. Check the path, or connect the drive or share it is on, then try again.',
  );

  await dialog.getByRole('button', { name: 'Add this folder' }).click();
  await expect(dialog.getByRole('button', { name: 'Add this folder' })).toBeEnabled();
  await expect(dialog.getByRole('alert')).toHaveCount(1);
  await expect(dialog.getByRole('alert')).toContainText('“/no/such/folder” does not exist');
  await expect(page.getByRole('status')).not.toContainText('does not exist');
});
