import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureSeries } from './support/fixture-paths';
import { expect, test } from './support/test';

test('a scan shows a progress bar with folders done of total, then a summary', async ({
  page,
  api,
  openApp,
}) => {
  // 150 titles, each with a real trailer to analyse: long enough to watch the bar move.
  const library = mkdtempSync(join(tmpdir(), 'td-e2e-progress-'));
  try {
    const trailer = join(fixtureSeries, 'Breaking Bad (2008)', 'trailer.mp4');
    for (let i = 1; i <= 150; i++) {
      const folder = join(library, `Film ${i} (${1950 + (i % 70)})`);
      mkdirSync(folder);
      copyFileSync(trailer, join(folder, `Film ${i} (${1950 + (i % 70)})-trailer.mp4`));
    }
    await openApp();
    const finished = api.nextEvent('scan:finished');
    await api.call('library:addRoot', { path: library, kind: 'movies' });

    const bar = page.getByRole('progressbar', { name: 'Library scan' });
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute('aria-valuemax', /^[1-9]\d*$/);
    await expect(page.getByText(new RegExp(`Scanning ${library} — \\d+ of \\d+`))).toBeVisible();

    await finished;
    await expect(bar).toBeHidden();
    await expect(page.getByRole('status')).toContainText('Scan finished: 150 new titles, 150 trailers found');
    await expect(page.getByText('150 of 150 titles')).toBeVisible();
  } finally {
    rmSync(library, { recursive: true, force: true });
  }
});
