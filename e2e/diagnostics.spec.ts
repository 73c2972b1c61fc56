// Diagnostics, Logs and Settings → Tools from the window, against the real headless app, the real
// yt-dlp, ffmpeg and ffprobe, and a loopback server (failed downloads, a yt-dlp release).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DownloadJob } from '../src-preload/contract/downloads';
import type { ToolInfo, ToolsStatus } from '../src-preload/contract/tools';
import { addRootAndWait, type ApiClient, listJobs, listTitles } from './support/api-client';
import { startMediaServer, type MediaServer } from './support/media-server';
import { makeFolderReadOnly } from './support/read-only-folder';
import { startReleaseServer } from './support/release-server';
import { expect, saveScreenshot, test } from './support/test';

let root: string;
let server: MediaServer;
const fakeVersion = '2099.01.01';

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'td-e2e-diagnostics-'));
  const served = join(root, 'served');
  // Two releases laid out like yt-dlp's: one whose checksum file lies, one that is right.
  const program = `#!/bin/sh\necho ${fakeVersion}\n`;
  const sum = createHash('sha256').update(program).digest('hex');
  for (const [name, listed] of [
    ['good', sum],
    ['bad', '0'.repeat(64)],
  ] as const) {
    mkdirSync(join(served, name), { recursive: true });
    writeFileSync(join(served, name, 'yt-dlp_linux'), program);
    writeFileSync(join(served, name, 'SHA2-256SUMS'), `${listed}  yt-dlp_linux\n`);
  }
  server = await startMediaServer(served);
});

test.afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A movies folder of its own for one test, with an empty "movie" per title. */
function makeMovies(titles: string[]): string {
  const movies = mkdtempSync(join(root, 'movies-'));
  for (const title of titles) {
    mkdirSync(join(movies, title));
    writeFileSync(join(movies, title, `${title}.mkv`), '');
  }
  return movies;
}

/** The tools as main found them, once its first look at start-up has finished. */
async function toolsStatus(api: ApiClient): Promise<ToolsStatus> {
  const read = () => api.call<ToolsStatus>('tools:status');
  await expect.poll(async () => (await read()).tools.length).toBe(3);
  const found = await read();
  // Each check below compares the window with what main found: all three must have been found.
  for (const tool of found.tools) expect(tool.version, `${tool.label} on this machine`).toMatch(/\d/);
  return found;
}

const version = (tool: ToolInfo) => tool.version ?? '';

test('Diagnostics lists the tools with their versions and a library folder as writable with its free space', async ({
  page,
  api,
  openApp,
}) => {
  const movies = makeMovies(['Heat (1995)']);
  await addRootAndWait(api, movies);
  const status = await toolsStatus(api);
  await openApp('#/diagnostics');

  await expect(page.getByRole('heading', { name: 'Diagnostics', exact: true })).toBeVisible();
  const tools = page.getByRole('list', { name: 'Tools' });
  for (const tool of status.tools) {
    await expect(tools.getByRole('listitem', { name: tool.label, exact: true })).toContainText(version(tool));
  }
  const folder = page
    .getByRole('list', { name: 'Folders' })
    .getByRole('listitem')
    .filter({ hasText: movies });
  await expect(folder.getByText('Writable', { exact: true })).toBeVisible();
  await expect(folder).toContainText(/\d+(\.\d)? (KB|MB|GB|TB) free of \d+(\.\d)? (KB|MB|GB|TB)/);
  await expect(folder).not.toContainText('How to fix it:');
  await saveScreenshot(page, 'diagnostics');

  // Running again checks again: the button is busy meanwhile, then the same results come back.
  await page.getByRole('button', { name: 'Run again' }).click();
  await expect(page.getByRole('button', { name: 'Run again' })).toBeEnabled();
  await expect(folder.getByText('Writable', { exact: true })).toBeVisible();
});

test('a read-only library folder shows "not writable" with a fix', async ({ page, api, openApp }) => {
  const movies = makeMovies(['Alien (1979)']);
  await addRootAndWait(api, movies);
  const undo = await makeFolderReadOnly(movies);
  test.skip(undo === null, 'No way to make a folder read-only on this machine');
  try {
    await openApp('#/diagnostics');
    const folder = page
      .getByRole('list', { name: 'Folders' })
      .getByRole('listitem')
      .filter({ hasText: movies });
    await expect(folder.getByText('Not writable', { exact: true })).toBeVisible();
    await expect(folder).toContainText('How to fix it:');
    await expect(page.getByText(/^\d+ problems? found\./)).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Diagnostics/ }),
    ).toContainText(/\d/);
  } finally {
    await undo?.();
  }
});

test('"Copy diagnostics" copies the versions and never the access token', async ({
  page,
  context,
  app,
  api,
  openApp,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  const status = await toolsStatus(api);
  await openApp('#/diagnostics');
  await expect(page.getByRole('list', { name: 'Tools' })).toBeVisible();

  await page.getByRole('button', { name: 'Copy diagnostics' }).click();
  await expect(page.getByRole('status')).toContainText('Diagnostics copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  for (const tool of status.tools) expect(copied).toContain(version(tool));
  expect(app.token.length).toBeGreaterThan(8);
  expect(app.url).toContain(app.token);
  expect(copied).not.toContain(app.token);
});

test('without a clipboard (plain http on the network) the report is shown selected for copying', async ({
  page,
  app,
  api,
  openApp,
}) => {
  // What a browser gives a page outside a secure context: no Clipboard API at all.
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
  );
  const status = await toolsStatus(api);
  await openApp('#/diagnostics');
  await expect(page.getByRole('list', { name: 'Tools' })).toBeVisible();

  await page.getByRole('button', { name: 'Copy diagnostics' }).click();
  const box = page.getByRole('textbox', { name: 'Diagnostics to copy' });
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('readonly', '');
  const text = await box.inputValue();
  expect(text).toContain(version(status.tools[0]!));
  expect(text).not.toContain(app.token);
  const selected = await box.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);
  expect(selected).toEqual([0, text.length]);
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(box).toBeHidden();
});

test('the Logs page shows a failed download live, keeps it under Errors and narrows by search', async ({
  page,
  api,
  openApp,
}) => {
  const movies = makeMovies(['Alien (1979)', 'Heat (1995)']);
  await addRootAndWait(api, movies);
  const items = await listTitles(api);
  const idOf = (title: string) => items.find((m) => m.title === title)?.id;
  await openApp('#/logs');
  await expect(page.getByRole('heading', { name: 'Logs', exact: true })).toBeVisible();

  // Queued once the page is open: the entries arrive as events, not with the first load.
  const jobs = [
    await api.call<DownloadJob>('downloads:enqueue', {
      mediaId: idOf('Heat'),
      source: server.url('/status/404/heat-trailer.mp4'),
    }),
    await api.call<DownloadJob>('downloads:enqueue', {
      mediaId: idOf('Alien'),
      source: server.url('/status/404/alien-trailer.mp4'),
    }),
  ];
  await expect
    .poll(
      async () => {
        const failed = await listJobs(api, 'failed');
        return jobs.every((job) => failed.some((f) => f.id === job.id && f.status === 'failed'));
      },
      { timeout: 30_000 },
    )
    .toBe(true);

  const list = page.getByRole('list', { name: 'Log entries' });
  const heat = list.getByRole('listitem').filter({ hasText: 'heat-trailer.mp4' });
  await expect(heat.first()).toBeVisible();

  await page.getByLabel('Level').selectOption({ label: 'Errors' });
  const heatError = heat.filter({ has: page.getByText('Error', { exact: true }) }).first();
  await expect(heatError).toBeVisible();
  await expect(list.getByRole('listitem').filter({ hasText: 'alien-trailer.mp4' }).first()).toBeVisible();
  // Under "Errors" only errors are listed.
  await expect(list.locator('.log-level').filter({ hasNotText: /^Error$/ })).toHaveCount(0);
  await expect(list.locator('.log-level').first()).toHaveText('Error');

  // The details: the command line with its arguments, and what yt-dlp said.
  await heatError.getByText('Details', { exact: true }).click();
  const details = heatError.locator('pre');
  await expect(details).toBeVisible();
  await expect(details).toContainText('heat-trailer.mp4');
  await expect(details).toContainText('404');
  await saveScreenshot(page, 'logs');

  await page.getByRole('searchbox', { name: 'Search logs' }).fill('heat-trailer');
  await expect(list.getByRole('listitem').filter({ hasText: 'alien-trailer.mp4' })).toHaveCount(0);
  await expect(heat.first()).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search logs' }).fill('no-such-entry-anywhere');
  await expect(
    page.getByText(/No entries at level Errors or worse match “no-such-entry-anywhere”/),
  ).toBeVisible();
});

test('Settings → Tools shows the three tools with versions; a wrong path is explained and can be cleared', async ({
  page,
  api,
  openApp,
}) => {
  const status = await toolsStatus(api);
  await openApp('#/settings');
  const section = page.getByRole('region', { name: 'Tools', exact: true });
  const list = section.getByRole('list', { name: 'Tools' });
  const sources = {
    settings: 'Set in Settings',
    managed: 'Managed by Trailerdeck',
    system: 'System',
    bundled: 'Bundled',
  };
  for (const tool of status.tools) {
    const row = list.getByRole('listitem', { name: tool.label, exact: true });
    await expect(row).toContainText(version(tool));
    await expect(row).toContainText(tool.path ?? '');
    await expect(row).toContainText(sources[tool.source ?? 'system']);
  }

  const ffmpeg = list.getByRole('listitem', { name: 'ffmpeg', exact: true });
  await ffmpeg.getByLabel('ffmpeg path').fill('/no/such/ffmpeg');
  await ffmpeg.getByRole('button', { name: 'Use this program' }).click();
  await expect(ffmpeg).toContainText('Set in Settings');
  await expect(ffmpeg.getByText(/^(Not found|Does not run)$/)).toBeVisible();
  await expect(section).toContainText(
    'ffmpeg is missing: trailers are downloaded as single files, without merging',
  );
  await expect(page.getByRole('list', { name: 'Trailer profiles' })).toContainText('Needs ffmpeg');

  await ffmpeg.getByRole('button', { name: 'Clear' }).click();
  await expect(ffmpeg).toContainText(version(status.tools.find((t) => t.name === 'ffmpeg')!));
  await expect(ffmpeg.getByText('Works', { exact: true })).toBeVisible();
  await expect(section).not.toContainText('ffmpeg is missing');
  await expect(page.getByRole('list', { name: 'Trailer profiles' })).not.toContainText('Needs ffmpeg');
});

test('Install yt-dlp refuses a release whose checksum does not match, then installs a good one', async ({
  page,
  openApp,
}) => {
  test.skip(process.platform !== 'linux' || process.arch !== 'x64', 'The stand-in release is yt-dlp_linux');
  await openApp('#/settings');
  const section = page.getByRole('region', { name: 'Tools', exact: true });
  const updates = section.getByRole('group', { name: 'yt-dlp updates' });
  const setRelease = async (name: string) => {
    const address = updates.getByLabel('Release address');
    if (!(await address.isVisible())) await updates.getByText('Advanced', { exact: true }).click();
    await address.fill(server.url(`/media/${name}`));
    await updates.getByRole('button', { name: 'Save address' }).click();
    await expect(page.getByRole('status')).toContainText(
      `yt-dlp is now downloaded from ${server.url(`/media/${name}`)}.`,
    );
  };

  await setRelease('bad');
  await updates.getByRole('button', { name: 'Install yt-dlp' }).click();
  await expect(page.getByRole('status')).toContainText('checksum');
  await expect(updates).toContainText('None yet');

  await setRelease('good');
  await updates.getByRole('button', { name: 'Install yt-dlp' }).click();
  await expect(page.getByRole('status')).toContainText(`Installed yt-dlp ${fakeVersion}.`);
  await expect(updates.getByRole('button', { name: 'Update yt-dlp' })).toBeVisible();
  const ytdlp = section
    .getByRole('list', { name: 'Tools' })
    .getByRole('listitem', { name: 'yt-dlp', exact: true });
  await expect(ytdlp).toContainText('Managed by Trailerdeck');
  await expect(ytdlp).toContainText(fakeVersion);
});

test('a yt-dlp older than 90 days is flagged on Diagnostics with Install at hand, and the flag goes once it is updated', async ({
  page,
  api,
  openApp,
}) => {
  // The machine's yt-dlp is Debian's 2023.03.04; the release server offers a current one.
  const release = await startReleaseServer();
  try {
    const today = new Date();
    const current = `${today.getUTCFullYear()}.${String(today.getUTCMonth() + 1).padStart(2, '0')}.${String(today.getUTCDate()).padStart(2, '0')}`;
    release.publish(current);
    await api.call('tools:updateSettings', { releaseBaseUrl: release.baseUrl });
    const old = (await api.call<ToolsStatus>('tools:status')).tools.find((t) => t.name === 'ytdlp')!;
    test.skip(
      old.source !== 'system' || !/^20(1\d|2[0-5])\./.test(old.version ?? ''),
      'needs an old system yt-dlp',
    );

    await openApp('#/diagnostics');
    const ytdlp = page
      .getByRole('list', { name: 'Tools' })
      .getByRole('listitem', { name: 'yt-dlp', exact: true });
    await expect(ytdlp.getByText('Outdated', { exact: true })).toBeVisible();
    await expect(ytdlp).toContainText(
      new RegExp(`yt-dlp ${old.version!.replaceAll('.', '\\.')} is [\\d,]+ days old`),
    );
    await expect(page.getByText(/^\d+ problems? found\./)).toBeVisible();

    await ytdlp.getByRole('button', { name: 'Install yt-dlp' }).click();
    await expect(ytdlp).toContainText(current);
    await expect(ytdlp.getByText('Outdated', { exact: true })).toHaveCount(0);
    await expect(ytdlp.getByRole('button', { name: /yt-dlp/ })).toHaveCount(0);
  } finally {
    await release.close();
  }
});

test('a refused yt-dlp update ends in the window: the reason shows, the bar goes and Update works again', async ({
  page,
  api,
  openApp,
}) => {
  test.skip(process.platform !== 'linux' || process.arch !== 'x64', 'The stand-in release is yt-dlp_linux');
  const release = await startReleaseServer();
  try {
    await api.call('tools:updateSettings', { releaseBaseUrl: release.baseUrl });
    await api.call('tools:installYtdlp');
    await openApp('#/settings');
    const updates = page.getByRole('group', { name: 'yt-dlp updates' });
    const update = updates.getByRole('button', { name: 'Update yt-dlp' });

    release.misbehave('mismatch');
    await update.click();
    await expect(page.getByRole('status')).toContainText('checksum');
    await expect(updates.getByRole('progressbar', { name: 'yt-dlp download' })).toBeHidden();
    await expect(updates).not.toContainText('Starting the download of yt-dlp…');
    await expect(update).toBeEnabled();

    release.misbehave(null);
    release.publish('2099.02.02');
    await update.click();
    await expect(page.getByRole('status')).toContainText('2099.02.02');
  } finally {
    await release.close();
  }
});
