// The checklist and the log through the contract, on a real core: real folders, real tools.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeFolderReadOnly } from '../../../e2e/support/read-only-folder';
import {
  openDownloadApp,
  startMediaHost,
  type DownloadApp,
  type MediaHost,
} from '../downloads/download-test-kit';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { logFileName } from '../logging/app-log';
import { redactSecrets } from '../logging/redact';
import { ytdlpAgeDays } from '../tools/ytdlp-age';

let host: MediaHost;
let app: DownloadApp;
beforeAll(async () => {
  host = await startMediaHost();
});
afterAll(() => host.close());
beforeEach(async () => {
  app = await openDownloadApp();
});
afterEach(() => app.close());

describe('diagnostics', () => {
  it('checks the tools and each folder: readable, writable by a real file, free space', async () => {
    const report = await app.call('diagnostics:run');
    expect(report.tools.map((t) => [t.name, t.problem])).toEqual([
      ['ytdlp', null],
      ['ffmpeg', null],
      ['ffprobe', null],
    ]);
    const library = report.folders.find((f) => f.rootId !== null)!;
    expect(library).toMatchObject({ exists: true, readable: true, writable: true, problem: null });
    expect(library.freeBytes).toBeGreaterThan(0);
    // This machine's yt-dlp (2023.03.04 from Debian) is flagged as outdated, and counted.
    const ytdlp = report.tools[0]!;
    const age = ytdlpAgeDays(ytdlp.version!, new Date());
    if (age === null) expect(ytdlp.outdated).toBeNull();
    else expect(ytdlp.outdated).toContain(`yt-dlp ${ytdlp.version} is `);
    expect(report.problems).toBe(age === null ? 0 : 1);
  });

  it('explains a library folder Trailerdeck cannot write to, with a fix', async () => {
    const [root] = await app.call('library:listRoots');
    const undo = await makeFolderReadOnly(root!.path);
    if (!undo) return void console.warn('skipped: no way to make a folder read-only here');
    try {
      const report = await app.call('diagnostics:run');
      const library = report.folders.find((f) => f.rootId === root!.id)!;
      expect(library).toMatchObject({ exists: true, readable: true, writable: false });
      expect(library.problem).toMatch(/cannot be saved|read-only/);
      expect(library.fix).toMatch(/setfacl|rw instead of ro/);
      expect(report.problems).toBe(1 + report.tools.filter((t) => t.outdated !== null).length);
    } finally {
      await undo();
    }
  });

  it('copies a report with versions and settings, but never a key, token or cookie detail', async () => {
    await app.call('discovery:updateSettings', {
      tmdbApiKey: 'super-secret-tmdb-key-0000000000',
      cookiesFile: '/home/me/private cookies.txt',
    });
    const { text } = await app.call('diagnostics:report');
    expect(text).toMatch(/yt-dlp: \d{4}\.\d{2}\.\d{2}/);
    expect(text).toContain('TMDB API key: set');
    expect(text).toContain('Cookies file: set');
    expect(text).not.toContain('super-secret');
    expect(text).not.toContain('private cookies');
    expect(redactSecrets('http://127.0.0.1:9/?token=abc123&x=1 --cookies /a/b.txt td_token=zzz')).toBe(
      'http://127.0.0.1:9/?token=[redacted]&x=1 --cookies [redacted] td_token=[redacted]',
    );
  });

  it('shows the first-run checklist until it is dismissed', async () => {
    expect((await app.call('app:info')).firstRunPending).toBe(true);
    await app.call('diagnostics:dismissFirstRun');
    expect((await app.call('app:info')).firstRunPending).toBe(false);
  });
});

describe('the log', () => {
  it('records a failed yt-dlp with its quoted command line and the end of stderr', async () => {
    const job = await app.call('downloads:enqueue', {
      mediaId: app.mediaId('Heat (1995)'),
      source: host.server.url('/status/404/a trailer.mp4'),
    });
    await app.waitFor(job.id, 'failed');
    const errors = await app.call('logs:list', { level: 'error', search: 'yt-dlp' });
    const failure = errors.find((e) => e.source === 'yt-dlp')!;
    expect(failure.message).toMatch(/exited with code/);
    expect(failure.details).toMatch(/^\S*yt-dlp --ignore-config /);
    // An argument with a space is quoted (the job's folder lies in a folder named with one); the
    // link itself reaches yt-dlp normalised, its space escaped.
    expect(failure.details).toMatch(/ -P 'temp:[^']* [^']*' /);
    expect(failure.details).toContain(`-- ${host.server.url('/status/404/a%20trailer.mp4')}`);
    expect(failure.details).toMatch(/HTTP Error 404/);
    const warnings = await app.call('logs:list', { level: 'warn', search: 'Heat' });
    expect(
      warnings.some((e) => e.source === 'downloads' && /Download failed for Heat \(1995\)/.test(e.message)),
    ).toBe(true);
  });

  it('never writes the cookies file of a failed yt-dlp into the log file or the Logs page', async () => {
    const cookies = join(app.dir, 'my private cookies.txt');
    writeFileSync(cookies, '# Netscape HTTP Cookie File\n');
    await app.call('discovery:updateSettings', { cookiesFile: cookies });
    const job = await app.call('downloads:enqueue', {
      mediaId: app.mediaId('Heat (1995)'),
      source: host.server.url('/status/404/a trailer.mp4'),
    });
    await app.waitFor(job.id, 'failed');

    const errors = await app.call('logs:list', { level: 'error', search: 'yt-dlp' });
    const failure = errors.find((e) => e.source === 'yt-dlp')!;
    expect(failure.details).toContain('--cookies [redacted]');
    expect(failure.details).not.toContain('private cookies');
    const file = readFileSync(join(app.dir, 'data', 'logs', logFileName), 'utf8');
    expect(file).toContain('--cookies [redacted]');
    expect(file).not.toContain('private cookies');
  });
});
