// Real ffmpeg on fixtures generated here (see analysis-test-kit.ts); one stand-in at the end replays
// output forms the installed ffmpeg does not print (said there).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessAborted } from '../process/process-errors';
import {
  runProcess,
  runningProcessCount,
  type RunProcess,
  type RunProcessOptions,
} from '../process/run-process';
import { analyseMedia } from './analyse-media';
import { pictureSamples } from './analysis-args';
import {
  makeBlackPictureFixture,
  makeHeadTailFixture,
  makeLetterboxFixture,
  makeSilentAudioFixture,
  makeToneFixture,
  makeVideoOnlyFixture,
  measureEbur128,
} from './analysis-test-kit';
import type { AnalyseOptions } from './analysis-types';
import { trimWindow } from './trim-window';

const dir = mkdtempSync(join(tmpdir(), 'trailerdeck analyse '));
const files = {
  headTail: '',
  letterbox: '',
  quiet: '',
  loud: '',
  silentAudio: '',
  videoOnly: '',
  blackPicture: '',
};

beforeAll(async () => {
  files.headTail = await makeHeadTailFixture(dir);
  files.letterbox = await makeLetterboxFixture(dir);
  files.quiet = await makeToneFixture(dir, 'quiet.m4a', 1);
  files.loud = await makeToneFixture(dir, 'loud.m4a', 4);
  files.silentAudio = await makeSilentAudioFixture(dir);
  files.videoOnly = await makeVideoOnlyFixture(dir);
  files.blackPicture = await makeBlackPictureFixture(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const nothing: AnalyseOptions = {
  ffmpegPath: 'ffmpeg',
  loudnessTarget: null,
  measureLoudness: false,
  detectTrim: false,
  detectPicture: false,
  durationSeconds: null,
};

/** The real runProcess, remembering the arguments each run was given. */
function recordingRunProcess(): { run: RunProcess; calls: RunProcessOptions[] } {
  const calls: RunProcessOptions[] = [];
  return { calls, run: (options) => (calls.push(options), runProcess(options)) };
}

describe('analyseMedia', () => {
  it.each([
    { decoding: 'only the end windows', durationSeconds: 11, windows: true },
    { decoding: 'every frame (duration unknown)', durationSeconds: null, windows: false },
  ])(
    'finds the black and silent head and tail decoding $decoding; trimWindow keeps about 3 s to 9 s',
    async ({ durationSeconds, windows }) => {
      const fractions: number[] = [];
      const { run, calls } = recordingRunProcess();
      const analysis = await analyseMedia(files.headTail, {
        ...nothing,
        measureLoudness: true,
        detectTrim: true,
        detectPicture: true,
        durationSeconds,
        onProgress: (fraction) => fractions.push(fraction),
        runProcess: run,
      });

      expect(calls[0]?.args.includes('setpts=PTS+6.700/TB,blackdetect=d=0.3:pix_th=0.10:pic_th=0.98')).toBe(
        windows,
      );
      expect(analysis.silences[0]?.start).toBeCloseTo(0, 1);
      expect(analysis.silences[0]?.end).toBeCloseTo(3, 1);
      expect(analysis.silences.at(-1)?.start).toBeCloseTo(9, 1);
      expect(analysis.silences.at(-1)?.end).toBeCloseTo(11, 1);
      expect(analysis.blacks).toHaveLength(2);
      expect(analysis.blacks[0]?.start).toBe(0);
      expect(analysis.blacks[0]?.end).toBeCloseTo(3, 1);
      expect(analysis.blacks[1]?.start).toBeCloseTo(9, 1);
      expect(analysis.blacks[1]?.end).toBeCloseTo(10.9, 1);
      expect(analysis.picture).toEqual({ width: 320, height: 180 });
      expect(analysis.loudness?.integrated).toBeLessThan(-10);

      const duration = analysis.durationSeconds ?? 0;
      expect(duration).toBeCloseTo(11, 1);
      const window = trimWindow(analysis, duration, null);
      expect(Math.abs((window?.start ?? 0) - 3)).toBeLessThanOrEqual(0.2);
      expect(Math.abs((window?.end ?? 11) - 9)).toBeLessThanOrEqual(0.2);

      expect(fractions.at(-1)).toBe(1);
      expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    },
  );

  it.each([12, null])(
    'leaves a black picture over sound alone (duration %s): black throughout, not a head and a tail',
    async (durationSeconds) => {
      const analysis = await analyseMedia(files.blackPicture, {
        ...nothing,
        detectTrim: true,
        durationSeconds,
      });

      expect(analysis.blacks).toHaveLength(1);
      expect(analysis.blacks[0]?.start).toBe(0);
      expect(analysis.blacks[0]?.end).toBeGreaterThan(11.5);
      expect(trimWindow(analysis, 12, null)).toBeNull();
    },
  );

  it('finds the picture inside black bars from samples, despite a fade-in, and measures all the audio', async () => {
    const { run, calls } = recordingRunProcess();
    const analysis = await analyseMedia(files.letterbox, {
      ...nothing,
      detectPicture: true,
      measureLoudness: true,
      durationSeconds: 10,
      runProcess: run,
    });

    expect(Math.abs((analysis.picture?.width ?? 0) - 1280)).toBeLessThanOrEqual(16);
    expect(Math.abs((analysis.picture?.height ?? 0) - 540)).toBeLessThanOrEqual(16);
    const args = calls[0]?.args ?? [];
    expect(args.filter((arg) => arg === '-noaccurate_seek')).toHaveLength(pictureSamples.count);
    expect(args).not.toContain('-skip_frame');
    const reference = await measureEbur128(files.letterbox);
    expect(Math.abs((analysis.loudness?.integrated ?? 0) - reference)).toBeLessThanOrEqual(0.5);
    expect(analysis.silences).toEqual([]);
  });

  it('finds the picture from keyframes only when the duration is unknown', async () => {
    const { run, calls } = recordingRunProcess();
    const analysis = await analyseMedia(files.letterbox, {
      ...nothing,
      detectPicture: true,
      runProcess: run,
    });

    expect(Math.abs((analysis.picture?.width ?? 0) - 1280)).toBeLessThanOrEqual(16);
    expect(Math.abs((analysis.picture?.height ?? 0) - 540)).toBeLessThanOrEqual(16);
    expect(calls[0]?.args).toEqual(expect.arrayContaining(['-skip_frame', 'nokey', '-an']));
    expect(calls[0]?.args).not.toContain('-noaccurate_seek');
    expect(analysis.loudness).toBeNull();
  });

  it('finds the same picture when every frame is decoded for trimming', async () => {
    const { run, calls } = recordingRunProcess();
    const analysis = await analyseMedia(files.letterbox, {
      ...nothing,
      detectPicture: true,
      detectTrim: true,
      runProcess: run,
    });

    expect(Math.abs((analysis.picture?.height ?? 0) - 540)).toBeLessThanOrEqual(16);
    expect(calls[0]?.args).not.toContain('-skip_frame');
    // The fade-in is not a black head: only its first frames are black, for less than 0.3 s.
    expect(analysis.blacks.every((span) => span.end < 1.5)).toBe(true);
  });

  it('measures loudness as ebur128 does, without decoding any picture', async () => {
    const { run, calls } = recordingRunProcess();
    const quiet = await analyseMedia(files.quiet, { ...nothing, measureLoudness: true, runProcess: run });
    const loud = await analyseMedia(files.loud, { ...nothing, measureLoudness: true, loudnessTarget: -16 });

    const quietReference = await measureEbur128(files.quiet);
    const loudReference = await measureEbur128(files.loud);
    expect(quiet.loudness?.integrated).toBeCloseTo(quietReference, 0);
    expect(Math.abs((quiet.loudness?.integrated ?? 0) - quietReference)).toBeLessThanOrEqual(0.5);
    expect(Math.abs((loud.loudness?.integrated ?? 0) - loudReference)).toBeLessThanOrEqual(0.5);
    expect(quietReference).toBeLessThan(-28);
    expect(quietReference).toBeGreaterThan(-34);
    expect(calls[0]?.args).toContain('-vn');
    for (const value of Object.values(quiet.loudness ?? {})) expect(Number.isFinite(value)).toBe(true);
  });

  it('reads silent audio (-inf LUFS) as unmeasurable, and all of it as one silence', async () => {
    const analysis = await analyseMedia(files.silentAudio, {
      ...nothing,
      measureLoudness: true,
      detectTrim: true,
      durationSeconds: 3,
    });

    expect(analysis.loudness).toBeNull();
    expect(analysis.silences).toEqual([{ start: 0, end: 3 }]);
    // The whole file silent is not a head or a tail: nothing is cut.
    expect(trimWindow(analysis, 3, null)).toBeNull();
  });

  it('handles a file without audio: no loudness, no silences', async () => {
    const all = await analyseMedia(files.videoOnly, {
      ...nothing,
      measureLoudness: true,
      detectTrim: true,
      durationSeconds: 3,
    });
    expect(all).toMatchObject({ loudness: null, silences: [], blacks: [] });

    const loudnessOnly = await analyseMedia(files.videoOnly, { ...nothing, measureLoudness: true });
    expect(loudnessOnly).toMatchObject({ loudness: null, silences: [], blacks: [], picture: null });
  });

  it('handles a file without a picture, even with the end windows and samples planned', async () => {
    const { run, calls } = recordingRunProcess();
    const analysis = await analyseMedia(files.quiet, {
      ...nothing,
      measureLoudness: true,
      detectTrim: true,
      detectPicture: true,
      durationSeconds: 12,
      runProcess: run,
    });

    expect(calls[0]?.args).toContain('-noaccurate_seek');
    expect(analysis).toMatchObject({ silences: [], blacks: [], picture: null });
    expect(analysis.loudness?.integrated).toBeLessThan(-25);
  });

  it('runs nothing when nothing is asked', async () => {
    const { run, calls } = recordingRunProcess();
    const analysis = await analyseMedia(files.headTail, { ...nothing, durationSeconds: 11, runProcess: run });
    expect(calls).toEqual([]);
    expect(analysis).toEqual({
      loudness: null,
      silences: [],
      blacks: [],
      picture: null,
      durationSeconds: 11,
    });
  });

  it('stops ffmpeg and rejects when aborted', async () => {
    const controller = new AbortController();
    // Aborted just after ffmpeg starts (runProcess listens for the signal right after onSpawn).
    const abortOnStart: RunProcess = (options) =>
      runProcess({
        ...options,
        onSpawn: () => setImmediate(() => controller.abort(new Error('cancelled by the test'))),
      });

    const run = analyseMedia(files.headTail, {
      ...nothing,
      detectTrim: true,
      measureLoudness: true,
      signal: controller.signal,
      runProcess: abortOnStart,
    });

    await expect(run).rejects.toBeInstanceOf(ProcessAborted);
    expect(runningProcessCount()).toBe(0);
  });
});

describe('analyseMedia reading unusual ffmpeg output', () => {
  // A stand-in for ffmpeg that replays stderr lines: forms the installed ffmpeg 5.1 does not print
  // on our fixtures (exponent times, a stats line glued by \r, "Parsed_" prefixes of other versions,
  // a silence still open at the end), which a real download or another ffmpeg version can produce.
  const replay =
    (lines: string[]): RunProcess =>
    (options) => {
      for (const line of lines) options.onStderrLine?.(line);
      return Promise.resolve({ exitCode: 0, stdout: '', stderr: lines.join('\n') });
    };

  it('reads every variant, ignores look-alikes in other lines, and closes an open silence', async () => {
    const lines = [
      "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '/tmp/silence_start: 7 black_start:1 black_end:2.mp4':",
      '[silencedetect @ 0x55] silence_start: -0.0213',
      '[silencedetect @ 0x55] silence_end: 2.5e+00 | silence_duration: 2.5',
      'frame=  110 fps=0.0 q=-0.0 size=N/A time=00:00:11.00\r[Parsed_blackdetect_0 @ 0x56] black_start:0 black_end:2.4 black_duration:2.4',
      '[blackdetect @ 0x56] black_start:nan black_end:3 black_duration:3',
      '[Parsed_cropdetect_1 @ 0x57] x1:0 x2:319 y1:0 y2:179 w:320 h:180 x:0 y:0 pts:1 t:0.1 crop=320:180:0:0',
      '[Parsed_silencedetect_0 @ 0x58] silence_start: 9.5',
    ];
    const analysis = await analyseMedia('/tmp/whatever.mp4', {
      ...nothing,
      detectTrim: true,
      detectPicture: true,
      durationSeconds: 11,
      runProcess: replay(lines),
    });

    expect(analysis.silences).toEqual([
      { start: 0, end: 2.5 },
      { start: 9.5, end: 11 },
    ]);
    expect(analysis.blacks).toEqual([{ start: 0, end: 2.4 }]);
    expect(analysis.picture).toEqual({ width: 320, height: 180 });
  });
});
