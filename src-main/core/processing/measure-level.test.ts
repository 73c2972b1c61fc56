// The loudness read for the record, with the real ffmpeg on generated sound. Its figure is checked
// against loudnorm's own measure (analyseMedia), an independent implementation of EBU R128.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseMedia } from './analyse-media';
import { makeSilentAudioFixture, makeToneFixture, makeVideoOnlyFixture } from './analysis-test-kit';
import { measureLevel, parseIntegratedLoudness } from './measure-level';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'trailerdeck level '));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('measureLevel', () => {
  it('reads a quiet and a loud tone as loudnorm measures them', async () => {
    for (const [name, gain] of [
      ['quiet.m4a', 0.25],
      ['loud.m4a', 4],
    ] as const) {
      const file = await makeToneFixture(dir, name, gain);
      const level = await measureLevel(file, { ffmpegPath: 'ffmpeg' });
      const reference = await analyseMedia(file, {
        ffmpegPath: 'ffmpeg',
        loudnessTarget: null,
        measureLoudness: true,
        detectTrim: false,
        detectPicture: false,
        durationSeconds: null,
      });
      expect(level).not.toBeNull();
      expect(Math.abs(level! - reference.loudness!.integrated)).toBeLessThanOrEqual(0.5);
    }
  });

  it('has no figure for a file without sound or with digital silence', async () => {
    expect(await measureLevel(await makeVideoOnlyFixture(dir), { ffmpegPath: 'ffmpeg' })).toBeNull();
    expect(await measureLevel(await makeSilentAudioFixture(dir), { ffmpegPath: 'ffmpeg' })).toBeNull();
  });

  it.each([
    [
      'the summary',
      'x\n[Parsed_ebur128_0] Summary:\n\n  Integrated loudness:\n    I:         -23.4 LUFS\n',
      -23.4,
    ],
    ['no summary (a frame line only)', 't: 0.1 M: -20.0 S: -20.0     I: -19.0 LUFS', null],
    ['silence at the gate', 'Summary:\n    I:         -70.0 LUFS\n', null],
    ['a value that is not a number', 'Summary:\n    I:         nan LUFS\n', null],
    ['an exponent', 'Summary:\n    I:         -1e400 LUFS\n', null],
  ])('parses %s', (_name, stderr, expected) => {
    expect(parseIntegratedLoudness(stderr)).toBe(expected);
  });
});
