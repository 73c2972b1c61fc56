// More than one right video per title, in the window: a profile that wants a trailer and a
// featurette gets both, filed by the chosen server's naming preset (and the next ones by another
// preset once it is switched); a series gets its season's trailer in the season's folder; a
// German-first profile takes the German trailer when there is one and the English one otherwise.
// YouTube cannot be reached from here: the yt-dlp stand-in answers the searches from recorded
// flat-search JSON and hands every download to the real yt-dlp, against a loopback server.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { DownloadJob, JobChoice } from '../src-preload/contract/downloads';
import type { TrailerProfile } from '../src-preload/contract/profiles';
import { addRootAndWait, listTitles, type ApiClient } from './support/api-client';
import { makeDownloadMedia } from './support/download-media';
import { startMediaServer, type MediaServer } from './support/media-server';
import { searchEntry, test } from './support/standin-test';
import { expect, saveScreenshot } from './support/test';

let root: string;
let server: MediaServer;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'td-e2e-video-kinds-'));
  makeDownloadMedia(join(root, 'served'));
  server = await startMediaServer(join(root, 'served'));
});

test.afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/**
 * A video served from the loopback server, so that its download is real. Each has its own address
 * (the server ignores the query): one address is one video, which fills one slot only.
 */
const served = (id: string, title: string, channel: string) =>
  searchEntry(id, title, {
    url: server.url(`/media/video.mp4?v=${id}`),
    channel,
    uploader: channel,
    view_count: 2_400_000,
  });

/** Title folders, each with its (empty) main file or, for a series, an episode per season folder. */
function makeLibrary(titles: Record<string, string[]>): string {
  const folder = mkdtempSync(join(root, 'library-'));
  for (const [title, seasons] of Object.entries(titles)) {
    mkdirSync(join(folder, title));
    if (seasons.length === 0) writeFileSync(join(folder, title, `${title}.mkv`), '');
    seasons.forEach((season, i) => {
      mkdirSync(join(folder, title, season));
      writeFileSync(join(folder, title, season, `${title} S0${i + 1}E01.mkv`), '');
    });
  }
  return folder;
}

/** The default profile, made to want `fields`; the served video lasts 2 s, so no duration bounds. */
async function wantVideos(api: ApiClient, fields: Partial<TrailerProfile>): Promise<TrailerProfile> {
  const profile = (await api.call<TrailerProfile[]>('profiles:list')).find((p) => p.isDefault)!;
  await api.call('downloads:updateSettings', { youtubePauseSeconds: 0 });
  return api.call<TrailerProfile>('profiles:update', {
    id: profile.id,
    minDurationSeconds: null,
    maxDurationSeconds: null,
    ...fields,
  });
}

async function titleId(api: ApiClient, title: string): Promise<number> {
  return (await listTitles(api)).find((m) => m.title === title)!.id;
}

/** Waits until the title has `count` jobs and all of them completed; returns them. */
async function completedJobs(api: ApiClient, mediaId: number, count: number): Promise<DownloadJob[]> {
  let jobs: DownloadJob[] = [];
  await expect
    .poll(
      async () => {
        jobs = await api.call<DownloadJob[]>('downloads:forMedia', { mediaId });
        return jobs.map((job) => job.status);
      },
      { timeout: 60_000 },
    )
    .toEqual(Array<string>(count).fill('completed'));
  return jobs;
}

async function chooseNaming(page: Page, preset: 'plex' | 'jellyfin') {
  await page.getByRole('link', { name: /Settings/ }).click();
  const section = page.getByRole('region', { name: 'Naming' });
  await section.getByLabel('Name videos for').selectOption(preset);
  await section.getByRole('button', { name: 'Save naming' }).click();
  await expect(section.getByRole('button', { name: 'Save naming' })).toBeDisabled();
}

/** The README's pictures show the page, not the toasts of the run. */
async function dismissToasts(page: Page) {
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

async function downloadMissing(page: Page) {
  await page.getByRole('link', { name: /Library/ }).click();
  await page.getByRole('button', { name: 'Download missing trailers' }).click();
  await expect(page.getByRole('button', { name: 'Download missing trailers' })).toBeEnabled({
    timeout: 30_000,
  });
}

test('a trailer and a featurette are filed by the Jellyfin preset, and the next videos by Plex’s', async ({
  page,
  api,
  openApp,
  standin,
}) => {
  standin.answer({
    'Heat 1995 official trailer': {
      entries: [served('heatTrail01', 'Heat (1995) Official Trailer', 'Warner Bros.')],
    },
    'Heat 1995 featurette': {
      entries: [served('heatFeatu01', 'Heat (1995) Featurette - Making of', 'Warner Bros.')],
    },
    'Heat 1995 clip': {
      entries: [served('heatClip001', 'Heat (1995) Clip - The Bank Robbery', 'Warner Bros.')],
    },
  });
  const movies = makeLibrary({ 'Heat (1995)': [] });
  await addRootAndWait(api, movies);
  await wantVideos(api, { wantedVideos: { trailer: 1, featurette: 1 } });
  await openApp();

  await chooseNaming(page, 'jellyfin');
  await downloadMissing(page);
  const heat = await titleId(api, 'Heat');
  const first = await completedJobs(api, heat, 2);
  expect(first.map((job) => job.slot.type).sort()).toEqual(['featurette', 'trailer']);
  const heatFolder = join(movies, 'Heat (1995)');
  const jellyfinNames = readdirSync(heatFolder).sort();
  expect(jellyfinNames).toContain('Heat (1995)-trailer.mkv');
  const featurette = jellyfinNames.find((name) => name.endsWith('-featurette.mkv'));
  expect(featurette, `a featurette among ${jellyfinNames.join(', ')}`).toMatch(/^Heat \(1995\)/);

  // The title page lists both, each under its type.
  await page.getByRole('link', { name: 'Heat (1995)' }).first().click();
  await expect(page.getByRole('table', { name: 'Trailers' })).toContainText('Heat (1995)-trailer.mkv');
  await expect(page.getByRole('table', { name: 'Featurettes' })).toContainText(featurette!);
  await dismissToasts(page);
  await saveScreenshot(page, 'title-extras');

  // Plex calls a clip a scene: switched to Plex, the profile's new clip is named Plex's way.
  await chooseNaming(page, 'plex');
  await wantVideos(api, { wantedVideos: { trailer: 1, featurette: 1, clip: 1 } });
  await downloadMissing(page);
  await completedJobs(api, heat, 3);
  const plexNames = readdirSync(heatFolder).filter((name) => !jellyfinNames.includes(name));
  expect(plexNames).toHaveLength(1);
  expect(plexNames[0]).toMatch(/^Heat \(1995\).*-scene\.mkv$/);
});

test('a series gets its show trailer and its season 1 trailer in the season’s folder', async ({
  page,
  api,
  openApp,
  standin,
}) => {
  standin.answer({
    'Dark 2017 official trailer': {
      entries: [served('darkTrail01', 'Dark | Official Trailer | Netflix', 'Netflix')],
    },
    'Dark 2017 official trailer season 1': {
      entries: [served('darkSeas101', 'Dark Season 1 | Official Trailer | Netflix', 'Netflix')],
    },
  });
  const shows = makeLibrary({ 'Dark (2017)': ['Season 01'] });
  await addRootAndWait(api, shows);
  await wantVideos(api, { wantedVideos: { trailer: 1 }, seasonTrailers: true });
  await openApp();

  await downloadMissing(page);
  const dark = await titleId(api, 'Dark');
  const jobs = await completedJobs(api, dark, 2);
  const seasonJob = jobs.find((job) => job.slot.season === 1)!;
  expect(seasonJob.finalPath).toBe(
    join(shows, 'Dark (2017)', 'Season 01', 'Trailers', 'Dark (2017) Season 01-trailer.mkv'),
  );
  expect(jobs.find((job) => job.slot.season === null)!.finalPath).toBe(
    join(shows, 'Dark (2017)', 'Dark (2017)-trailer.mkv'),
  );

  // The title page groups the videos by season: the whole series, then Season 1.
  await page.getByRole('link', { name: 'Dark (2017)' }).first().click();
  const season = page.getByRole('region', { name: 'Season 1' });
  await expect(season).toContainText('Dark (2017) Season 01-trailer.mkv');
  await dismissToasts(page);
  await saveScreenshot(page, 'title-seasons');
});

test('a German-first profile takes the German trailer when there is one, else the English one', async ({
  page,
  api,
  openApp,
  standin,
}) => {
  standin.answer({
    'Heat 1995 offizieller trailer deutsch': {
      entries: [
        served('heatGerma01', 'HEAT Trailer Deutsch German (1995)', 'KinoCheck'),
        served('heatEngli01', 'Heat (1995) Official Trailer', 'Warner Bros.'),
      ],
    },
    'Heat 1995 official trailer': {
      entries: [served('heatEngli01', 'Heat (1995) Official Trailer', 'Warner Bros.')],
    },
    // Nothing German for Arrival: its German search finds nothing, the English one does.
    'Arrival 2016 official trailer': {
      entries: [served('arrivTrai01', 'ARRIVAL - Official Trailer (HD)', 'Paramount Pictures')],
    },
  });
  const movies = makeLibrary({ 'Heat (1995)': [], 'Arrival (2016)': [] });
  await addRootAndWait(api, movies);
  await wantVideos(api, { languages: ['de', 'en'] });
  await openApp();

  await downloadMissing(page);
  const [heatJob] = await completedJobs(api, await titleId(api, 'Heat'), 1);
  const [arrivalJob] = await completedJobs(api, await titleId(api, 'Arrival'), 1);
  const chosen = async (job: DownloadJob) =>
    (await api.call<JobChoice | null>('downloads:choice', { jobId: job.id }))?.title;
  expect(await chosen(heatJob!)).toBe('HEAT Trailer Deutsch German (1995)');
  expect(await chosen(arrivalJob!)).toBe('ARRIVAL - Official Trailer (HD)');
  expect(standin.queries()).toContain('Arrival 2016 offizieller trailer deutsch');

  // The title page says why: the German trailer, in the profile's first language.
  await page.getByRole('link', { name: 'Heat (1995)' }).first().click();
  await expect(page.getByText('“HEAT Trailer Deutsch German (1995)”')).toBeVisible();
});
