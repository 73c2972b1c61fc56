// The picture-size rules, row by row; real cropdetect output is read in analyse-media.test.ts.
import { describe, expect, it } from 'vitest';
import { stablePicture, type CropCount } from './stable-picture';

describe('stablePicture', () => {
  const crop = (width: number, height: number, frames: number): CropCount => ({ width, height, frames });

  it.each([
    {
      name: 'the bars seen on most frames win over a fade-in and dark scenes',
      crops: [crop(1120, 540, 3), crop(1920, 804, 50), crop(1900, 700, 4), crop(1600, 600, 5)],
      expected: { width: 1920, height: 804 },
    },
    {
      name: 'a long title card on black does not beat the larger picture seen as long',
      crops: [crop(600, 120, 30), crop(1920, 804, 25), crop(1918, 800, 5), crop(1000, 500, 3)],
      expected: { width: 1920, height: 804 },
    },
    {
      name: 'sizes a few pixels apart count together, and the one seen most stands for them',
      crops: [crop(1920, 804, 12), crop(1920, 806, 9), crop(1916, 800, 9), crop(800, 300, 25)],
      expected: { width: 1920, height: 804 },
    },
    {
      name: 'without a stable size, the one seen most often',
      crops: [crop(1000, 500, 2), crop(1200, 600, 3), crop(900, 450, 2), ...manySizes(20)],
      expected: { width: 1200, height: 600 },
    },
    { name: 'no frames: no picture', crops: [], expected: null },
  ])('$name', ({ crops, expected }) => {
    expect(stablePicture(crops)).toEqual(expected);
  });
});

/** Sizes far apart from each other, one frame each. */
function manySizes(count: number): CropCount[] {
  return Array.from({ length: count }, (_, i) => ({ width: 100 + i * 40, height: 100 + i * 40, frames: 1 }));
}
