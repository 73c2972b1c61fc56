import { describe, expect, it } from 'vitest';
import type { ProfileFields } from '../../../src-preload/contract/profiles';
import { defaultProfileFields } from './profile-service';
import { profileProblem } from './profile-validation';

const fields = (over: Partial<ProfileFields>): ProfileFields => ({ ...defaultProfileFields, ...over });

describe('profileProblem', () => {
  it.each<[string, Partial<ProfileFields>, RegExp]>([
    [
      'webm + h264',
      { container: 'webm', videoCodec: 'h264' },
      /WebM files cannot hold H\.264 video\. Choose VP9 or AV1/,
    ],
    ['webm + h265', { container: 'webm', videoCodec: 'h265' }, /WebM files cannot hold H\.265 video/],
    [
      'webm + aac',
      { container: 'webm', audioCodec: 'aac' },
      /WebM files cannot hold AAC audio\. Choose Opus or Vorbis/,
    ],
    ['webm + mp3', { container: 'webm', audioCodec: 'mp3' }, /WebM files cannot hold MP3 audio/],
    ['mp4 + vp9', { container: 'mp4', videoCodec: 'vp9' }, /MP4 files cannot hold VP9 video\. Use MKV/],
    ['mp4 + opus', { container: 'mp4', audioCodec: 'opus' }, /MP4 files cannot hold Opus audio\. Use MKV/],
    ['mp4 + vorbis', { container: 'mp4', audioCodec: 'vorbis' }, /MP4 files cannot hold Vorbis audio/],
    [
      'max below min',
      { minDurationSeconds: 60, maxDurationSeconds: 30 },
      /maximum duration \(30 s\) is below the minimum duration \(60 s\)/,
    ],
    [
      'max of zero',
      { minDurationSeconds: null, maxDurationSeconds: 0 },
      /0 seconds would refuse every trailer/,
    ],
    [
      'subtitles without language',
      { subtitlesEnabled: true, subtitleLanguages: [] },
      /no language is chosen/,
    ],
    ['custom without template', { placement: 'custom', customTemplate: null }, /template is empty/],
    ['custom escaping', { placement: 'custom', customTemplate: '../../{title}' }, /cannot contain/],
  ])('refuses %s', (_, over, message) => {
    expect(profileProblem(fields(over))).toMatch(message);
  });

  it.each<[string, Partial<ProfileFields>]>([
    ['the default profile', {}],
    ['mkv with anything', { container: 'mkv', videoCodec: 'vp9', audioCodec: 'opus' }],
    ['webm + vp9 + opus', { container: 'webm', videoCodec: 'vp9', audioCodec: 'opus' }],
    ['webm + av1 + vorbis', { container: 'webm', videoCodec: 'av1', audioCodec: 'vorbis' }],
    ['mp4 + h264 + aac', { container: 'mp4', videoCodec: 'h264', audioCodec: 'aac' }],
    ['mp4 + av1 (standard, as YouTube serves it)', { container: 'mp4', videoCodec: 'av1' }],
    ['any codec in webm (the format choice follows the container)', { container: 'webm' }],
    ['equal bounds', { minDurationSeconds: 60, maxDurationSeconds: 60 }],
    ['no bounds', { minDurationSeconds: null, maxDurationSeconds: null }],
    ['subtitles off without language', { subtitlesEnabled: false, subtitleLanguages: [] }],
    ['a broken template while not custom', { placement: 'trailers-folder', customTemplate: '../x' }],
  ])('accepts %s', (_, over) => {
    expect(profileProblem(fields(over))).toBeNull();
  });
});
