// Settings → Naming in the window: the preset select previews the names it would write, saving it
// is kept, and the next download is filed by it. Real yt-dlp against a loopback server serving
// ffmpeg-made media.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DownloadJob } from '../src-preload/contract/downloads';
import type { TrailerProfile } from '../src-preload/contract/profiles';
import { addRootAndWait, listTitles } from './support/api-client';
import { makeDownloadMedia } from './support/download-media';
import { startMediaServer, type MediaServer } from './support/media-server';
import { expect, test } from './support/test';

let root: string;
let server: MediaServer;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'td-e2e-naming-'));
  makeDownloadMedia(join(root, 'served'));
  server = await startMediaServer(join(root, 'served'));
});

test.afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

test('the naming preset is previewed, saved, and names the next download', async ({ page, api, openApp }) => {
  const movies = mkdtempSync(join(root, 'movies-'));
  mkdirSync(join(movies, 'Heat (1995)'));
  writeFileSync(join(movies, 'Heat (1995)', 'Heat (1995).mkv'), '');
  await addRootAndWait(api, movies);
  const profile = (await api.call<TrailerProfile[]>('profiles:list')).find((p) => p.isDefault)!;
  await api.call('profiles:update', { id: profile.id, minDurationSeconds: null, maxDurationSeconds: null });

  await openApp('#/settings');
  const section = page.getByRole('region', { name: 'Naming' });
  const preset = section.getByLabel('Name videos for');
  const names = section.getByRole('definition');
  await expect(preset).toHaveValue('plex');
  await expect(names.first()).toHaveText('Heat (1995)/Heat (1995)-trailer.mkv');

  await preset.selectOption('kodi');
  await expect(names.first()).toHaveText('Heat (1995)/movie-trailer.mkv');
  await expect(section.getByText('Heat (1995)/Extras/Heat (1995)-featurette.mkv')).toBeVisible();
  await section.getByRole('button', { name: 'Save naming' }).click();
  await expect(section.getByRole('button', { name: 'Save naming' })).toBeDisabled();
  expect(await api.call('naming:getSettings')).toEqual({ preset: 'kodi' });

  await page.reload();
  await expect(page.getByRole('region', { name: 'Naming' }).getByLabel('Name videos for')).toHaveValue(
    'kodi',
  );

  const heat = (await listTitles(api)).find((m) => m.title === 'Heat')!;
  const job = await api.call<DownloadJob>('downloads:enqueue', {
    mediaId: heat.id,
    source: server.url('/media/video.mp4'),
  });
  await expect
    .poll(
      async () => (await api.call<DownloadJob[]>('downloads:forMedia', { mediaId: heat.id }))[0]?.status,
      {
        timeout: 45_000,
      },
    )
    .toBe('completed');
  expect(job.mediaId).toBe(heat.id);
  expect(existsSync(join(movies, 'Heat (1995)', 'movie-trailer.mkv'))).toBe(true);
  expect(readdirSync(join(movies, 'Heat (1995)')).sort()).toEqual(['Heat (1995).mkv', 'movie-trailer.mkv']);
});
