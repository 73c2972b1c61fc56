import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../src-preload/contract';
import { describeProblems } from './audit-words';

const base: AuditRow = {
  downloadId: 1,
  mediaId: 1,
  mediaTitle: 'Heat',
  mediaYear: 1995,
  fileName: 'Heat (1995)-trailer.mkv',
  path: '/movies/Heat (1995)/Heat (1995)-trailer.mkv',
  videoType: 'trailer',
  season: null,
  profileName: 'Default',
  problems: [],
  resolution: '1080p',
  width: 1920,
  height: 1080,
  videoFormat: 'h264',
  audioFormat: 'aac',
  language: null,
  audioLanguage: null,
  brokenReason: null,
  wantedResolution: '1080',
  wantedVideoCodec: 'h264',
  wantedAudioCodec: 'aac',
  wantedLanguages: [],
  pictureWidth: null,
  pictureHeight: null,
  loudness: null,
  wantedLoudness: null,
};

describe('the audit in words', () => {
  it('says what is wrong and what the profile wants', () => {
    expect(
      describeProblems({
        ...base,
        problems: ['low-resolution', 'portrait', 'no-audio', 'unwanted-video-codec'],
        resolution: '720p',
        width: 720,
        height: 1280,
        videoFormat: 'vp9',
        audioFormat: null,
        wantedVideoCodec: 'h265',
      }),
    ).toEqual([
      '720p, the profile wants 1080p',
      'Portrait 720×1280',
      'No audio track',
      'Video VP9, the profile wants H.265',
    ]);
  });

  it('names the unwanted language, whichever spelling the file uses, and the wanted ones', () => {
    const row = { ...base, problems: ['wrong-language' as const], wantedLanguages: ['de', 'en'] };
    expect(describeProblems({ ...row, language: 'de', audioLanguage: 'fre' })).toEqual([
      'French, the profile wants German or English',
    ]);
    expect(describeProblems({ ...row, language: 'it', audioLanguage: 'ger' })).toEqual([
      'Italian, the profile wants German or English',
    ]);
  });

  it('explains a broken and a missing file', () => {
    expect(
      describeProblems({ ...base, problems: ['broken'], brokenReason: 'It has no video stream.' }),
    ).toEqual(['Broken: It has no video stream.']);
    expect(describeProblems({ ...base, problems: ['missing-file'] })).toEqual([
      'The file is no longer on disk',
    ]);
  });

  it('gives the picture inside the bars, and the loudness against the target or the usual band', () => {
    expect(
      describeProblems({
        ...base,
        problems: ['letterboxed', 'too-quiet'],
        pictureWidth: 1280,
        pictureHeight: 536,
        loudness: -31.24,
        wantedLoudness: -23,
      }),
    ).toEqual(['Letterboxed: picture 1280×536 in a 1920×1080 frame', 'Too quiet: -31.2 LUFS, target -23']);
    expect(describeProblems({ ...base, problems: ['too-loud'], loudness: -6 })).toEqual([
      'Too loud: -6.0 LUFS, above -9',
    ]);
  });
});
