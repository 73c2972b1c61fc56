import { noProcessing } from '../../../src-preload/contract/processing-values';
import { describe, expect, it } from 'vitest';
import type { ProfileFields } from '../../../src-preload/contract';
import { describeEnableImpact, describeProfile } from './profile-labels';

const base: ProfileFields = {
  name: 'Default',
  enabled: true,
  maxResolution: '1080',
  videoCodec: 'h264',
  audioCodec: 'any',
  container: 'mkv',
  audioLanguage: null,
  subtitlesEnabled: false,
  subtitleLanguages: [],
  includeAutoSubtitles: false,
  placement: 'next-to-media',
  customTemplate: null,
  minDurationSeconds: null,
  maxDurationSeconds: null,
  embedMetadata: true,
  searchTemplate: '{title} {year} official trailer',
  excludeWords: ['reaction'],
  channelAllowList: [],
  minScore: 50,
  acceptDetectedTrailers: true,
  skipWhenPlexHasTrailer: false,
  wantedVideos: { trailer: 1 },
  maxVideosPerTitle: 6,
  seasonTrailers: false,
  languages: [],
  onePerLanguage: false,
  preferDubbed: true,
  processing: noProcessing,
};

describe('describeProfile', () => {
  it('adds the wanted videos, season trailers and languages when they are not the default one trailer', () => {
    expect(
      describeProfile({
        ...base,
        wantedVideos: { trailer: 2, featurette: 1 },
        seasonTrailers: true,
        languages: ['de', 'en'],
      }),
    ).toBe(
      '1080p · H.264 · MKV · next to media · 2× trailer, featurette · season trailers · German, then English',
    );
    expect(describeProfile({ ...base, languages: ['de', 'fr'], onePerLanguage: true })).toBe(
      '1080p · H.264 · MKV · next to media · each in German, French',
    );
  });

  it('sums a profile up in one line', () => {
    expect(describeProfile(base)).toBe('1080p · H.264 · MKV · next to media');
    expect(
      describeProfile({
        ...base,
        maxResolution: 'best',
        videoCodec: 'any',
        audioCodec: 'opus',
        container: 'webm',
        placement: 'trailers-folder',
        subtitlesEnabled: true,
        subtitleLanguages: ['en', 'de'],
      }),
    ).toBe('best resolution · any video codec · Opus · WebM · Trailers folder · subtitles en, de');
  });
});

describe('describeEnableImpact', () => {
  it('says how many titles switching a profile on adds downloads for', () => {
    expect(describeEnableImpact('Web', 1204)).toBe(
      'Enabling “Web” adds a trailer download for each of the 1,204 titles that have none for it yet, the next time missing trailers are downloaded (by hand or on the schedule).',
    );
    expect(describeEnableImpact('Web', 1)).toContain('for the 1 title that has none for it yet');
    expect(describeEnableImpact(' ', 0)).toBe(
      'Enabling this profile adds no downloads for now: no title is missing a trailer for it.',
    );
    expect(describeEnableImpact('Web', null)).toContain('every title');
  });

  it('says what processing does, and nothing when the profile keeps downloads as they come', () => {
    expect(
      describeProfile({
        ...base,
        processing: { ...base.processing, compatibility: true, loudnessTarget: -16, trim: true },
      }),
    ).toBe('1080p · H.264 · MKV · next to media · always H.264/AAC · -16 LUFS · trimmed');
    expect(
      describeProfile({
        ...base,
        processing: { ...base.processing, videoCodec: 'h265', audioCodec: 'eac3' },
      }),
    ).toBe('1080p · H.264 · MKV · next to media · to H.265 (HEVC) · audio to E-AC-3 (Dolby Digital Plus)');
  });
});
