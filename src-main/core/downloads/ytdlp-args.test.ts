import { describe, expect, it } from 'vitest';
import {
  buildDownloadArgs,
  formatSelection,
  InvalidDownloadUrl,
  validateDownloadUrl,
  type DownloadArgsInput,
} from './ytdlp-args';

const input: DownloadArgsInput = {
  url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  format: { maxHeight: 1080, videoCodec: 'h264', audioCodec: 'aac', container: 'mkv' },
  tempDir: '/data/tmp/job 1',
  outputDir: '/data/done/job 1',
  fileStem: 'job-1',
};

function valueAfter(args: string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  return index === -1 ? undefined : args[index + 1];
}

describe('validateDownloadUrl', () => {
  it.each(['https://example.com/watch?v=1', 'http://127.0.0.1:8080/a b.mp4', '  https://youtu.be/x  '])(
    'accepts %s',
    (url) => expect(validateDownloadUrl(url)).toBe(url.trim()),
  );

  it.each([
    ['-o/etc/passwd', 'starts with "-"'],
    ['--exec=rm -rf ~', 'starts with "-"'],
    ['ftp://example.com/a.mp4', 'only http and https'],
    ['file:///etc/passwd', 'only http and https'],
    ['javascript:alert(1)', 'only http and https'],
    ['example.com/video', 'not a complete web address'],
    ['', 'empty'],
  ])('refuses %j with a clear reason', (url, reason) => {
    const attempt = (): string => validateDownloadUrl(url);
    expect(attempt).toThrow(InvalidDownloadUrl);
    expect(attempt).toThrow(reason);
    try {
      attempt();
    } catch (error) {
      expect((error as InvalidDownloadUrl).code).toBe('INVALID_INPUT');
    }
  });
});

describe('formatSelection', () => {
  it('caps the height, prefers the codecs, and falls back to the smallest when nothing fits', () => {
    expect(formatSelection(input.format)).toEqual([
      '-f',
      'bv*[height<=1080]+ba/b[height<=1080]/wv*+ba/w',
      '-S',
      'res:1080,vcodec:h264,acodec:aac',
    ]);
  });

  it('takes the best there is when there is no cap and no preference', () => {
    expect(
      formatSelection({ maxHeight: null, videoCodec: 'any', audioCodec: 'any', container: 'mp4' }),
    ).toEqual(['-f', 'bv*+ba/b']);
  });

  it('spells AV1 the way yt-dlp sorts it', () => {
    expect(
      formatSelection({ maxHeight: null, videoCodec: 'av1', audioCodec: 'opus', container: 'webm' }),
    ).toEqual(['-f', 'bv*+ba/b', '-S', 'vcodec:av01,acodec:opus']);
  });

  it('refuses a height that is not a positive whole number', () => {
    expect(() => formatSelection({ ...input.format, maxHeight: 0 })).toThrow(RangeError);
    expect(() => formatSelection({ ...input.format, maxHeight: 720.5 })).toThrow(RangeError);
  });
});

describe('buildDownloadArgs', () => {
  it('ends with -- and the URL, so the URL is never read as an option', () => {
    const args = buildDownloadArgs(input);
    expect(args.slice(-2)).toEqual(['--', input.url]);
    expect(args.filter((arg) => arg === '--')).toHaveLength(1);
  });

  it('asks for machine-readable output only and ignores any user config', () => {
    const args = buildDownloadArgs(input);
    for (const flag of ['--ignore-config', '--newline', '--no-playlist', '--progress', '--continue']) {
      expect(args).toContain(flag);
    }
    expect(valueAfter(args, '--encoding')).toBe('utf-8');
    expect(valueAfter(args, '--progress-template')).toMatch(
      /^download:TDPROGRESS \{"progress":%\(progress\.\{status,/,
    );
    expect(valueAfter(args, '--print')).toBe('after_move:TDFILE %(filepath)j');
  });

  it('keeps paths with spaces as single arguments and names the file after the stem', () => {
    const args = buildDownloadArgs({ ...input, fileStem: 'Amélie 100% 🎬' });
    expect(args).toContain('temp:/data/tmp/job 1');
    expect(args).toContain('home:/data/done/job 1');
    expect(valueAfter(args, '-o')).toBe('Amélie 100%% 🎬.%(ext)s');
  });

  it('merges and remuxes into the profile container', () => {
    const args = buildDownloadArgs({ ...input, format: { ...input.format, container: 'webm' } });
    expect(valueAfter(args, '--merge-output-format')).toBe('webm');
    expect(valueAfter(args, '--remux-video')).toBe('webm');
  });

  it('passes ffmpeg, cookies, retries and resume only when asked', () => {
    const plain = buildDownloadArgs(input);
    expect(plain).not.toContain('--ffmpeg-location');
    expect(plain).not.toContain('--cookies');
    expect(plain).not.toContain('--retries');
    const full = buildDownloadArgs({
      ...input,
      ffmpegLocation: '/opt/ff mpeg/ffmpeg',
      cookiesFile: '/home/me/cookies.txt',
      retries: 0,
      socketTimeoutSeconds: 5,
      resume: false,
    });
    expect(valueAfter(full, '--ffmpeg-location')).toBe('/opt/ff mpeg/ffmpeg');
    expect(valueAfter(full, '--cookies')).toBe('/home/me/cookies.txt');
    expect(valueAfter(full, '--retries')).toBe('0');
    expect(valueAfter(full, '--socket-timeout')).toBe('5');
    expect(full).toContain('--no-continue');
    expect(full).not.toContain('--continue');
  });

  it('refuses a bad URL and a stem that would leave the output folder', () => {
    expect(() => buildDownloadArgs({ ...input, url: '-f' })).toThrow(InvalidDownloadUrl);
    expect(() => buildDownloadArgs({ ...input, fileStem: '../escape' })).toThrow(RangeError);
    expect(() => buildDownloadArgs({ ...input, fileStem: '' })).toThrow(RangeError);
  });
});
