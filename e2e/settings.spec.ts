import { addRootAndWait } from './support/api-client';
import { fixtureMovies, fixtureSeries } from './support/fixture-paths';
import { expect, saveScreenshot, test } from './support/test';

test('settings lists library folders with counts; type change, rescan and remove work', async ({
  page,
  api,
  openApp,
}) => {
  await addRootAndWait(api, fixtureMovies);
  await addRootAndWait(api, fixtureSeries);
  await openApp('#/settings');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  const folders = page.getByRole('list', { name: 'Library folders' });
  const movies = folders.getByRole('listitem').filter({ hasText: fixtureMovies });
  await expect(movies).toContainText('4 titles');
  await expect(movies).toContainText('2 trailers');
  await saveScreenshot(page, 'settings');

  const series = folders.getByRole('listitem').filter({ hasText: fixtureSeries });
  await series.getByLabel('Folder type').selectOption('movies');
  await expect(page.getByRole('status')).toContainText(`${fixtureSeries} now holds movies`);
  await expect
    .poll(
      async () =>
        (await api.call<Array<{ path: string; kind: string }>>('library:listRoots')).find(
          (r) => r.path === fixtureSeries,
        )?.kind,
    )
    .toBe('movies');

  await movies.getByRole('button', { name: 'Rescan', exact: true }).click();
  await expect(page.getByRole('status')).toContainText(`Scan finished: 0 new titles`);

  await movies.getByRole('button', { name: 'Remove', exact: true }).click();
  await page
    .getByRole('group', { name: 'Confirm removal' })
    .getByRole('button', { name: 'Remove folder' })
    .click();
  await expect(page.getByRole('status')).toContainText(
    `Removed folder ${fixtureMovies} from Trailerdeck. Nothing on disk was deleted.`,
  );
  await expect(folders.getByRole('listitem')).toHaveCount(1);
});
