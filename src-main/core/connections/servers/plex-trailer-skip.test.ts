// The profile option "skip titles whose Plex item already has a trailer", in a real unattended run:
// a real core and database, YouTube's search answered by the stand-in yt-dlp (YouTube cannot be
// reached from here), Plex by the loopback fake (e2e/support/plex-fake.ts) with its extras.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlexFake, type PlexFake } from '../../../../e2e/support/plex-fake';
// With the extension: without it Vite would pick the executable .mjs of the same name.
import {
  standinPath,
  standinQueries,
  writeStandinSearches,
  type StandinConfig,
} from '../../../../e2e/support/ytdlp-standin.js';
import { openDownloadApp, type DownloadApp } from '../../downloads/download-test-kit';
import { nextEvent } from '../../library/test-helpers';

const token = 'plex-extras-token-42';
const dir = mkdtempSync(join(tmpdir(), 'trailerdeck plex skip '));
const savedEnv = { ...process.env };
let app: DownloadApp;
let plex: PlexFake;
let standin: StandinConfig;

beforeEach(async () => {
  standin = writeStandinSearches(join(dir, `standin-${Date.now()}`), {
    'Heat 1995 official trailer': { entries: [] },
    'Alien 1979 official trailer': { entries: [] },
  });
  Object.assign(process.env, standin.env);
  app = await openDownloadApp({ ytdlpPath: standinPath });
  await app.call('downloads:updateSettings', { youtubePauseSeconds: 0 });
  const movies = app.folder('x').replace(/\/x$/, '');
  // Plex sees the same folders: no mapping needed. Heat has a trailer among its extras, Alien not.
  plex = await startPlexFake({
    token,
    sections: [{ key: '1', title: 'Movies', type: 'movie', locations: [movies] }],
    items: [
      {
        ratingKey: '11',
        sectionKey: '1',
        title: 'Heat',
        year: 1995,
        folder: app.folder('Heat (1995)'),
        trailers: 1,
      },
      { ratingKey: '12', sectionKey: '1', title: 'Alien', year: 1979, folder: app.folder('Alien (1979)') },
    ],
  });
  await app.call('connections:add', { kind: 'plex', name: 'Plex', url: plex.url, apiKey: token });
});
afterEach(async () => {
  await app.close();
  await plex.close();
  process.env = { ...savedEnv };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runFor(names: string[]) {
  const finished = nextEvent(app.core.events, 'discovery:runChanged', (run) => !run.running);
  await app.call('discovery:downloadMissing', { mediaIds: names.map((name) => app.mediaId(name)) });
  return finished;
}
const setSkip = async (skip: boolean) => {
  const profile = (await app.call('profiles:list')).find((p) => p.isDefault)!;
  await app.call('profiles:update', { id: profile.id, skipWhenPlexHasTrailer: skip });
};

describe('skip titles whose Plex item already has a trailer', () => {
  it('is off by default: every title is searched', async () => {
    expect((await app.call('profiles:list')).every((p) => !p.skipWhenPlexHasTrailer)).toBe(true);
    await runFor(['Heat (1995)', 'Alien (1979)']);
    expect(standinQueries(standin.logPath).sort()).toEqual([
      'Alien 1979 official trailer',
      'Heat 1995 official trailer',
    ]);
    expect(plex.requests).toEqual([]);
  });

  it('when on, a title Plex shows a trailer for is neither searched nor downloaded', async () => {
    await setSkip(true);
    const run = await runFor(['Heat (1995)', 'Alien (1979)']);
    expect(run).toMatchObject({ satisfied: 1, queued: 0 });
    expect(standinQueries(standin.logPath)).toEqual(['Alien 1979 official trailer']);
    expect(
      plex.requests
        .filter((r) => r.path.endsWith('/extras'))
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/library/metadata/11/extras', '/library/metadata/12/extras']);
  });

  it('a Plex that cannot answer never skips a title, and is reported once', async () => {
    await setSkip(true);
    await plex.down();
    const run = await runFor(['Heat (1995)', 'Alien (1979)']);
    expect(run).toMatchObject({ satisfied: 0 });
    expect(standinQueries(standin.logPath)).toHaveLength(2);
    const warnings = await app.call('logs:list', { level: 'warn', search: 'already have a trailer' });
    expect(warnings).toHaveLength(1);
  });
});
