// The processing stage end to end with the real ffmpeg and ffprobe, on small fixtures made at test
// time (≤ 8 s, ≤ 640x360).
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVideo } from '../../../e2e/support/media-fixtures';
import { noProcessing, type ProcessingSettings } from '../../../src-preload/contract/processing';
import type { Container } from '../../../src-preload/contract/profiles';
import { ProcessAborted } from '../process/process-errors';
import { runProcess } from '../process/run-process';
import { createProbe } from '../probe/probe-file';
import { bundledFfprobePath } from '../tools/ffprobe-path';
import { makeHeadTailFixture } from './analysis-test-kit';
import { HardwareEncoderDetector } from './hardware-encoders';
import { normalisation, processDownload, type ProcessingProgress } from './process-download';

const probe = createProbe({ ffprobePath: bundledFfprobePath() });
const dir = mkdtempSync(join(tmpdir(), 'trailerdeck process ’s '));
const files = {
  webm: join(dir, 'vp9 opus.webm'),
  mp4: join(dir, 'h264 aac.mp4'),
  long: join(dir, 'long.mp4'),
  surround: join(dir, 'ac3 surround.mkv'),
};
let headTail = '';
// Real ffmpeg here lists NVENC/VAAPI/QSV but none works; the software path is what runs.
const encoders = new HardwareEncoderDetector();
let outputs = 0;

beforeAll(async () => {
  makeVideo(files.webm, { duration: 3, width: 320, height: 180 });
  makeVideo(files.mp4, { duration: 2, width: 320, height: 180 });
  makeVideo(files.long, { duration: 8, width: 640, height: 360 });
  headTail = await makeHeadTailFixture(dir);
  // AC-3 in the 5.1(side) layout, as DVD and broadcast sources have it.
  await runProcess({
    command: 'ffmpeg',
    args: [
      ...['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=320x180:rate=10:duration=2', '-f', 'lavfi'],
      ...['-i', 'sine=frequency=440:duration=2', '-af', 'pan=5.1(side)|c0=c0|c1=c0|c2=c0|c3=c0|c4=c0|c5=c0'],
      ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'ac3', files.surround],
    ],
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function outputDir(): string {
  const path = join(dir, `job ${(outputs += 1)}`);
  mkdirSync(path);
  return path;
}

async function run(
  input: string,
  settings: Partial<ProcessingSettings>,
  extra: {
    container?: Container;
    signal?: AbortSignal;
    onProgress?: (p: ProcessingProgress) => void;
    min?: number;
  } = {},
) {
  const out = outputDir();
  const result = await processDownload({
    input,
    outputDir: out,
    probe: await probe(input),
    settings: { ...noProcessing, hardwareEncoding: false, ...settings },
    container: extra.container ?? 'mkv',
    minDurationSeconds: extra.min ?? null,
    ffmpegPath: 'ffmpeg',
    signal: extra.signal,
    onProgress: extra.onProgress,
    encoders,
  });
  return { ...result, out };
}

describe('processDownload', () => {
  it('converts VP9/Opus to H.264/AAC for compatibility, with progress rising to 1', async () => {
    const progress: ProcessingProgress[] = [];
    const { file, record, out } = await run(
      files.webm,
      { compatibility: true },
      { onProgress: (p) => progress.push(p) },
    );

    expect(file).toBe(join(out, 'processed.mkv'));
    expect(readdirSync(out)).toEqual(['processed.mkv']);
    const converted = await probe(join(out, 'processed.mkv'));
    expect(converted).toMatchObject({ videoFormat: 'h264', audioFormat: 'aac', width: 320, height: 180 });
    expect(converted.durationSeconds).toBeCloseTo(3, 0);
    expect(record).toMatchObject({
      originalVideoFormat: 'vp9',
      originalAudioFormat: 'opus',
      encoder: 'libx264',
      trimmedSeconds: null,
      pictureWidth: 320,
      pictureHeight: 180,
    });

    const fractions = progress.filter((p) => p.stage === 'converting').map((p) => p.fraction);
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions.at(-1)).toBe(1);
    for (let i = 1; i < fractions.length; i += 1)
      expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1] ?? 0);
  });

  it('leaves a download that already fits alone (file null), still recording the picture', async () => {
    const { file, record, out } = await run(
      files.webm,
      { videoCodec: 'vp9', audioCodec: 'opus' },
      { container: 'webm' },
    );
    expect(file).toBeNull();
    expect(readdirSync(out)).toEqual([]);
    expect(record).toMatchObject({
      encoder: null,
      originalVideoFormat: null,
      pictureWidth: 320,
      pictureHeight: 180,
    });
    expect((await run(files.mp4, {}, { container: 'mp4' })).file).toBeNull();
  });

  it('normalises the loudness to within 1 LU of the target and records before and after', async () => {
    const { file, record } = await run(files.mp4, { loudnessTarget: -16 }, { container: 'mp4' });
    expect(file).not.toBeNull();
    expect(record.originalLoudness).not.toBeNull();
    expect(Math.abs((record.originalLoudness ?? 0) + 16)).toBeGreaterThan(1);
    expect(Math.abs((record.loudness ?? 0) + 16)).toBeLessThanOrEqual(1);
    // Only the sound changed level; the picture was copied and the codecs stayed.
    expect(record).toMatchObject({ encoder: null, originalVideoFormat: null, originalAudioFormat: null });
    expect(await probe(file ?? '')).toMatchObject({ videoFormat: 'h264', audioFormat: 'aac' });
  });

  it('converts 5.1(side) AC-3 to Opus, which refuses that layout as it comes', async () => {
    const { file, record } = await run(files.surround, { audioCodec: 'opus' });
    expect(record).toMatchObject({ originalAudioFormat: 'ac3', encoder: null });
    expect(await probe(file ?? '')).toMatchObject({ audioFormat: 'opus', videoFormat: 'h264' });
  });

  it('trims a silent black head and tail, never below the minimum duration', async () => {
    const trimmed = await run(headTail, { trim: true }, { container: 'mp4' });
    expect(trimmed.record.trimmedSeconds).toBeGreaterThan(4);
    expect((await probe(trimmed.file ?? '')).durationSeconds).toBeLessThan(7);

    const kept = await run(headTail, { trim: true }, { container: 'mp4', min: 10 });
    expect(kept.record.trimmedSeconds).toBeLessThanOrEqual(1.01);
    expect((await probe(kept.file ?? '')).durationSeconds).toBeGreaterThanOrEqual(9.9);
  });

  it('says ffmpeg is missing (TOOL_MISSING) rather than failing obscurely', async () => {
    const pending = processDownload({
      input: files.mp4,
      outputDir: outputDir(),
      probe: await probe(files.mp4),
      settings: { ...noProcessing, videoCodec: 'h265' },
      container: 'mp4',
      minDurationSeconds: null,
      ffmpegPath: join(dir, 'no such ffmpeg'),
      encoders,
    });
    await expect(pending).rejects.toMatchObject({ name: 'ProcessingFailed', code: 'TOOL_MISSING' });
  });

  it('leaves no partial file behind when cancelled mid-encode', async () => {
    const controller = new AbortController();
    const out = join(dir, 'cancelled job');
    mkdirSync(out);
    let seenWhileEncoding: string[] = [];
    const pending = processDownload({
      input: files.long,
      outputDir: out,
      probe: await probe(files.long),
      settings: { ...noProcessing, hardwareEncoding: false, videoCodec: 'vp9' },
      container: 'mkv',
      minDurationSeconds: null,
      ffmpegPath: 'ffmpeg',
      signal: controller.signal,
      encoders,
      onProgress: (p) => {
        if (p.stage !== 'converting' || (p.fraction ?? 0) >= 1 || controller.signal.aborted) return;
        seenWhileEncoding = readdirSync(out);
        controller.abort();
      },
    });
    await expect(pending).rejects.toBeInstanceOf(ProcessAborted);
    expect(seenWhileEncoding).toEqual([expect.stringMatching(/^\.processing-[0-9a-f]+\.mkv$/)]);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('normalisation', () => {
  const measured = (integrated: number, truePeak: number) => ({
    loudness: { integrated, truePeak, range: 5, threshold: integrated - 10, offset: 0 },
    silences: [],
    blacks: [],
    picture: null,
    durationSeconds: 10,
  });

  it('re-encodes the sound only when it is off the target or peaks too high', () => {
    expect(normalisation(-16, measured(-16.4, -3), undefined)).toBeNull();
    expect(normalisation(-16, measured(-16.4, -0.5), undefined)).toMatch(/^loudnorm=I=-16\.00:/);
    expect(normalisation(-16, measured(-23, -3), undefined)).toMatch(/measured_I=-23\.00/);
    expect(normalisation(null, measured(-23, -3), undefined)).toBeNull();
    expect(normalisation(-16, { ...measured(-23, -3), loudness: null }, undefined)).toBeNull();
  });
});
