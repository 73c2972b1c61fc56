// Real files made with ffmpeg, the ffprobe the app ships, real cut-off files: no mocks.
import { copyFileSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVideo } from '../../../e2e/support/media-fixtures';
import { createProbe } from '../probe/probe-file';
import type { ProbeResult } from '../probe/types';
import { runProcess } from '../process/run-process';
import { bundledFfprobePath } from '../tools/ffprobe-path';
import {
  createReadableEnd,
  endFromPackets,
  formatSeconds,
  probeAndVerify,
  verifyTrailer,
  type VerifyExpectations,
} from './verify-trailer';

const probe = createProbe({ ffprobePath: bundledFfprobePath() });
const readableEnd = createReadableEnd({ ffprobePath: bundledFfprobePath() });
const dir = mkdtempSync(join(tmpdir(), 'trailerdeck verify '));
const files = {
  good: join(dir, 'good “trailer” 🎬.mp4'),
  silent: join(dir, 'silent.mp4'),
  short: join(dir, 'short.mkv'),
  empty: join(dir, 'empty.mp4'),
  notVideo: join(dir, 'page.mp4'),
  cutMp4: join(dir, 'cut.mp4'),
  cutFastStart: join(dir, 'cut-faststart.mp4'),
  cutMkv: join(dir, 'cut.mkv'),
};
const noBounds = { minDurationSeconds: null, maxDurationSeconds: null };

/** Keeps the first half of a copy of `source`, the way an interrupted transfer would. */
function cutInHalf(source: string, target: string): void {
  copyFileSync(source, target);
  truncateSync(target, Math.floor(statSync(source).size / 2));
}

beforeAll(async () => {
  // Six seconds, so that half of it is well past the "a little short" tolerance (2 s, 10 %).
  makeVideo(files.good, { duration: 6 });
  makeVideo(files.silent, { audioCodec: 'none' });
  makeVideo(files.short, { duration: 2 });
  const mkv = makeVideo(join(dir, 'whole.mkv'), { duration: 6 });
  writeFileSync(files.empty, '');
  writeFileSync(files.notVideo, '<!doctype html><title>Sign in to confirm you are not a bot</title>');
  // ffmpeg writes the mp4 index last by default; yt-dlp's merges and most sites put it first.
  const fastStart = join(dir, 'faststart.mp4');
  await runProcess({
    command: 'ffmpeg',
    args: ['-v', 'error', '-y', '-i', files.good, '-c', 'copy', '-movflags', '+faststart', fastStart],
  });
  cutInHalf(files.good, files.cutMp4);
  cutInHalf(fastStart, files.cutFastStart);
  cutInHalf(mkv, files.cutMkv);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('probeAndVerify on real files', () => {
  it('accepts a whole trailer with picture and sound, and hands back what ffprobe found', async () => {
    const outcome = await probeAndVerify(
      probe,
      files.good,
      { minDurationSeconds: 5, maxDurationSeconds: 7, expectedDurationSeconds: 6 },
      { readableEnd },
    );
    expect(outcome.problem).toBeNull();
    expect(outcome.probe).toMatchObject({ videoFormat: 'h264', audioFormat: 'aac', height: 180 });
  });

  it('refuses a file without sound', async () => {
    const outcome = await probeAndVerify(probe, files.silent, noBounds);
    expect(outcome.problem).toEqual({
      reason: 'no-audio',
      message: 'The downloaded file has no sound track.',
    });
    expect(outcome.probe?.streamCounts.audio).toBe(0);
  });

  it('refuses a 2 s file for a profile whose minimum is 5 s, saying both lengths', async () => {
    const outcome = await probeAndVerify(probe, files.short, {
      minDurationSeconds: 5,
      maxDurationSeconds: null,
    });
    expect(outcome.problem).toEqual({
      reason: 'too-short',
      message: "The trailer is 2 s long, shorter than the profile's minimum of 5 s.",
    });
  });

  it('refuses a 6 s file for a profile whose maximum is 3 s', async () => {
    const outcome = await probeAndVerify(probe, files.good, {
      minDurationSeconds: null,
      maxDurationSeconds: 3,
    });
    expect(outcome.problem?.reason).toBe('too-long');
  });

  it('refuses a file that is much shorter than the video on the site', async () => {
    const outcome = await probeAndVerify(probe, files.good, { ...noBounds, expectedDurationSeconds: 12 });
    expect(outcome.problem).toEqual({
      reason: 'truncated',
      message:
        'The downloaded file is 6 s long, but the video on the site lasts 12 s: the download is incomplete.',
    });
  });

  it('refuses an empty file without asking ffprobe', async () => {
    const outcome = await probeAndVerify(probe, files.empty, noBounds);
    expect(outcome).toEqual({
      probe: null,
      problem: { reason: 'empty', message: 'The downloaded file is empty.' },
    });
  });

  it('calls a file ffprobe cannot read damaged, with its reason, instead of throwing', async () => {
    for (const file of [files.notVideo, files.cutMp4]) {
      const outcome = await probeAndVerify(probe, file, noBounds);
      expect(outcome.probe).toBeNull();
      expect(outcome.problem?.reason).toBe('truncated');
      expect(outcome.problem?.message).toMatch(/^The downloaded file is damaged or incomplete: \S/);
      expect(outcome.problem?.message).not.toContain('Could not read the video file');
    }
  });

  it.each([
    ['an mp4 with its index first', 'cutFastStart'],
    ['a Matroska file', 'cutMkv'],
  ] as const)('catches %s cut in half, whose header still claims the whole length', async (_, key) => {
    const file = files[key];
    // What makes this case hard: the header alone says "6 s" and both streams are there.
    expect((await probe(file)).durationSeconds).toBeCloseTo(6, 0);
    expect((await probeAndVerify(probe, file, noBounds)).problem).toBeNull();

    const outcome = await probeAndVerify(probe, file, noBounds, { readableEnd });
    expect(outcome.problem?.reason).toBe('truncated');
    expect(outcome.problem?.message).toMatch(
      /^The downloaded file is damaged or incomplete: it says it lasts 6 s, but its data stops after 2\.\d s\.$/,
    );
  });

  it('finds the end of a whole file where its header says it is', async () => {
    expect(await readableEnd(files.good, 6)).toBeCloseTo(6, 1);
    expect(await readableEnd(join(dir, 'whole.mkv'), 6)).toBeCloseTo(6, 1);
  });
});

const whole: ProbeResult = {
  fileFormat: 'mp4',
  videoFormat: 'h264',
  audioFormat: 'aac',
  audioLanguage: null,
  subtitleFormat: null,
  subtitleLanguage: null,
  durationSeconds: 120,
  width: 1920,
  height: 1080,
  resolution: '1080p',
  youtubeId: null,
  streamCounts: { video: 1, audio: 1, subtitle: 0 },
};
const expectations: VerifyExpectations = { ...noBounds, fileSize: 1000 };

describe('verifyTrailer', () => {
  it('names the first problem a person would care about', () => {
    const noStreams = { ...whole, streamCounts: { video: 0, audio: 0, subtitle: 0 } };
    expect(verifyTrailer(noStreams, { ...expectations, fileSize: 0 })?.reason).toBe('empty');
    expect(verifyTrailer(noStreams, expectations)).toEqual({
      reason: 'no-video',
      message: 'The downloaded file has no picture: it contains no video track.',
    });
    expect(verifyTrailer({ ...whole, durationSeconds: null }, expectations)?.reason).toBe('truncated');
    // Cut off is the real problem, not "too short", when the site's video is long enough.
    expect(
      verifyTrailer(
        { ...whole, durationSeconds: 12 },
        { ...expectations, minDurationSeconds: 30, expectedDurationSeconds: 120 },
      )?.reason,
    ).toBe('truncated');
    expect(
      verifyTrailer(
        { ...whole, durationSeconds: 12 },
        { ...expectations, minDurationSeconds: 30, expectedDurationSeconds: 12 },
      ),
    ).toEqual({
      reason: 'too-short',
      message: "The trailer is 12 s long, shorter than the profile's minimum of 30 s.",
    });
  });

  it('tolerates the small differences between a site and a container', () => {
    // 10 % of two minutes is 12 s: 10 s missing is still the same trailer.
    expect(
      verifyTrailer({ ...whole, durationSeconds: 110 }, { ...expectations, expectedDurationSeconds: 120 }),
    ).toBeNull();
    expect(
      verifyTrailer({ ...whole, durationSeconds: 107 }, { ...expectations, expectedDurationSeconds: 120 })
        ?.reason,
    ).toBe('truncated');
    // For a short clip the 1 s floor matters: 0.8 s of a 4 s clip is rounding, not a cut-off file.
    expect(
      verifyTrailer({ ...whole, durationSeconds: 3.2 }, { ...expectations, expectedDurationSeconds: 4 }),
    ).toBeNull();
    expect(
      verifyTrailer({ ...whole, durationSeconds: 0.2 }, { ...expectations, expectedDurationSeconds: 2 })
        ?.reason,
    ).toBe('truncated');
    // Whole-second bounds against a length with frames to spare.
    const bounds = { ...expectations, minDurationSeconds: 30, maxDurationSeconds: 150 };
    expect(verifyTrailer({ ...whole, durationSeconds: 29.7 }, bounds)).toBeNull();
    expect(verifyTrailer({ ...whole, durationSeconds: 150.3 }, bounds)).toBeNull();
    expect(verifyTrailer({ ...whole, durationSeconds: 151 }, bounds)).toEqual({
      reason: 'too-long',
      message: "The trailer is 2 min 31 s long, longer than the profile's maximum of 2 min 30 s.",
    });
  });

  it('ignores an unknown expected length and readable end', () => {
    expect(
      verifyTrailer(whole, { ...expectations, expectedDurationSeconds: null, readableEndSeconds: null }),
    ).toBeNull();
    // Two minutes: up to 2.4 s may end early (a shorter last track); 3 s missing is a cut-off file.
    expect(verifyTrailer(whole, { ...expectations, readableEndSeconds: 119.9 })).toBeNull();
    expect(verifyTrailer(whole, { ...expectations, readableEndSeconds: 117.8 })).toBeNull();
    expect(verifyTrailer(whole, { ...expectations, readableEndSeconds: 117 })).toEqual({
      reason: 'truncated',
      message:
        'The downloaded file is damaged or incomplete: it says it lasts 2 min, but its data stops after 1 min 57 s.',
    });
    // A two-second clip that stops after half a second.
    const clip = { ...whole, durationSeconds: 2 };
    expect(verifyTrailer(clip, { ...expectations, readableEndSeconds: 0.5 })?.reason).toBe('truncated');
    expect(verifyTrailer(clip, { ...expectations, readableEndSeconds: 1.2 })).toBeNull();
  });
});

describe('formatSeconds', () => {
  it.each([
    [2, '2 s'],
    [2.04, '2 s'],
    [29.66, '29.7 s'],
    [59.6, '1 min'],
    [90, '1 min 30 s'],
    [3600, '60 min'],
  ])('%d → %s', (seconds, text) => expect(formatSeconds(seconds)).toBe(text));
});

describe('endFromPackets', () => {
  it('reads the last packet end relative to the start, including the csv quirks of ffprobe 4.0', () => {
    // Recorded from the bundled ffprobe on a WebM: the last packet carries "side_data," and the
    // stream starts a little before zero.
    const csv = 'packet,5.974000,0.020000\npacket,5.994000,0.020000side_data,\n\nformat,-0.007000\n';
    expect(endFromPackets(csv)).toBeCloseTo(6.021, 3);
    expect(endFromPackets('packet,N/A,N/A\nformat,N/A\n')).toBeNull();
    expect(endFromPackets('format,1.400000\npacket,7.4,0.1\n')).toBeCloseTo(6.1, 3);
  });
});
