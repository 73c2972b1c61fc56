import { describe, expect, it } from 'vitest';
import { resolutionLabel } from './resolution-label';

describe('resolutionLabel', () => {
  it.each([
    [3840, 2160, '2160p'],
    [4096, 1716, '2160p'], // DCI scope
    [3840, 1600, '2160p'], // letterboxed
    [7680, 4320, '4320p'],
    [2560, 1440, '1440p'],
    [2560, 1072, '1440p'],
    [1920, 1080, '1080p'],
    [1920, 800, '1080p'],
    [1998, 1080, '1080p'],
    [2048, 858, '1080p'],
    [1440, 1080, '1080p'], // anamorphic HDV
    [1080, 1920, '1080p'], // portrait
    [1280, 720, '720p'],
    [1280, 536, '720p'],
    [960, 720, '720p'],
    [854, 480, '480p'],
    [640, 480, '480p'],
    [720, 576, '480p'],
    [640, 360, '360p'],
    [426, 240, '240p'],
    [320, 180, '180p'],
  ])('%ix%i is %s', (width, height, label) => {
    expect(resolutionLabel(width, height)).toBe(label);
  });

  it('has no label without both dimensions', () => {
    expect(resolutionLabel(null, 1080)).toBeNull();
    expect(resolutionLabel(1920, null)).toBeNull();
    expect(resolutionLabel(0, 0)).toBeNull();
  });
});
