import { describe, expect, it } from 'vitest';
import { ytdlpAgeDays, ytdlpReleaseDate, ytdlpStaleAfterDays } from './ytdlp-age';

describe('ytdlpAgeDays', () => {
  const now = new Date('2026-12-04T13:00:00Z');

  it('flags a yt-dlp from 2023 and lets a recent one be', () => {
    expect(ytdlpAgeDays('2023.03.04', now)).toBe(1371);
    expect(ytdlpAgeDays('2026.11.20', now)).toBeNull();
    // Nightly builds add the time of day.
    expect(ytdlpAgeDays('2024.08.06.232906', now)).toBe(850);
  });

  it('starts flagging just past the limit', () => {
    const limit = new Date(Date.UTC(2026, 11, 4) - ytdlpStaleAfterDays * 86_400_000);
    const version = (d: Date) =>
      `${d.getUTCFullYear()}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${String(d.getUTCDate()).padStart(2, '0')}`;
    expect(ytdlpAgeDays(version(limit), now)).toBeNull();
    expect(ytdlpAgeDays(version(new Date(limit.getTime() - 86_400_000)), now)).toBe(ytdlpStaleAfterDays + 1);
  });

  it('says nothing about a version that is not a date', () => {
    expect(ytdlpReleaseDate('2023.13.40')).toBeNull();
    expect(ytdlpAgeDays('unknown', now)).toBeNull();
    expect(ytdlpAgeDays('1.2.3-custom', now)).toBeNull();
  });
});
