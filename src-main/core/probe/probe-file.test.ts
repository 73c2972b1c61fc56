import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVideo } from '../../../e2e/support/media-fixtures';
import { BinaryNotFound, ProcessAborted } from '../process/process-errors';
import { bundledFfprobePath } from '../tools/ffprobe-path';
import { ProbeFailed } from './probe-error';
import { createProbe } from './probe-file';

// The ffprobe the app ships (4.0.2), not the newer system one.
const probe = createProbe({ ffprobePath: bundledFfprobePath() });
const dir = mkdtempSync(join(tmpdir(), 'trailerdeck probe '));
const files = {
  mkv: join(dir, 'trailer.mkv'),
  webm: join(dir, 'trailer.webm'),
  mp4Subs: join(dir, 'subs.mp4'),
  silent: join(dir, 'silent.mp4'),
};

beforeAll(() => {
  makeVideo(files.mkv, {
    audioLanguage: 'eng',
    subtitleLanguage: 'fra',
    comment: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  });
  makeVideo(files.webm, { width: 1920, height: 1080, duration: 0.5 });
  makeVideo(files.mp4Subs, { subtitleLanguage: 'spa', audioLanguage: 'deu' });
  makeVideo(files.silent, { audioCodec: 'none', width: 1280, height: 536 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createProbe', () => {
  it('reads an mkv with h264/aac, English audio, French subtitles and the YouTube link', async () => {
    const result = await probe(files.mkv);
    expect(result).toMatchObject({
      fileFormat: 'mkv',
      videoFormat: 'h264',
      audioFormat: 'aac',
      audioLanguage: 'eng',
      subtitleFormat: 'subrip',
      subtitleLanguage: 'fra',
      width: 320,
      height: 180,
      resolution: '180p',
      youtubeId: 'dQw4w9WgXcQ',
      streamCounts: { video: 1, audio: 1, subtitle: 1 },
    });
    expect(result.durationSeconds).toBeGreaterThan(0.5);
    expect(result.durationSeconds).toBeLessThan(1.5);
  });

  it('reads a 1080p webm with vp9/opus', async () => {
    const result = await probe(files.webm);
    expect(result).toMatchObject({
      fileFormat: 'webm',
      videoFormat: 'vp9',
      audioFormat: 'opus',
      audioLanguage: null,
      subtitleFormat: null,
      subtitleLanguage: null,
      width: 1920,
      height: 1080,
      resolution: '1080p',
      youtubeId: null,
      streamCounts: { video: 1, audio: 1, subtitle: 0 },
    });
  });

  it('reads an mp4 with mov_text subtitles', async () => {
    const result = await probe(files.mp4Subs);
    expect(result).toMatchObject({
      fileFormat: 'mp4',
      videoFormat: 'h264',
      audioFormat: 'aac',
      audioLanguage: 'deu',
      subtitleFormat: 'mov_text',
      subtitleLanguage: 'spa',
      streamCounts: { video: 1, audio: 1, subtitle: 1 },
    });
  });

  it('reads a file without audio, naming a letterboxed 1280x536 video 720p', async () => {
    const result = await probe(files.silent);
    expect(result).toMatchObject({
      fileFormat: 'mp4',
      videoFormat: 'h264',
      audioFormat: null,
      audioLanguage: null,
      resolution: '720p',
      streamCounts: { video: 1, audio: 0, subtitle: 0 },
    });
  });

  it('reads a file whose name has spaces, quotes, %, emoji, non-Latin script and a leading dash', async () => {
    const weird = join(dir, `-v "quoted" it's 100% 😀 Фильм 予告編.mkv`);
    copyFileSync(files.mkv, weird);
    const result = await probe(weird);
    expect(result.fileFormat).toBe('mkv');
    expect(result.youtubeId).toBe('dQw4w9WgXcQ');

    // Relative, the name alone would look like an ffprobe option.
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await probe(`-v "quoted" it's 100% 😀 Фильм 予告編.mkv`)).fileFormat).toBe('mkv');
    } finally {
      process.chdir(cwd);
    }
  });

  it('rejects a truncated file with ProbeFailed', async () => {
    // ffmpeg writes the mp4 index at the end: cutting the file loses it.
    const truncated = join(dir, 'truncated.mp4');
    const bytes = readFileSync(files.mp4Subs);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await probe(truncated).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProbeFailed);
    expect((error as ProbeFailed).code).toBe('PROBE_FAILED');
    expect((error as ProbeFailed).path).toBe(truncated);
    expect((error as Error).message).toContain('truncated.mp4');
  });

  it('rejects a text file named .mp4 with a readable ProbeFailed', async () => {
    const fake = join(dir, 'not a video.mp4');
    writeFileSync(fake, 'This is just text, not a movie.\n');
    const error = await probe(fake).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProbeFailed);
    expect((error as Error).message).toBe(
      'Could not read the video file "not a video.mp4": Invalid data found when processing input.',
    );
  });

  it('rejects a missing file with ProbeFailed', async () => {
    const error = await probe(join(dir, 'gone.mp4')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProbeFailed);
    expect((error as Error).message).toContain('No such file or directory');
  });

  it('passes a missing ffprobe and a cancel through, since they are not about the file', async () => {
    const missing = createProbe({ ffprobePath: join(dir, 'no-ffprobe') });
    await expect(missing(files.mkv)).rejects.toBeInstanceOf(BinaryNotFound);
    await expect(probe(files.mkv, AbortSignal.abort())).rejects.toBeInstanceOf(ProcessAborted);
  });
});
