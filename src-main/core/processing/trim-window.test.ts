// The trim rules (see trim-window.ts), one row per rule and edge: pure, so no ffmpeg here; the
// real spans of a generated file are checked in analyse-media.test.ts.
import { describe, expect, it } from 'vitest';
import type { TimeSpan } from './analysis-types';
import { trimWindow } from './trim-window';

const span = (start: number, end: number): TimeSpan => ({ start, end });

interface Case {
  name: string;
  silences: TimeSpan[];
  blacks: TimeSpan[];
  duration: number;
  min?: number | null;
  expected: { start: number; end: number } | null;
}

const cases: Case[] = [
  {
    name: 'a black and silent head and tail are cut, keeping a 0.1 s margin',
    silences: [span(0, 3.00004), span(9, 11)],
    blacks: [span(0, 3), span(9, 10.9)],
    duration: 11,
    expected: { start: 2.9, end: 9.1 },
  },
  {
    name: 'a black slate then a silent logo card chain into one head',
    silences: [span(1.9, 5)],
    blacks: [span(0, 2)],
    duration: 60,
    expected: { start: 4.9, end: 60 },
  },
  {
    name: 'spans a little apart (up to 0.25 s) still chain',
    silences: [span(2.2, 4)],
    blacks: [span(0.1, 2)],
    duration: 60,
    expected: { start: 3.9, end: 60 },
  },
  {
    name: 'a gap of real content stops the head',
    silences: [span(3, 6)],
    blacks: [span(0, 2)],
    duration: 60,
    expected: { start: 1.9, end: 60 },
  },
  {
    name: 'black in the middle is a scene, not a head or tail',
    silences: [span(20, 22)],
    blacks: [span(20, 23)],
    duration: 60,
    expected: null,
  },
  {
    name: 'a silent end slate is cut even when the picture is not black',
    silences: [span(55, 60)],
    blacks: [],
    duration: 60,
    expected: { start: 0, end: 55.1 },
  },
  {
    name: 'each end is capped at 30 % of a short file',
    silences: [span(0, 8)],
    blacks: [span(0, 8)],
    duration: 20,
    expected: { start: 6, end: 20 },
  },
  {
    name: 'each end is capped at 30 s of a long file',
    silences: [span(0, 50)],
    blacks: [],
    duration: 300,
    expected: { start: 30, end: 300 },
  },
  {
    name: 'a silent track over the whole file says nothing: only the black head is cut',
    silences: [span(0, 60)],
    blacks: [span(0, 2)],
    duration: 60,
    expected: { start: 1.9, end: 60 },
  },
  {
    name: 'all dead air (head reaches the tail): nothing is cut',
    silences: [span(0, 40)],
    blacks: [span(30, 60)],
    duration: 60,
    expected: null,
  },
  {
    name: 'a cut under 0.25 s is not worth making',
    silences: [span(0, 0.3)],
    blacks: [],
    duration: 60,
    expected: null,
  },
  {
    name: 'the minimum duration gives back the tail first',
    silences: [span(0, 3), span(9, 11)],
    blacks: [],
    duration: 11,
    min: 7,
    expected: { start: 2.9, end: 9.9 },
  },
  {
    name: 'the minimum duration gives back the head once the tail is all given back',
    silences: [span(0, 3), span(9, 11)],
    blacks: [],
    duration: 11,
    min: 9.5,
    expected: { start: 1.5, end: 11 },
  },
  {
    name: 'a file already shorter than the minimum is not cut',
    silences: [span(0, 3)],
    blacks: [],
    duration: 11,
    min: 15,
    expected: null,
  },
  {
    name: 'spans past the end (codec padding) are clamped to the file',
    silences: [span(-0.02, 2), span(9, 11.3)],
    blacks: [],
    duration: 11,
    expected: { start: 1.9, end: 9.1 },
  },
  {
    name: 'no spans: nothing to cut',
    silences: [],
    blacks: [],
    duration: 11,
    expected: null,
  },
  {
    name: 'an unknown duration cuts nothing',
    silences: [span(0, 3)],
    blacks: [],
    duration: Number.NaN,
    expected: null,
  },
];

describe('trimWindow', () => {
  it.each(cases)('$name', ({ silences, blacks, duration, min, expected }) => {
    const window = trimWindow({ silences, blacks }, duration, min ?? null);
    if (expected === null) {
      expect(window).toBeNull();
      return;
    }
    expect(window).not.toBeNull();
    expect(window?.start).toBeCloseTo(expected.start, 3);
    expect(window?.end).toBeCloseTo(expected.end, 3);
    expect(window?.trimmedSeconds).toBeCloseTo(expected.start + duration - expected.end, 3);
  });
});
