// Sonarr's webhook bodies against a library scanned from real folders and the loopback Sonarr v4
// (e2e/support/arr-server.ts). Queueing is recorded behind its narrow hook: discovery is not the
// subject here (the Radarr route test runs it for real, over HTTP).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { radarrWebhookPayload, sonarrSeriesAddPayload } from '../../../../e2e/support/arr-webhooks';
import type { ArrSeriesFixture } from '../../../../e2e/support/arr-server';
import { createArrWebhook } from './arr-webhook';
import { makeTitleFolders, openArrKit, type ArrKit } from './arr-test-kit';

const wire: ArrSeriesFixture = {
  id: 9,
  title: 'The Wire',
  year: 2002,
  tvdbId: 79126,
  tmdbId: 1438,
  path: '/tv/The Wire (2002)',
};
let kit: ArrKit;
afterEach(async () => {
  await kit.close();
});

async function sonarr() {
  kit = await openArrKit({
    server: { app: 'sonarr-v4', rootFolders: ['/tv'], series: [wire] },
    prepare: (dir) => {
      makeTitleFolders(join(dir, 'TV'), ['The Wire (2002)/Season 01']);
      return [{ root: join(dir, 'TV'), kind: 'series' }];
    },
    mappings: (dir) => [{ remote: '/tv', local: join(dir, 'TV') }],
  });
  const queued: number[] = [];
  const handle = createArrWebhook({
    arr: kit.arr,
    connections: kit.store,
    queueTrailer: (mediaId) => queued.push(mediaId) > 0,
  });
  const secret = kit.arr.webhookInfo(kit.connectionId).password;
  const auth = `Basic ${Buffer.from(`sonarr:${secret}`).toString('base64')}`;
  return { handle, auth, queued };
}

describe('Sonarr webhooks', () => {
  it('"On Series Add" links the series and queues its trailer', async () => {
    const { handle, auth, queued } = await sonarr();
    const answer = await handle(String(kit.connectionId), auth, JSON.stringify(sonarrSeriesAddPayload(wire)));
    const mediaId = kit.lib.db.$client.prepare("SELECT id FROM media WHERE title = 'The Wire'").pluck().get();
    expect(answer).toEqual({
      status: 200,
      body: { message: 'Synced; its trailer is being looked for.', mediaId, queued: true },
    });
    expect(queued).toEqual([mediaId]);
  });

  it('refuses a movie event sent to a Sonarr connection', async () => {
    const { handle, auth, queued } = await sonarr();
    const movie = { id: 1, title: 'Heat', year: 1995, tmdbId: 949, path: '/movies/Heat (1995)' };
    const answer = await handle(
      String(kit.connectionId),
      auth,
      JSON.stringify(radarrWebhookPayload('Download', movie)),
    );
    expect(answer).toMatchObject({ status: 400, body: { message: 'A Download event without its series.' } });
    expect(queued).toEqual([]);
  });

  it('answers other events without acting', async () => {
    const { handle, auth, queued } = await sonarr();
    const answer = await handle(
      String(kit.connectionId),
      auth,
      JSON.stringify({ eventType: 'Health', level: 'warning' }),
    );
    expect(answer).toMatchObject({
      status: 200,
      body: { message: 'Trailerdeck does not act on Health events.' },
    });
    expect(queued).toEqual([]);
  });
});
