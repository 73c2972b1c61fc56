// Parsing on loudnorm reports as ffmpeg 5.1 prints them; pass 2 through the real ffmpeg.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../process/run-process';
import { analyseMedia } from './analyse-media';
import { makeToneFixture, measureEbur128 } from './analysis-test-kit';
import { loudnormFilter, loudnormMeasureFilter, parseLoudnormJson } from './loudness-filter';

const report = (input: string, output = '-16.02'): string => `[Parsed_loudnorm_1 @ 0x55d0c0a4e000] 
{
\t"input_i" : "${input}",
\t"input_tp" : "-17.75",
\t"input_lra" : "5.30",
\t"input_thresh" : "-32.33",
\t"output_i" : "${output}",
\t"output_tp" : "-1.85",
\t"output_lra" : "5.60",
\t"output_thresh" : "-26.42",
\t"normalization_type" : "linear",
\t"target_offset" : "-0.02"
}
[out#0/null @ 0x55d0c0a4f000] video:0kB audio:4128kB`;

describe('parseLoudnormJson', () => {
  it('reads the input and output levels of a report among other stderr lines', () => {
    const parsed = parseLoudnormJson(`Input #0, mov, from 'a {b}.mp4':\n${report('-22.22')}`);
    expect(parsed).toEqual({
      input: { integrated: -22.22, truePeak: -17.75, range: 5.3, threshold: -32.33, offset: -0.02 },
      output: { integrated: -16.02, truePeak: -1.85, range: 5.6, threshold: -26.42 },
      normalizationType: 'linear',
    });
  });

  it('reads a report whose every line carries the filter prefix (newer ffmpeg logs)', () => {
    const prefixed = report('-22.22')
      .split('\n')
      .map((line) => `[Parsed_loudnorm_0 @ 0x5600aa] ${line}`)
      .join('\n');
    expect(parseLoudnormJson(prefixed)?.input?.integrated).toBe(-22.22);
  });

  it('reads silent audio (-inf) as unmeasurable rather than a number', () => {
    const parsed = parseLoudnormJson(report('-inf', '-inf'));
    expect(parsed?.input).toBeNull();
    expect(parsed?.output).toBeNull();
  });

  it('returns null without a report, or with a broken one', () => {
    expect(parseLoudnormJson('Conversion failed!')).toBeNull();
    expect(parseLoudnormJson('[Parsed_loudnorm_1 @ 0x1] \n{\n"input_i" : \n')).toBeNull();
    expect(parseLoudnormJson('[Parsed_loudnorm_1 @ 0x1] \n{ "input_i": "-20" }')).toBeNull();
  });
});

describe('loudnormFilter', () => {
  it('writes fixed decimals (no exponent, no -0)', () => {
    const filter = loudnormFilter(-16, {
      integrated: -31.1049,
      truePeak: -24.42,
      range: 0.9,
      threshold: -41.37,
      offset: -0.0000001,
    });
    expect(filter).toBe(
      'loudnorm=I=-16.00:TP=-1.50:LRA=11.00:measured_I=-31.10:measured_TP=-24.42:measured_LRA=0.90:' +
        'measured_thresh=-41.37:offset=0.00:linear=true:print_format=json',
    );
  });

  it('widens the range target to a wider measured range, so the gain stays linear', () => {
    const filter = loudnormFilter(-14, {
      integrated: -20,
      truePeak: -6,
      range: 17.34,
      threshold: -30,
      offset: 0,
    });
    expect(filter).toContain(':LRA=17.40:');
  });

  it('keeps every value inside the ranges loudnorm accepts', () => {
    const filter = loudnormFilter(-100, {
      integrated: -120,
      truePeak: 150,
      range: 140,
      threshold: -130,
      offset: 1e21,
    });
    expect(filter).toContain('I=-70.00:');
    expect(filter).toContain('measured_I=-99.00:measured_TP=99.00:measured_LRA=99.00:measured_thresh=-99.00');
    expect(filter).toContain('offset=99.00:');
    expect(filter).toContain('LRA=50.00:');
  });

  it('measures against -23 LUFS when no target is set', () => {
    expect(loudnormMeasureFilter(null)).toBe('loudnorm=I=-23.00:TP=-1.50:LRA=11.00:print_format=json');
  });
});

describe('two-pass normalisation with the real ffmpeg', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trailerdeck loudnorm '));
  let quiet = '';
  beforeAll(async () => {
    quiet = await makeToneFixture(dir, 'quiet.m4a', 1);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('brings a quiet (about -31 LUFS) file within 1 LU of a -16 target, as measured afterwards', async () => {
    const before = await analyseMedia(quiet, {
      ffmpegPath: 'ffmpeg',
      loudnessTarget: -16,
      measureLoudness: true,
      detectTrim: false,
      detectPicture: false,
      durationSeconds: 12,
    });
    expect(before.loudness).not.toBeNull();
    if (!before.loudness) return;

    const output = join(dir, 'normalised.m4a');
    const pass2 = await runProcess({
      command: 'ffmpeg',
      args: [
        '-hide_banner',
        '-nostdin',
        '-nostats',
        '-y',
        '-i',
        quiet,
        '-af',
        loudnormFilter(-16, before.loudness),
        // As the encode does (processing-args.ts): loudnorm's 192 kHz back to 48 kHz.
        '-ar',
        '48000',
        '-c:a',
        'aac',
        output,
      ],
      timeoutMs: 60_000,
    });

    const reported = parseLoudnormJson(pass2.stderr);
    expect(reported?.normalizationType).toBe('linear');
    expect(Math.abs((reported?.output?.integrated ?? 0) - -16)).toBeLessThanOrEqual(1);
    const measuredAfter = await measureEbur128(output);
    expect(Math.abs(measuredAfter - -16)).toBeLessThanOrEqual(1);
    expect(before.loudness.integrated).toBeLessThan(-28);

    const probe = await runProcess({
      command: 'ffprobe',
      args: ['-v', 'error', '-show_entries', 'stream=sample_rate', '-of', 'csv=p=0', output],
    });
    expect(probe.stdout.trim()).toBe('48000');
  });
});

describe('loudnormFilter refusing what cannot be a measure', () => {
  it('throws instead of writing NaN or Infinity into the filter', () => {
    const measured = { integrated: Number.NaN, truePeak: -1, range: 5, threshold: -30, offset: 0 };
    expect(() => loudnormFilter(-16, measured)).toThrow(RangeError);
    expect(() => loudnormFilter(Number.POSITIVE_INFINITY, { ...measured, integrated: -20 })).toThrow(
      RangeError,
    );
  });
});
