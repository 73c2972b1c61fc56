// Discovery from the window: "Find trailer" ranks candidates with their reasons and queues the one
// picked; "Download missing trailers" searches only the titles that lack one; a YouTube bot check
// pauses YouTube with a banner until the person resumes it. YouTube cannot be reached from here, so
// the app runs a stand-in yt-dlp that answers searches from recorded flat-search JSON and hands
// every download to the real yt-dlp, against a loopback server serving ffmpeg-made media.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TrailerProfile } from '../src-preload/contract/profiles';
import { addRootAndWait, type ApiClient, listTitles } from './support/api-client';
import { makeDownloadMedia } from './support/download-media';
import { makeVideo } from './support/media-fixtures';
import { startMediaServer, type MediaServer } from './support/media-server';
import { expect, saveScreenshot } from './support/test';
import { searchEntry as entry, test } from './support/standin-test';
import type { StandinEntry } from './support/ytdlp-standin';

let root: string;
let server: MediaServer;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'td-e2e-discovery-'));
  makeDownloadMedia(join(root, 'served'));
  server = await startMediaServer(join(root, 'served'));
});

test.afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** The official trailer, served from the loopback server so that its download is real. */
const official = (id: string, title: string, channel: string) =>
  entry(id, title, {
    url: server.url('/media/video.mp4'),
    channel,
    uploader: channel,
    view_count: 9_800_000,
  });

const heatSearch = (): StandinEntry[] => [
  entry('heatReact01', 'HEAT (1995) MOVIE REACTION!! First Time Watching', {
    channel: 'Popcorn Reacts',
    duration: 1860,
    view_count: 40_000,
  }),
  official(
    'heatTrail01',
    'Heat (1995) Official Trailer - Al Pacino, Robert De Niro Movie HD',
    'Warner Bros.',
  ),
  entry('heatShort01', 'Heat 1995 trailer #shorts', {
    url: 'https://www.youtube.com/shorts/heatShort01',
    duration: 28,
  }),
  entry('heatRevie01', 'Heat (1995) - Movie Review', { channel: 'Cinema Critic', duration: 720 }),
];

const arrivalDecoys = (): StandinEntry[] => [
  entry('arrivReac01', 'ARRIVAL (2016) REACTION | First Time Watching', {
    channel: 'Reactland',
    duration: 1900,
  }),
  entry('arrivRevi01', 'Arrival - Movie Review (spoilers) explained', {
    channel: 'Film Talk',
    duration: 900,
  }),
  entry('arrivBrea01', 'Arrival ending breakdown and explained', {
    channel: 'Theory Corner',
    duration: 1200,
  }),
];

function makeMovies(titles: string[]): string {
  const movies = mkdtempSync(join(root, 'movies-'));
  for (const title of titles) {
    mkdirSync(join(movies, title));
    writeFileSync(join(movies, title, `${title}.mkv`), '');
  }
  return movies;
}

/** The served video lasts 2 s: the default profile's bounds would refuse it. No YouTube pause either. */
async function prepare(api: ApiClient): Promise<TrailerProfile> {
  const profile = (await api.call<TrailerProfile[]>('profiles:list')).find((p) => p.isDefault)!;
  await api.call('profiles:update', { id: profile.id, minDurationSeconds: null, maxDurationSeconds: null });
  await api.call('downloads:updateSettings', { youtubePauseSeconds: 0 });
  return profile;
}

async function mediaIds(api: ApiClient): Promise<Map<string, number>> {
  const items = await listTitles(api);
  return new Map(items.map((m) => [`${m.title} (${m.year})`, m.id]));
}

test('Find trailer shows ranked candidates with reasons; picking one queues it and it completes', async ({
  page,
  api,
  openApp,
  standin,
}) => {
  standin.answer({ 'Heat 1995 official trailer': { entries: heatSearch(), delayMs: 1200 } });
  const movies = makeMovies(['Heat (1995)']);
  await addRootAndWait(api, movies);
  await prepare(api);
  await openApp();
  await page.getByRole('link', { name: 'Heat (1995)' }).click();

  await page.getByRole('button', { name: 'Find trailer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find trailer' });
  await expect(dialog.getByText('Searching…')).toBeVisible();
  const list = dialog.getByRole('list', { name: 'Candidates' });
  const items = list.locator(':scope > li');
  await expect(items.first()).toContainText('Heat (1995) Official Trailer', { timeout: 20_000 });
  expect(standin.queries()).toEqual(['Heat 1995 official trailer']);

  // Best first, shorts never; the official trailer outscores the reaction video, which says why.
  await expect(list).not.toContainText('#shorts');
  const best = list.getByRole('listitem', { name: /Official Trailer/ });
  const reaction = list.getByRole('listitem', { name: /REACTION/ });
  await expect(best).toContainText('YouTube search');
  await expect(best).toContainText('Warner Bros.');
  await expect(best).toContainText('2:30');
  await expect(best.getByRole('list', { name: 'Reasons' }).getByRole('listitem').first()).toHaveText(
    /^[+−±]\d+ /,
  );
  const bestScore = Number(await best.getByRole('meter', { name: 'Score' }).getAttribute('aria-valuenow'));
  const reactionScore = Number(
    await reaction.getByRole('meter', { name: 'Score' }).getAttribute('aria-valuenow'),
  );
  expect(bestScore).toBeGreaterThan(reactionScore);
  await expect(best).toContainText(`${bestScore} / 100`);
  await expect(reaction.getByRole('list', { name: 'Reasons' })).toContainText(/−\d+ .*reaction/i);
  await saveScreenshot(page, 'find-trailer');

  // "Not this one" removes it now and for good.
  await reaction.getByRole('button', { name: /^Not this one/ }).click();
  await expect(reaction).toHaveCount(0);

  await best.getByRole('button', { name: /^Download “Heat \(1995\) Official Trailer/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Queued the trailer for Heat (1995).');
  const row = page.getByRole('table', { name: 'Trailers' }).getByRole('row').nth(1);
  await expect(row).toContainText('Heat (1995)-trailer.mkv', { timeout: 45_000 });
  expect(existsSync(join(movies, 'Heat (1995)', 'Heat (1995)-trailer.mkv'))).toBe(true);
  // The filed trailer keeps why it is this one: the score it had in the dialog, picked by the person.
  const why = page.getByRole('region', { name: 'Why this trailer: Heat (1995)-trailer.mkv' });
  await expect(why).toContainText(`Score ${bestScore} / 100`);
  await expect(why).toContainText('Source: YouTube search · Picked by you');

  await page.getByRole('button', { name: 'Find trailer' }).click();
  await expect(items.first()).toContainText('Heat (1995) Official Trailer', { timeout: 20_000 });
  await expect(list).not.toContainText('REACTION');
  await expect(list).toContainText('Movie Review');
});

test('Download missing trailers searches and queues only the titles without one; the rest wait in Review', async ({
  page,
  api,
  openApp,
  standin,
}) => {
  standin.answer({
    // Held back a little, so the run's progress can be seen.
    'Alien 1979 official trailer': {
      delayMs: 2500,
      entries: [
        entry('alienReac01', 'ALIEN (1979) REACTION - first time watching', {
          channel: 'Reactland',
          duration: 2100,
        }),
        official('alienTrai01', 'Alien (1979) Official Trailer HD', '20th Century Studios'),
      ],
    },
    'Arrival 2016 official trailer': { entries: arrivalDecoys() },
    'Heat 1995 official trailer': { entries: heatSearch() },
  });
  const movies = makeMovies(['Alien (1979)', 'Arrival (2016)', 'Heat (1995)']);
  // Heat already has a trailer on disk, which the default profile accepts.
  makeVideo(join(movies, 'Heat (1995)', 'Heat (1995)-trailer.mkv'), { width: 320, height: 180, duration: 1 });
  await addRootAndWait(api, movies);
  const { minScore } = await prepare(api);
  await openApp();

  await page.getByRole('button', { name: 'Download missing trailers' }).click();
  const bar = page.getByRole('progressbar', { name: 'Missing trailers checked' });
  await expect(bar).toBeVisible();
  // Every monitored title counts; Heat is done from the start, as already satisfied.
  await expect(bar).toHaveAttribute('aria-valuemax', '3');
  await expect(bar).toHaveAttribute('aria-valuetext', /1 already had a trailer/);
  await expect(page.getByRole('button', { name: 'Finding missing trailers…' })).toBeDisabled();

  const toasts = page.getByRole('status');
  await expect(toasts).toContainText(
    'Checked 3 titles: queued 1 trailer, 1 title needs your choice (see Review), 1 already had a trailer.',
    { timeout: 30_000 },
  );
  await expect(bar).toBeHidden();
  expect(standin.queries().sort()).toEqual(['Alien 1979 official trailer', 'Arrival 2016 official trailer']);

  // The review list names the title that needs a person, with what was found.
  const review = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Review/ });
  await expect(review).toContainText('1');
  await review.click();
  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Titles that need a choice' });
  const arrival = table.getByRole('row', { name: /Arrival \(2016\)/ });
  await expect(arrival).toContainText('Needs a choice');
  await expect(arrival).toContainText('/ 100');
  // Which video the result is for: the title's trailer (a profile may want more than one).
  await expect(table.getByRole('columnheader', { name: 'Video' })).toBeVisible();
  await expect(arrival.getByRole('cell', { name: 'Trailer', exact: true })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await saveScreenshot(page, 'review');

  await arrival.getByRole('button', { name: 'Find trailer for Arrival (2016)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find trailer' });
  await expect(dialog).toContainText('Arrival (2016)');
  await expect(dialog.getByRole('list', { name: 'Candidates' })).toContainText('REACTION', {
    timeout: 20_000,
  });
  // The search was for the row's video; the person may search for another kind instead.
  const video = dialog.getByRole('combobox', { name: 'Video' });
  await expect(video).toHaveValue('trailer');
  await expect(video.getByRole('option', { name: 'Featurette' })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Alien's trailer was queued and arrives; Heat was left alone.
  await page.getByRole('link', { name: /Activity/ }).click();
  await page.getByRole('tab', { name: /Completed/ }).click();
  const completed = page.getByRole('table', { name: 'Completed downloads' });
  await expect(completed.getByRole('row', { name: /Alien \(1979\)/ })).toContainText('Completed', {
    timeout: 45_000,
  });
  await expect(completed.getByRole('row')).toHaveCount(2);
  expect(existsSync(join(movies, 'Alien (1979)', 'Alien (1979)-trailer.mkv'))).toBe(true);

  // Its row says why that video was queued: the score against the minimum, then the reasons.
  const alien = completed.getByRole('row', { name: /Alien \(1979\)/ });
  await alien.getByText(new RegExp(`^Why this trailer: Score \\d+ / 100, minimum ${minScore}$`)).click();
  await expect(alien.getByRole('list', { name: 'Reasons' }).getByRole('listitem').first()).toHaveText(
    /^[+−±]\d+ /,
  );
  await expect(alien).toContainText('Source: YouTube search · Picked by Download missing trailers');
  await expect(alien).toContainText('“Alien (1979) Official Trailer HD”');

  // So does the title page, for the trailer it filed.
  await alien.getByRole('link', { name: 'Alien (1979)' }).click();
  const why = page.getByRole('region', { name: 'Why this trailer: Alien (1979)-trailer.mkv' });
  await expect(why).toContainText(new RegExp(`Score \\d+ / 100, minimum ${minScore}`));
  await expect(why.getByRole('list', { name: 'Reasons' }).getByRole('listitem').first()).toHaveText(
    /^[+−±]\d+ \S/,
  );
});

test('a YouTube bot check pauses YouTube with a banner until the person resumes it', async ({
  page,
  api,
  openApp,
  standin,
}) => {
  standin.answer({ 'Alien 1979 official trailer': { error: 'bot' } });
  const movies = makeMovies(['Alien (1979)']);
  await addRootAndWait(api, movies);
  await prepare(api);
  const ids = await mediaIds(api);
  await openApp(`#/title/${ids.get('Alien (1979)')}`);

  await page.getByRole('button', { name: 'Find trailer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find trailer' });
  await expect(dialog.getByText('No candidate found')).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByRole('list', { name: 'Search warnings' })).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: 'YouTube asked to confirm this is not a bot' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Settings → Discovery');

  // While paused, YouTube is not asked again.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Find trailer' }).click();
  await expect(dialog.getByRole('list', { name: 'Search warnings' })).toContainText('paused', {
    timeout: 20_000,
  });
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(standin.queries()).toHaveLength(1);

  // The person sets cookies (as the banner says), then resumes; YouTube answers again.
  standin.answer({
    'Alien 1979 official trailer': {
      entries: [official('alienTrai01', 'Alien (1979) Official Trailer HD', '20th Century Studios')],
    },
  });
  await banner.getByRole('button', { name: 'Resume YouTube' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('status')).toContainText('YouTube searches and downloads run again.');
  expect(await api.call('discovery:youtubeLane')).toMatchObject({ paused: false });

  await page.getByRole('button', { name: 'Find trailer' }).click();
  await expect(dialog.getByRole('list', { name: 'Candidates' })).toContainText(
    'Alien (1979) Official Trailer',
    {
      timeout: 20_000,
    },
  );
  expect(standin.queries()).toHaveLength(2);
});

test('discovery settings and the profile search fields are checked in place and saved', async ({
  page,
  api,
  openApp,
}) => {
  await openApp('#/settings');
  const section = page.getByRole('region', { name: 'Discovery' });
  await section.getByLabel('TMDB API key').fill('0123456789abcdef');
  const baseUrl = section.getByLabel('TMDB base URL');
  await baseUrl.fill('ftp://tmdb.example');
  await section.getByRole('button', { name: 'Save discovery settings' }).click();
  await expect(baseUrl).toHaveAttribute('aria-invalid', 'true');
  await expect(section).toContainText('Only http and https addresses');

  await baseUrl.fill('http://127.0.0.1:9/3');
  await section.getByRole('checkbox', { name: 'Check for missing trailers on a schedule' }).check();
  await section.getByLabel('Hours between checks').fill('12');
  await section.getByLabel('Cookies from browser').selectOption('firefox');
  await section.getByRole('button', { name: 'Save discovery settings' }).click();
  await expect(page.getByRole('status')).toContainText('Saved the discovery settings.');
  await expect(section.getByLabel('TMDB API key')).toHaveAttribute('placeholder', 'A key is set');
  expect(await api.call('discovery:getSettings')).toMatchObject({
    tmdbKeySet: true,
    tmdbBaseUrl: 'http://127.0.0.1:9/3',
    scheduleHours: 12,
    cookiesFromBrowser: 'firefox',
  });

  const card = page
    .getByRole('list', { name: 'Trailer profiles' })
    .getByRole('listitem', { name: 'Default' });
  await card.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit profile' });
  await dialog.getByLabel('Minimum score').fill('150');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The minimum score is a whole number from 0 to 100.');
  const excluded = dialog.getByLabel('Excluded words');
  const defaults = await excluded.inputValue();
  await excluded.fill('reaction, fan made');
  await dialog.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(excluded).toHaveValue(defaults);
  await excluded.fill(`${defaults}, unboxing`);
  await dialog.getByLabel('YouTube search').fill('{title} {year} trailer {language}');
  await dialog.getByLabel('Minimum score').fill('70');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Saved profile "Default".');
  const saved = (await api.call<TrailerProfile[]>('profiles:list')).find((p) => p.isDefault)!;
  expect(saved).toMatchObject({ minScore: 70, searchTemplate: '{title} {year} trailer {language}' });
  expect(saved.excludeWords.at(-1)).toBe('unboxing');
});
