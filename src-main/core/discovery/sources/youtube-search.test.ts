// The search command, its output parsing, and real runs: against the yt-dlp stand-in the e2e tests
// use (real process, recorded YouTube answers) and against the real yt-dlp, which cannot reach
// YouTube from here but shows how it takes the argv.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// ".js" names the .ts helper: without an extension vite would pick the executable ytdlp-standin.mjs.
import {
  readStandinLog,
  standinPath,
  writeStandinSearches,
  type StandinConfig,
  type StandinEntry,
} from '../../../../e2e/support/ytdlp-standin.js';
import { ProcessAborted, ProcessFailed } from '../../process/process-errors';
import { runProcess, type RunProcess } from '../../process/run-process';
import {
  buildSearchArgs,
  parseSearchOutput,
  renderSearchQuery,
  searchYoutube,
  SearchFailed,
  type SearchQueryValues,
} from './youtube-search';

const fixture = readFileSync(join(__dirname, 'fixtures', 'ytsearch-dune-2021.json'), 'utf8');
const recordedEntries = (JSON.parse(fixture) as { entries: StandinEntry[] }).entries;

async function failureOf(promise: Promise<unknown>): Promise<SearchFailed> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SearchFailed);
  return error as SearchFailed;
}

describe('renderSearchQuery', () => {
  const dune: SearchQueryValues = { title: 'Dune', year: 2021, language: null, type: 'movie' };

  it('fills the default template', () => {
    expect(renderSearchQuery('{title} {year} official trailer', dune)).toBe('Dune 2021 official trailer');
  });

  it('names the language in English, from two- or three-letter codes', () => {
    const template = '{title} {year} {language} trailer';
    expect(renderSearchQuery(template, { ...dune, language: 'de' })).toBe('Dune 2021 German trailer');
    expect(renderSearchQuery(template, { ...dune, language: 'deu' })).toBe('Dune 2021 German trailer');
    expect(renderSearchQuery(template, { ...dune, language: 'pt-BR' })).toBe('Dune 2021 Portuguese trailer');
    expect(renderSearchQuery(template, { ...dune, language: 'ces' })).toBe('Dune 2021 Czech trailer');
    expect(renderSearchQuery(template, { ...dune, language: 'yid' })).toBe('Dune 2021 Yiddish trailer');
    expect(renderSearchQuery(template, { ...dune, language: 'nob' })).toBe('Dune 2021 Norwegian trailer');
  });

  it('leaves out what is unknown without leaving gaps or empty brackets', () => {
    const values = { ...dune, year: null, language: 'xx' };
    expect(renderSearchQuery('{title}  ({year}) {language}  trailer', values)).toBe('Dune trailer');
    expect(renderSearchQuery('{TITLE} [{Year}] {type} trailer', { ...values, type: 'series' })).toBe(
      'Dune series trailer',
    );
  });

  it('keeps tokens it does not know, and never returns an empty query', () => {
    expect(renderSearchQuery('{title} {studio} {constructor}', dune)).toBe('Dune {studio} {constructor}');
    expect(renderSearchQuery('{year}', { ...dune, year: null })).toBe('Dune trailer');
    expect(renderSearchQuery('   ', { ...dune, title: ' Amélie\n' })).toBe('Amélie trailer');
  });
});

describe('buildSearchArgs', () => {
  it('asks for a flat JSON list with the query as one argument after --', () => {
    expect(buildSearchArgs('Dune 2021 official trailer', 10, {})).toEqual([
      '--ignore-config',
      '--encoding',
      'utf-8',
      '--no-colors',
      '--flat-playlist',
      '-J',
      '--',
      'ytsearch10:Dune 2021 official trailer',
    ]);
  });

  it('keeps quotes, emoji and a leading "-" inside the query', () => {
    const args = buildSearchArgs('-v "Léon" 🎬 --exec rm', 5, {});
    expect(args.slice(-2)).toEqual(['--', 'ytsearch5:-v "Léon" 🎬 --exec rm']);
    expect(buildSearchArgs('Dune\n2021\tofficial', 1, {}).at(-1)).toBe('ytsearch1:Dune 2021 official');
  });

  it('passes one source of cookies, the file first', () => {
    const cookies = { cookiesFile: '/home/me/cookies 1.txt', cookiesFromBrowser: 'firefox' };
    expect(buildSearchArgs('Dune', 3, cookies).slice(6, 8)).toEqual(['--cookies', '/home/me/cookies 1.txt']);
    expect(buildSearchArgs('Dune', 3, { cookiesFromBrowser: 'firefox' }).slice(6, 8)).toEqual([
      '--cookies-from-browser',
      'firefox',
    ]);
  });

  it('refuses an empty query and a count that is not a positive whole number', () => {
    expect(() => buildSearchArgs('  ', 5, {})).toThrow(RangeError);
    expect(() => buildSearchArgs('Dune', 0, {})).toThrow(RangeError);
    expect(() => buildSearchArgs('Dune', 2.5, {})).toThrow(RangeError);
  });
});

describe('parseSearchOutput', () => {
  it('reads a recorded search: every video, its fields, and the shorts and live entries as they are', () => {
    const candidates = parseSearchOutput(fixture);
    expect(candidates.map((c) => c.id)).toEqual(recordedEntries.map((e) => e.id));
    expect(candidates[0]).toEqual({
      id: 'n9xhJrPXop4',
      title: 'Dune | Official Main Trailer',
      url: 'https://www.youtube.com/watch?v=n9xhJrPXop4',
      duration: 211,
      channel: 'Warner Bros. Pictures',
      channel_id: 'UCjmJDM5pRKbUlVIzDYYWb6g',
      uploader: 'Warner Bros. Pictures',
      uploader_id: '@warnerbrospictures',
      channel_is_verified: true,
      view_count: 42718830,
      live_status: null,
      availability: null,
      description: 'Beyond fear, destiny awaits. #DuneMovie is now playing in theaters and on HBO Max.',
      timestamp: null,
      thumbnails: [
        expect.objectContaining({ width: 360, height: 202 }),
        expect.objectContaining({ width: 720, height: 404 }),
      ],
    });
    const byId = new Map(candidates.map((c) => [c.id, c]));
    expect(byId.get('u7Q7b2SzFUI')?.title).toBe('DUNE Trailer REACTION!! 🏜️ Villeneuve did it');
    expect(byId.get('zvX0vp2ZAt4')?.url).toBe('https://www.youtube.com/shorts/zvX0vp2ZAt4');
    expect(byId.get('tRsAy4b2mXo')).toMatchObject({ live_status: 'is_live', duration: null });
    expect(byId.get('e3Zb0YbN8Q0')?.live_status).toBe('is_upcoming');
  });

  it('reads yt-dlp 2023.03.04 output, which escapes non-ASCII and has no uploader field', () => {
    const stdout =
      '{"id": "L\\u00e9on", "_type": "playlist", "entries": [{"_type": "url", "ie_key": "Youtube", ' +
      '"id": "aNQFGzJGoGE", "url": "https://www.youtube.com/watch?v=aNQFGzJGoGE", ' +
      '"title": "L\\u00e9on: The Professional (1994) Trailer \\ud83c\\udfac", "description": null, ' +
      '"duration": 131, "channel_id": "UCuVPpxrm2VAgpH3Ktln4HXg", "channel": "Sony Pictures Home Entertainment", ' +
      '"thumbnails": [{"url": "https://i.ytimg.com/vi/aNQFGzJGoGE/hqdefault.jpg", "height": null, "width": null}], ' +
      '"view_count": 120345, "live_status": null}]}';
    expect(parseSearchOutput(stdout)).toEqual([
      {
        id: 'aNQFGzJGoGE',
        title: 'Léon: The Professional (1994) Trailer 🎬',
        url: 'https://www.youtube.com/watch?v=aNQFGzJGoGE',
        description: null,
        duration: 131,
        channel_id: 'UCuVPpxrm2VAgpH3Ktln4HXg',
        channel: 'Sony Pictures Home Entertainment',
        thumbnails: [{ url: 'https://i.ytimg.com/vi/aNQFGzJGoGE/hqdefault.jpg' }],
        view_count: 120345,
        live_status: null,
      },
    ]);
  });

  it('keeps the video’s language when yt-dlp gives one, for the ranking', () => {
    const stdout = JSON.stringify({
      entries: [
        { id: 'abcdefghijk', title: 'Dune | Trailer', language: 'de' },
        { id: 'bcdefghijkl', title: 'Dune | Trailer 2', language: 7 },
      ],
    });
    expect(parseSearchOutput(stdout).map((c) => c.language)).toEqual(['de', undefined]);
  });

  it('drops fields of the wrong type and skips entries without an id or title, and non-videos', () => {
    const stdout = JSON.stringify({
      entries: [
        null,
        {
          id: 'abcdefghijk',
          title: 'Fine',
          duration: '3:12',
          view_count: -4,
          channel: 7,
          channel_is_verified: 'yes',
          thumbnails: 'x',
        },
        { id: 'noTitle0000', title: '' },
        { title: 'No id' },
        { id: 'UCjmJDM5pRKbUlVIzDYYWb6g', title: 'Warner Bros. Pictures', ie_key: 'YoutubeTab' },
        { id: 'PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG', title: 'All trailers', _type: 'playlist' },
        { id: 'abcdefghijk', title: 'Fine, again' },
        {
          id: 'zyxwvutsrqp',
          title: 'Null duration',
          duration: null,
          thumbnails: [{ width: 5 }, { url: 'u' }],
        },
      ],
    });
    expect(parseSearchOutput(stdout)).toEqual([
      { id: 'abcdefghijk', title: 'Fine' },
      { id: 'zyxwvutsrqp', title: 'Null duration', duration: null, thumbnails: [{ url: 'u' }] },
    ]);
  });

  it('keeps when a video was uploaded, the ranking’s evidence between same-named films, if well-formed', () => {
    const stdout = JSON.stringify({
      entries: [
        { id: 'abcdefghijk', title: 'Dated', upload_date: '20070612', timestamp: 1181606400 },
        { id: 'zyxwvutsrqp', title: 'Badly dated', upload_date: '2007-06-12', timestamp: -5 },
      ],
    });
    expect(parseSearchOutput(stdout)).toEqual([
      { id: 'abcdefghijk', title: 'Dated', upload_date: '20070612', timestamp: 1181606400 },
      { id: 'zyxwvutsrqp', title: 'Badly dated' },
    ]);
  });

  it('gives no candidates when there are no entries', () => {
    expect(parseSearchOutput('{"entries": []}')).toEqual([]);
    expect(parseSearchOutput('{"_type": "playlist"}')).toEqual([]);
    expect(parseSearchOutput('{"entries": {"0": {"id": "abcdefghijk", "title": "x"}}}')).toEqual([]);
  });

  it.each([
    ['empty output', ''],
    ['a cut-off result', fixture.slice(0, 500)],
    ['an error text', 'ERROR: something went wrong'],
    ['JSON that is not an object', 'null'],
  ])('throws MALFORMED_OUTPUT on %s', (_, stdout) => {
    expect(() => parseSearchOutput(stdout)).toThrow(SearchFailed);
    try {
      parseSearchOutput(stdout);
    } catch (error) {
      expect(error).toMatchObject({ code: 'MALFORMED_OUTPUT', transient: false });
    }
  });
});

describe('searchYoutube against the yt-dlp stand-in', () => {
  let dir: string;
  let standin: StandinConfig;
  let withStandin: RunProcess;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'trailerdeck search '));
    standin = writeStandinSearches(dir, {
      'Dune 2021 official trailer': { entries: recordedEntries },
      '-v "Léon" 🎬': { entries: recordedEntries.slice(0, 1) },
      'Heat 1995 official trailer': { error: 'bot' },
      'Alien 1979 official trailer': { error: 'sign-in' },
      'Up 2009 official trailer': { error: 'rate-limited' },
      'Jaws 1975 official trailer': { error: 'offline' },
      'Slow 2020 official trailer': { entries: [], delayMs: 20_000 },
    });
    withStandin = (options) => runProcess({ ...options, env: { ...options.env, ...standin.env } });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const search = (query: string, extra: Partial<Parameters<typeof searchYoutube>[0]> = {}) =>
    searchYoutube({ ytdlpPath: standinPath, query, count: 10, runProcess: withStandin, ...extra });

  it('returns the recorded candidates, at most as many as asked for', async () => {
    const candidates = await search('Dune 2021 official trailer');
    expect(candidates.map((c) => c.id)).toEqual(recordedEntries.map((e) => e.id));
    expect(candidates.find((c) => c.id === 'u7Q7b2SzFUI')?.title).toContain('🏜️');
    expect(await search('Dune 2021 official trailer', { count: 3 })).toHaveLength(3);
  });

  it('sends a query with quotes, emoji and a leading "-" as the query', async () => {
    expect(await search('-v "Léon" 🎬', { count: 2 })).toHaveLength(1);
    const calls = readStandinLog(standin.logPath);
    expect(calls.at(-1)?.search).toEqual({ count: 2, query: '-v "Léon" 🎬' });
    expect(calls.at(-1)?.args.at(-2)).toBe('--');
  });

  it('gives no candidates for a query YouTube has nothing for', async () => {
    expect(await search('Nothing 1900 official trailer')).toEqual([]);
  });

  it.each([
    ['Heat 1995 official trailer', 'BOT_CHECK', false],
    ['Alien 1979 official trailer', 'SIGN_IN_REQUIRED', false],
    ['Up 2009 official trailer', 'RATE_LIMITED', true],
    ['Jaws 1975 official trailer', 'OFFLINE', true],
  ])('classifies the failure of "%s" as %s', async (query, code, transient) => {
    const failure = await failureOf(search(query));
    expect(failure).toMatchObject({ code, transient });
    expect(failure.cause).toBeInstanceOf(ProcessFailed);
    expect((failure.cause as ProcessFailed).exitCode).toBe(1);
    expect(failure.stderrTail).toMatch(/^ERROR: /m);
  });

  it('tells how to get past a bot check', async () => {
    const failure = await failureOf(search('Heat 1995 official trailer'));
    expect(failure.message).toMatch(/not a bot/);
    expect(failure.hint).toMatch(/cookies file/);
  });

  it('gives up after the timeout, as a connection failure worth retrying', async () => {
    const started = Date.now();
    const failure = await failureOf(search('Slow 2020 official trailer', { timeoutMs: 700 }));
    expect(failure).toMatchObject({ code: 'CONNECTION_FAILED', transient: true });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stops when cancelled, without calling it a failure', async () => {
    const controller = new AbortController();
    const pending = search('Slow 2020 official trailer', { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    await expect(pending).rejects.toBeInstanceOf(ProcessAborted);
  });

  it('says yt-dlp is missing, with an install hint', async () => {
    const failure = await failureOf(search('Dune', { ytdlpPath: join(dir, 'no-such-yt-dlp') }));
    expect(failure).toMatchObject({ code: 'TOOL_MISSING', transient: false });
    expect(failure.hint).toMatch(/Install yt-dlp/);
  });

  it('hands every other call to the real yt-dlp', async () => {
    const { stdout } = await withStandin({ command: standinPath, args: ['--version'], timeoutMs: 20_000 });
    expect(stdout.trim()).toMatch(/^\d{4}\.\d{2}\.\d{2}/);
    expect(readStandinLog(standin.logPath).at(-1)).toMatchObject({
      args: ['--version'],
      search: null,
      answer: 'real',
    });
  });

  it('passes on the real yt-dlp’s exit code and stderr', async () => {
    const error: unknown = await withStandin({
      command: standinPath,
      args: ['--no-such-option'],
      timeoutMs: 20_000,
    }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ProcessFailed);
    expect(error).toMatchObject({ exitCode: 2, stderrTail: expect.stringMatching(/no such option/) });
  });
});

describe('searchYoutube with the real yt-dlp', () => {
  // No route to YouTube here: the run fails, but it shows yt-dlp accepts the argv and keeps the
  // query whole (it echoes it as the playlist id), and that the failure is classified.
  it('takes a query starting with "-" after -- as the query, and fails as offline', async () => {
    const failure = await failureOf(
      searchYoutube({ ytdlpPath: 'yt-dlp', query: '--help "Léon" 🎬', count: 1, timeoutMs: 25_000 }),
    );
    expect(failure).toMatchObject({ code: 'OFFLINE', transient: true });
    expect(failure.message).toMatch(/no internet connection/);
    expect(failure.stderrTail).not.toMatch(/yt-dlp: error|Usage:/);
    if (failure.cause instanceof ProcessFailed) {
      expect(JSON.parse(failure.cause.stdout)).toMatchObject({
        id: '--help "Léon" 🎬',
        extractor: 'youtube:search',
      });
    }
  }, 30_000);
});
