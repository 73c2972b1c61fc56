// Media servers' keys never reach a URL, the log files or the diagnostics report: checked after
// Tests, refreshes and failures (a refused key, a server that is down) on a real core, with
// loopback Plex, Jellyfin and Emby fakes standing in for the servers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmbyFake } from '../../../../e2e/support/emby-fake';
import type { FakeAppServer } from '../../../../e2e/support/fake-app-server';
import { startJellyfinFake } from '../../../../e2e/support/jellyfin-fake';
import { startPlexFake } from '../../../../e2e/support/plex-fake';
import { openDownloadApp, type DownloadApp } from '../../downloads/download-test-kit';
import { nextEvent } from '../../library/test-helpers';

const keys = {
  plex: 'zPlexTok3n-Qx81mN',
  jellyfin: '5e1f0c9d8b7a6f5e4d3c2b1a0f9e8d7c',
  emby: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d',
} as const;
let app: DownloadApp;
let fakes: FakeAppServer[];

beforeEach(async () => {
  app = await openDownloadApp({ mediaServerBatchMs: 20 });
  const movies = app.folder('x').replace(/\/x$/, '');
  const libraries = [{ name: 'Films', collectionType: 'movies', locations: [movies] }];
  fakes = [
    await startPlexFake({
      token: keys.plex,
      sections: [{ key: '1', title: 'Films', type: 'movie', locations: [movies] }],
      items: [
        { ratingKey: '9', sectionKey: '1', title: 'Heat', year: 1995, folder: app.folder('Heat (1995)') },
      ],
    }),
    await startJellyfinFake({ token: keys.jellyfin, libraries }),
    await startEmbyFake({ token: keys.emby, libraries }),
  ];
});
afterEach(async () => {
  await app.close();
  for (const fake of fakes) await fake.close();
});

describe('media server keys', () => {
  it('travel only in headers, and are absent from the log files and the diagnostics report', async () => {
    const [plex, jellyfin, emby] = fakes as [FakeAppServer, FakeAppServer, FakeAppServer];
    const ids: number[] = [];
    for (const [kind, fake] of [
      ['plex', plex],
      ['jellyfin', jellyfin],
      ['emby', emby],
    ] as const) {
      const added = await app.call('connections:add', {
        kind,
        name: kind,
        url: fake.url,
        apiKey: keys[kind],
      });
      ids.push(added.id);
      expect((await app.call('connections:test', { id: added.id })).ok).toBe(true);
    }
    // A refresh that works, then failures that get logged: a refused key, a server that is down.
    const heat = app.mediaId('Heat (1995)');
    const waitFor = (wanted: number[]) => {
      const waiting = new Set(wanted);
      return nextEvent(app.core.events, 'connections:changed', (p) => {
        for (const id of p.ids) waiting.delete(id);
        return waiting.size === 0;
      });
    };
    let told = waitFor(ids);
    app.core.events.emit('media:trailersChanged', { mediaIds: [heat] });
    await told;
    plex.refuseKey(true);
    await jellyfin.down();
    emby.refuseKey(true);
    told = waitFor(ids);
    app.core.events.emit('media:trailersChanged', { mediaIds: [heat] });
    await told;
    const warnings = await app.call('logs:list', { level: 'warn', search: 'Could not ask' });
    expect(warnings).toHaveLength(3);

    // Every request carried its key, and only in a header.
    for (const fake of fakes) {
      expect(fake.requests.length).toBeGreaterThan(0);
      for (const request of fake.requests) {
        for (const key of Object.values(keys)) expect(request.rawUrl).not.toContain(key);
      }
    }
    expect(
      plex.requests
        .filter((r) => r.path !== '/identity')
        .every((r) => r.headers['x-plex-token'] === keys.plex),
    ).toBe(true);

    const logDir = join(app.dir, 'data', 'logs');
    const logText = readdirSync(logDir)
      .map((file) => readFileSync(join(logDir, file), 'utf8'))
      .join('\n');
    expect(logText).toContain('Could not ask Plex');
    const report = (await app.call('diagnostics:report')).text;
    const shown = JSON.stringify(await app.call('connections:list'));
    for (const key of Object.values(keys)) {
      expect(logText).not.toContain(key);
      expect(report).not.toContain(key);
      expect(shown).not.toContain(key);
    }
  });
});
