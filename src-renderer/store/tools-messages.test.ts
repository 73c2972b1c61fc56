import { describe, expect, it } from 'vitest';
import { makeToolsStatus } from './fake-tools';
import { describeSettingsChange, describeUpdateCheck } from './tools-messages';

const settings = makeToolsStatus().settings;

describe('tools messages', () => {
  it('says what a change of the update settings does', () => {
    expect(describeSettingsChange(settings, { ...settings, ytdlpChannel: 'nightly' }).message).toBe(
      'yt-dlp updates now come from the nightly channel.',
    );
    expect(
      describeSettingsChange(settings, { ...settings, releaseBaseUrl: 'http://127.0.0.1:9/release' }).message,
    ).toBe('yt-dlp is now downloaded from http://127.0.0.1:9/release.');
    expect(describeSettingsChange({ ...settings, releaseBaseUrl: 'http://mirror' }, settings).message).toBe(
      'yt-dlp is now downloaded from its official releases on GitHub.',
    );
    expect(describeSettingsChange(settings, { ...settings, checkAtStartup: true }).message).toBe(
      'Trailerdeck will look for a newer yt-dlp at start-up.',
    );
  });

  it('points to Install when there is no managed copy to update', () => {
    expect(describeUpdateCheck(makeToolsStatus()).message).toMatch(/choose Install yt-dlp/);
  });
});
