// Which files the audit's Upgrade converts on disk, and to what: pure rules, checked case by case
// (the whole way through the queue is in upgrade-convert.test.ts).
import { describe, expect, it } from 'vitest';
import { noProcessing, type ProcessingSettings } from '../../../src-preload/contract/processing';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import type { AuditProblem } from '../../../src-preload/contract/values';
import { conversionSettings, jobProcessingProfile } from './upgrade-conversion';

type Wants = Pick<TrailerProfile, 'videoCodec' | 'audioCodec' | 'processing'>;
const wants = (videoCodec: Wants['videoCodec'], audioCodec: Wants['audioCodec'], processing = {}): Wants => ({
  videoCodec,
  audioCodec,
  processing: { ...noProcessing, ...processing },
});
const codecs = (settings: ProcessingSettings | null) =>
  settings === null ? null : [settings.videoCodec, settings.audioCodec, settings.compatibility];

describe('conversionSettings', () => {
  it("converts to the profile's wanted download codecs when its processing keeps them", () => {
    const both: AuditProblem[] = ['unwanted-video-codec', 'unwanted-audio-codec'];
    expect(codecs(conversionSettings(wants('h264', 'aac'), both))).toEqual(['h264', 'aac', false]);
    expect(codecs(conversionSettings(wants('av1', 'opus'), both))).toEqual(['av1', 'opus', false]);
    expect(codecs(conversionSettings(wants('h265', 'any'), ['unwanted-video-codec']))).toEqual([
      'h265',
      'keep',
      false,
    ]);
  });

  it("uses the profile's own processing when it already converts to what is wanted", () => {
    const profile = wants('h264', 'aac', { compatibility: true });
    expect(conversionSettings(profile, ['unwanted-video-codec'])).toBe(profile.processing);
    const same = wants('vp9', 'opus', { videoCodec: 'vp9', audioCodec: 'opus' });
    expect(conversionSettings(same, ['unwanted-video-codec', 'unwanted-audio-codec'])).toBe(same.processing);
  });

  it('refuses what converting cannot reach: mp3 or vorbis, or processing to another codec', () => {
    expect(conversionSettings(wants('any', 'mp3'), ['unwanted-audio-codec'])).toBeNull();
    expect(conversionSettings(wants('any', 'vorbis'), ['unwanted-audio-codec'])).toBeNull();
    expect(
      conversionSettings(wants('h264', 'any', { videoCodec: 'h265' }), ['unwanted-video-codec']),
    ).toBeNull();
    expect(
      conversionSettings(wants('vp9', 'any', { compatibility: true }), ['unwanted-video-codec']),
    ).toBeNull();
  });

  it('levels a file only toward a loudness target the profile has', () => {
    expect(conversionSettings(wants('any', 'any'), ['too-quiet'])).toBeNull();
    const levelled = wants('any', 'any', { loudnessTarget: -16 });
    expect(conversionSettings(levelled, ['too-loud'])).toBe(levelled.processing);
  });

  it('leaves to a new download every other problem, alone or mixed in, and a file with none', () => {
    const profile = wants('h264', 'aac', { loudnessTarget: -16 });
    for (const other of [
      'low-resolution',
      'portrait',
      'no-audio',
      'wrong-language',
      'letterboxed',
    ] as const) {
      expect(conversionSettings(profile, [other]), other).toBeNull();
      expect(conversionSettings(profile, ['unwanted-video-codec', other]), other).toBeNull();
    }
    expect(conversionSettings(profile, ['broken'])).toBeNull();
    expect(conversionSettings(profile, ['missing-file'])).toBeNull();
    expect(conversionSettings(profile, [])).toBeNull();
  });
});

describe('jobProcessingProfile', () => {
  const profile = { ...wants('h264', 'aac'), name: 'p' } as TrailerProfile;

  it("replaces the profile's processing with the job's, checked by the contract's schema", () => {
    const override: ProcessingSettings = { ...noProcessing, videoCodec: 'h264' };
    const row = { id: 1, processing_override: JSON.stringify(override) };
    expect(jobProcessingProfile(profile, row).processing).toEqual(override);
    expect(jobProcessingProfile(profile, { id: 1, processing_override: null })).toBe(profile);
  });

  it('fails the job with a reason when the stored settings are damaged', () => {
    for (const damaged of ['{', '{"videoCodec":"mpeg2"}', 'null']) {
      expect(() => jobProcessingProfile(profile, { id: 7, processing_override: damaged })).toThrow(
        "Job 7's conversion settings are damaged",
      );
    }
  });
});
