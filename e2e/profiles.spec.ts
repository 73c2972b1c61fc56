import { addRootAndWait } from './support/api-client';
import { fixtureMovies } from './support/fixture-paths';
import { expect, saveScreenshot, test } from './support/test';

interface Profile {
  name: string;
  isDefault: boolean;
  container: string;
  videoCodec: string;
  skipWhenPlexHasTrailer: boolean;
}

test('trailer profiles: default exists, invalid combination refused inline, then duplicate, default, delete', async ({
  page,
  api,
  openApp,
}) => {
  await openApp('#/settings');
  const list = page.getByRole('list', { name: 'Trailer profiles' });
  const card = (name: string) => list.getByRole('listitem', { name, exact: true });
  await expect(card('Default')).toContainText('Default');
  await expect(card('Default')).toContainText('1080p · any video codec · MKV · next to media');

  await page.getByRole('button', { name: 'New profile' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit profile' });
  await dialog.getByLabel('Name', { exact: true }).fill('Web');
  await dialog.getByLabel('Container').selectOption('webm');
  await dialog.getByLabel('Video codec').selectOption('h264');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('WebM files cannot hold H.264 video');
  await expect(dialog).toBeVisible();
  await saveScreenshot(page, 'profile-editor');

  await dialog.getByLabel('Video codec').selectOption('vp9');
  await dialog.getByLabel('Audio codec').selectOption('opus');
  await dialog.getByLabel('Skip titles Plex already has a trailer for').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Saved profile "Web".');
  await expect(card('Web')).toContainText('1080p · VP9 · Opus · WebM · next to media');

  await card('Web').getByRole('button', { name: 'Duplicate' }).click();
  await expect(card('Web (copy)')).toBeVisible();

  // Web was saved switched off: making it the default switches it on, so that is asked first.
  await card('Web').getByRole('button', { name: 'Make default' }).click();
  const ask = card('Web').getByRole('group', { name: 'Confirm making the profile default' });
  await expect(ask).toContainText('Enabling “Web” adds no downloads for now');
  await ask.getByRole('button', { name: 'Enable and make default' }).click();
  await expect(page.getByRole('status')).toContainText('"Web" is now the default profile.');
  await expect(card('Web').getByText('Default', { exact: true })).toBeVisible();

  await card('Default').getByRole('button', { name: 'Delete', exact: true }).click();
  await card('Default')
    .getByRole('group', { name: 'Confirm deletion' })
    .getByRole('button', { name: 'Delete profile' })
    .click();
  await expect(page.getByRole('status')).toContainText('Deleted profile "Default".');
  await expect(list.getByRole('listitem')).toHaveCount(2);

  const stored = await api.call<Profile[]>('profiles:list');
  expect(
    stored.map((p) => [p.name, p.isDefault, p.container, p.videoCodec, p.skipWhenPlexHasTrailer]),
  ).toEqual([
    ['Web', true, 'webm', 'vp9', true],
    ['Web (copy)', false, 'webm', 'vp9', true],
  ]);
});

test('a new profile starts off; enabling it asks first and says how many titles it adds downloads for', async ({
  page,
  api,
  openApp,
}) => {
  // Four titles, two with a trailer on disk: a new profile would download two.
  await addRootAndWait(api, fixtureMovies);
  await openApp('#/settings');
  const list = page.getByRole('list', { name: 'Trailer profiles' });
  await page.getByRole('button', { name: 'New profile' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit profile' });
  await dialog.getByLabel('Name', { exact: true }).fill('Second');
  const enabled = dialog.getByLabel('Enabled');
  await expect(enabled).not.toBeChecked();

  await enabled.click();
  const confirm = dialog.getByRole('group', { name: 'Confirm enabling the profile' });
  await expect(confirm).toContainText('Enabling “Second” adds a trailer download for each of the 2 titles');
  // The safe choice has the focus; Escape keeps the profile off and the dialog open.
  await expect(confirm.getByRole('button', { name: 'Keep it off' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(enabled).not.toBeChecked();

  await enabled.click();
  await confirm.getByRole('button', { name: 'Enable for 2 titles' }).click();
  await expect(enabled).toBeChecked();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(list.getByRole('listitem', { name: 'Second', exact: true })).not.toContainText('Disabled');

  // A copy starts off too, and says so.
  await list
    .getByRole('listitem', { name: 'Second', exact: true })
    .getByRole('button', { name: 'Duplicate' })
    .click();
  await expect(list.getByRole('listitem', { name: 'Second (copy)', exact: true })).toContainText('Disabled');
  const stored = await api.call<Array<{ name: string; enabled: boolean }>>('profiles:list');
  expect(stored.map((p) => [p.name, p.enabled])).toEqual([
    ['Default', true],
    ['Second', true],
    ['Second (copy)', false],
  ]);
});

test('an inline confirmation focuses the safe choice and Escape cancels it', async ({
  page,
  api,
  openApp,
}) => {
  await api.call('profiles:create', { name: 'Spare' });
  await openApp('#/settings');
  const card = page.getByRole('list', { name: 'Trailer profiles' }).getByRole('listitem', { name: 'Spare' });
  await card.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = card.getByRole('group', { name: 'Confirm deletion' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(card.getByRole('button', { name: 'Delete', exact: true })).toBeVisible();
  expect(await api.call<unknown[]>('profiles:list')).toHaveLength(2);
});
