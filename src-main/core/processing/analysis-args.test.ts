// Which decoding each request gets; the commands themselves run on real files in
// analyse-media.test.ts.
import { describe, expect, it } from 'vitest';
import { analysisPlan } from './analysis-args';
import type { AnalyseOptions } from './analysis-types';

const nothing: AnalyseOptions = {
  ffmpegPath: 'ffmpeg',
  loudnessTarget: null,
  measureLoudness: false,
  detectTrim: false,
  detectPicture: false,
  durationSeconds: null,
};

describe('analysisPlan', () => {
  const ask = { ...nothing };
  it.each([
    {
      name: 'trim, 11 s',
      options: { ...ask, detectTrim: true },
      duration: 11,
      blacks: 'windows',
      picture: 'none',
    },
    {
      name: 'trim, 8 s (windows save too little)',
      options: { ...ask, detectTrim: true },
      duration: 8,
      blacks: 'all',
      picture: 'none',
    },
    {
      name: 'trim, duration unknown',
      options: { ...ask, detectTrim: true },
      duration: null,
      blacks: 'all',
      picture: 'none',
    },
    {
      name: 'trim and picture, 150 s',
      options: { ...ask, detectTrim: true, detectPicture: true },
      duration: 150,
      blacks: 'windows',
      picture: 'samples',
    },
    {
      name: 'trim and picture, 8 s',
      options: { ...ask, detectTrim: true, detectPicture: true },
      duration: 8,
      blacks: 'all',
      picture: 'all',
    },
    {
      name: 'picture, 150 s',
      options: { ...ask, detectPicture: true },
      duration: 150,
      blacks: 'none',
      picture: 'samples',
    },
    {
      name: 'picture, 9 s',
      options: { ...ask, detectPicture: true },
      duration: 9,
      blacks: 'none',
      picture: 'keyframes',
    },
    {
      name: 'picture, duration unknown',
      options: { ...ask, detectPicture: true },
      duration: null,
      blacks: 'none',
      picture: 'keyframes',
    },
    {
      name: 'loudness only',
      options: { ...ask, measureLoudness: true },
      duration: 150,
      blacks: 'none',
      picture: 'none',
    },
  ] as const)('$name', ({ options, duration, blacks, picture }) => {
    expect(analysisPlan(options, duration)).toMatchObject({ blacks, picture });
  });

  it('makes each end window a second longer than the largest cut', () => {
    expect(analysisPlan({ ...ask, detectTrim: true }, 150).windowSeconds).toBe(31);
    expect(analysisPlan({ ...ask, detectTrim: true }, 20).windowSeconds).toBe(7);
  });
});
