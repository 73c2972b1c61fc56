// The naming procedures through the core's dispatch (what IPC and the headless server both call),
// on a real data folder: the preset is validated, kept across restarts, and previewed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDownloadApp, type DownloadApp } from '../downloads/download-test-kit';

let app: DownloadApp;
beforeEach(async () => {
  app = await openDownloadApp({}, ['Heat (1995)']);
});
afterEach(() => app.close());

describe('naming procedures', () => {
  it('keeps the chosen preset across a restart, Plex until one is chosen', async () => {
    expect(await app.call('naming:getSettings')).toEqual({ preset: 'plex' });
    await app.call('naming:updateSettings', { preset: 'kodi' });
    await app.restart();
    expect(await app.call('naming:getSettings')).toEqual({ preset: 'kodi' });
  });

  it('refuses a preset it does not know, with a typed error, and keeps the one it had', async () => {
    await app.call('naming:updateSettings', { preset: 'emby' });
    const refused = await app.core.dispatch('naming:updateSettings', { preset: 'infuse' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await app.call('naming:getSettings')).toEqual({ preset: 'emby' });
  });

  it("previews a preset's names under the default profile's placement", async () => {
    const profile = (await app.call('profiles:list')).find((p) => p.isDefault);
    await app.call('profiles:update', { id: profile?.id ?? 0, placement: 'trailers-folder' });
    const preview = await app.call('naming:preview', { preset: 'jellyfin' });
    expect(preview.map((e) => e.path)).toEqual([
      'Heat (1995)/Trailers/Heat (1995)-trailer.mkv',
      'Heat (1995)/Trailers/Heat (1995) [Deutsch] (2)-trailer.mkv',
      'Heat (1995)/Featurettes/Heat (1995)-featurette.mkv',
      'Heat (1995)/Trailers/Heat (1995)-trailer.mkv',
      'Dark (2017)/Trailers/Dark (2017)-trailer.mkv',
      'Dark (2017)/Season 01/Trailers/Dark (2017) Season 01-trailer.mkv',
    ]);
    // The preview does not choose: the preset in use stays.
    expect(await app.call('naming:getSettings')).toEqual({ preset: 'plex' });
  });
});
