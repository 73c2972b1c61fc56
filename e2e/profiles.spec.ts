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

test('the count in the enable question follows the videos being edited', async ({ page, api, openApp }) => {
  // Four titles, two with a trailer on disk and none with a featurette.
  await addRootAndWait(api, fixtureMovies);
  await openApp('#/settings');
  await page.getByRole('button', { name: 'New profile' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit profile' });
  await dialog.getByLabel('Name', { exact: true }).fill('Extras');
  const counts = dialog.getByRole('group', { name: 'Videos per title, by type' });

  // Edited before asking: a trailer and a featurette, so every title lacks something.
  await counts.getByLabel('Featurette').selectOption('1');
  await dialog.getByLabel('Enabled').click();
  const confirm = dialog.getByRole('group', { name: 'Confirm enabling the profile' });
  await expect(confirm.getByRole('button', { name: 'Enable for 4 titles' })).toBeVisible();

  // Edited while the question is shown: it counts again, for the draft as it is now.
  await counts.getByLabel('Featurette').selectOption('0');
  await expect(confirm.getByRole('button', { name: 'Enable for 2 titles' })).toBeVisible();
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

test('wanted videos, the cap, season trailers and languages in order: refused by the field, saved, shown again after a reload', async ({
  page,
  api,
  openApp,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp('#/settings');
  const list = page.getByRole('list', { name: 'Trailer profiles' });
  await list
    .getByRole('listitem', { name: 'Default', exact: true })
    .getByRole('button', { name: 'Edit' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Edit profile' });
  const counts = dialog.getByRole('group', { name: 'Videos per title, by type' });

  // Nothing wanted: refused by the counts, before main is asked.
  await counts.getByLabel('Trailer', { exact: true }).selectOption('0');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.locator('#profile-wanted-note')).toHaveText(
    'Choose at least one video: a trailer, a teaser or an extra.',
  );
  await expect(counts).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toBeVisible();

  // Two trailers and a featurette under a cap of 2: allowed, and the note says what the cap does.
  await counts.getByLabel('Trailer', { exact: true }).selectOption('2');
  await counts.getByLabel('Featurette').selectOption('1');
  await dialog.getByLabel('At most, videos per title').fill('2');
  await expect(dialog.locator('#profile-cap-note')).toHaveText(
    'This profile wants 3 videos per title; a title gets at most 2 of them, and the rest are not fetched.',
  );
  await dialog.getByLabel('A trailer for each season (series)').check();

  // Languages by keyboard: typed codes added with Enter, shown by name; an unknown code refused.
  const code = dialog.getByLabel('Language code to add');
  await code.fill('de');
  await code.press('Enter');
  await code.fill('xx');
  await code.press('Enter');
  await expect(dialog.locator('#profile-languages-note')).toContainText('"xx" is not a language code');
  await code.fill('EN');
  await code.press('Enter');
  await code.fill('ger');
  await code.press('Enter');
  await expect(dialog.locator('#profile-languages-note')).toHaveText('German is already in the list.');
  const languages = dialog.getByRole('list', { name: 'Preferred languages' });
  await expect(languages.getByRole('listitem')).toHaveText([/^German de/, /^English en/]);
  // English moves up; the focus follows it, so a second press would move it again.
  await languages.getByRole('button', { name: 'Move English up' }).focus();
  await page.keyboard.press('Enter');
  await expect(languages.getByRole('listitem')).toHaveText([/^English en/, /^German de/]);
  await expect(languages.getByRole('button', { name: 'Move English down' })).toBeFocused();
  await dialog.getByLabel('One video per language').check();
  await dialog.getByLabel('Prefer dubbed over subtitled').uncheck();
  await saveScreenshot(page, 'profile-editor-videos');

  // Everything fits the small window without pushing the page sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const [stored] = await api.call<Array<Record<string, unknown>>>('profiles:list');
  expect(stored).toMatchObject({
    wantedVideos: { trailer: 2, featurette: 1 },
    maxVideosPerTitle: 2,
    seasonTrailers: true,
    languages: ['en', 'de'],
    onePerLanguage: true,
    preferDubbed: false,
  });

  // A reload reads them back from main; at a wide window too.
  await page.setViewportSize({ width: 2560, height: 1300 });
  await page.reload();
  await list
    .getByRole('listitem', { name: 'Default', exact: true })
    .getByRole('button', { name: 'Edit' })
    .click();
  await expect(counts.getByLabel('Trailer', { exact: true })).toHaveValue('2');
  await expect(counts.getByLabel('Featurette')).toHaveValue('1');
  await expect(counts.getByLabel('Teaser')).toHaveValue('0');
  await expect(dialog.getByLabel('At most, videos per title')).toHaveValue('2');
  await expect(dialog.getByLabel('A trailer for each season (series)')).toBeChecked();
  await expect(languages.getByRole('listitem')).toHaveText([/^English en/, /^German de/]);
  await expect(dialog.getByLabel('One video per language')).toBeChecked();
  await expect(dialog.getByLabel('Prefer dubbed over subtitled')).not.toBeChecked();
  await saveScreenshot(page, 'profile-editor-videos-wide');

  // Removing the languages while one per language stays on: refused by that box.
  await languages.getByRole('button', { name: 'Remove English' }).click();
  await languages.getByRole('button', { name: 'Remove German' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('One video per language needs at least one language above.')).toBeVisible();
});

test('processing: conversion, loudness and trimming are saved, and a container that cannot hold the result is refused', async ({
  page,
  api,
  openApp,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp('#/settings');
  const list = page.getByRole('list', { name: 'Trailer profiles' });
  await list
    .getByRole('listitem', { name: 'Default', exact: true })
    .getByRole('button', { name: 'Edit' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Edit profile' });
  await dialog.getByLabel('Container').selectOption('webm');
  await dialog.getByLabel('Video codec').selectOption('vp9');
  await dialog.getByLabel('Audio codec').selectOption('opus');
  await dialog.getByLabel('Always H.264 and AAC').check();
  // The two conversion choices follow the compatibility switch.
  await expect(dialog.getByLabel('Convert video to')).toBeDisabled();
  await expect(dialog.getByLabel('Convert video to')).toHaveValue('h264');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('WebM files cannot hold H.264 and AAC');

  await dialog.getByLabel('Container').selectOption('mkv');
  await dialog.getByLabel('Even loudness').selectOption('-16');
  await dialog.getByLabel('Trim silent or black start and end').check();
  await dialog.getByLabel('Conversion quality').selectOption('high');
  await dialog.getByLabel('Use a hardware encoder when one works').uncheck();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const [stored] = await api.call<Array<Record<string, unknown>>>('profiles:list');
  expect(stored).toMatchObject({
    container: 'mkv',
    processing: {
      videoCodec: 'keep',
      audioCodec: 'keep',
      compatibility: true,
      quality: 'high',
      hardwareEncoding: false,
      loudnessTarget: -16,
      trim: true,
    },
  });
});
