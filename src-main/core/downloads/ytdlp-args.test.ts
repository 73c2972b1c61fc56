import { describe, expect, it } from 'vitest';
import {
  buildDownloadArgs,
  formatSelection,
  InvalidDownloadUrl,
  subtitleArgs,
  subtitleLanguagePatterns,
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
  it.each([
    ['https://example.com/watch?v=1', 'https://example.com/watch?v=1'],
    ['http://127.0.0.1:8080/a b.mp4', 'http://127.0.0.1:8080/a%20b.mp4'],
    ['  https://youtu.be/x  ', 'https://youtu.be/x'],
    // What the check saw is what yt-dlp gets: the parsed link, not the text it was read from.
    ['https:///x', 'https://x/'],
    ['HTTPS://Example.COM', 'https://example.com/'],
  ])('accepts %s as the link it parses to', (url, parsed) => expect(validateDownloadUrl(url)).toBe(parsed));

  it.each([
    ['-o/etc/passwd', 'starts with "-"'],
    ['--exec=rm -rf ~', 'starts with "-"'],
    ['ftp://example.com/a.mp4', 'only http and https'],
    ['file:///etc/passwd', 'only http and https'],
    ['javascript:alert(1)', 'only http and https'],
    ['example.com/video', 'not a complete web address'],
    ['', 'empty'],
    ['https://example.com/a\0b.mp4', 'control character'],
    ['https://exam\nple.com/a.mp4', 'control character'],
    ['https://example.com/\u0085', 'control character'],
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

  it('prefers an audio track in the language, then takes the best audio rather than failing', () => {
    const [, selector] = formatSelection({ ...input.format, maxHeight: 720 }, 'de');
    const german = "ba[language~='(?i)^(de|deu|ger)(-|$)']";
    expect(selector).toBe(
      `bv*[height<=720]+${german}/bv*[height<=720]+ba/b[height<=720]/wv*+${german}/wv*+ba/w`,
    );
    // A three-letter code finds the two-letter one sites use, and the other way round.
    expect(formatSelection(input.format, 'deu')[1]).toContain(german);
    expect(formatSelection({ ...input.format, maxHeight: null }, 'ja')[1]).toBe(
      "bv*+ba[language~='(?i)^(ja|jpn)(-|$)']/bv*+ba/b",
    );
  });

  it('asks for the exact region of an audio language before the language itself', () => {
    const [, selector] = formatSelection({ ...input.format, maxHeight: null }, 'pt-BR');
    expect(selector).toBe(
      "bv*+ba[language~='(?i)^(pt-BR)(-|$)']/bv*+ba[language~='(?i)^(pt|por)(-|$)']/bv*+ba/b",
    );
  });

  it('refuses an audio language that is not a language code', () => {
    for (const code of ["de']/b", 'deutsch', 'd', 'en_US']) {
      expect(() => formatSelection(input.format, code)).toThrow(RangeError);
    }
    expect(formatSelection(input.format, null)).toEqual(formatSelection(input.format));
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
    expect(plain).not.toContain('--cookies-from-browser');
    const fromBrowser = buildDownloadArgs({ ...input, cookiesFromBrowser: 'firefox' });
    expect(valueAfter(fromBrowser, '--cookies-from-browser')).toBe('firefox');
    expect(() => buildDownloadArgs({ ...input, cookiesFromBrowser: 'firefox --exec x' })).toThrow(RangeError);
  });

  it('prints what the site says about the video before downloading, with its own tag', () => {
    const args = buildDownloadArgs(input);
    const prints = args.flatMap((arg, i) => (arg === '--print' ? [args[i + 1]] : []));
    expect(prints).toEqual([
      'after_move:TDFILE %(filepath)j',
      'video:TDINFO %(.{id,duration,extractor_key,webpage_url})j',
      'video:TDPARTS %(requested_formats.:.{format_id,filesize,filesize_approx,tbr,vcodec,acodec})j',
    ]);
  });

  it('adds subtitles, metadata and the audio language only when the profile asks', () => {
    const plain = buildDownloadArgs(input);
    for (const flag of ['--write-subs', '--embed-subs', '--embed-metadata', '--embed-thumbnail']) {
      expect(plain).not.toContain(flag);
    }
    expect(valueAfter(plain, '-f')).not.toContain('language');
    const full = buildDownloadArgs({
      ...input,
      subtitles: { languages: ['en'], includeAuto: false, embed: true },
      embedMetadata: true,
      audioLanguage: 'fr',
    });
    expect(full).toContain('--embed-metadata');
    expect(full).not.toContain('--embed-thumbnail');
    expect(valueAfter(full, '--sub-langs')).toBe('(en|eng)(-[a-z]{2}|-[0-9]{3})?');
    expect(full).toContain('--embed-subs');
    expect(valueAfter(full, '-f')).toContain("ba[language~='(?i)^(fr|fra|fre)(-|$)']");
    expect(full.slice(-2)).toEqual(['--', input.url]);
  });

  it('fetches untouched (inputs kept, info file written) and leaves every conversion to the finish step', () => {
    const full = {
      ...input,
      subtitles: { languages: ['en'], includeAuto: false, embed: true },
      embedMetadata: true,
    };
    const fetch = buildDownloadArgs({ ...full, step: { kind: 'fetch' } });
    expect(fetch).toEqual(expect.arrayContaining(['-k', '--write-info-json', '--write-subs']));
    expect(fetch).toContain(`home:${input.tempDir}`);
    for (const flag of ['--remux-video', '--embed-subs', '--embed-metadata'])
      expect(fetch).not.toContain(flag);
    expect(fetch.slice(-2)).toEqual(['--', input.url]);

    const finish = buildDownloadArgs({
      ...full,
      step: { kind: 'finish', infoJsonPath: '/data/tmp/job 1/j.info.json' },
    });
    expect(finish).toEqual(expect.arrayContaining(['--remux-video', '--embed-subs', '--embed-metadata']));
    expect(finish).toContain(`home:${input.outputDir}`);
    // The site is not asked again: the finish step reads what the fetch step wrote.
    expect(finish.slice(-2)).toEqual(['--load-info-json', '/data/tmp/job 1/j.info.json']);
    expect(finish).not.toContain(input.url);
  });

  it('refuses a bad URL and a stem that would leave the output folder', () => {
    expect(() => buildDownloadArgs({ ...input, url: '-f' })).toThrow(InvalidDownloadUrl);
    expect(() => buildDownloadArgs({ ...input, fileStem: '../escape' })).toThrow(RangeError);
    expect(() => buildDownloadArgs({ ...input, fileStem: '' })).toThrow(RangeError);
  });
});

describe('subtitles', () => {
  /** What yt-dlp does with a --sub-langs entry: a whole match, ignoring case. */
  function picks(patterns: string[], language: string): boolean {
    return patterns.some((pattern) => new RegExp(`^(?:${pattern})$`, 'i').test(language));
  }

  it('takes a language with its regions, never YouTube\'s "-orig" copy of the automatic track', () => {
    const patterns = subtitleLanguagePatterns(['en', 'es']);
    for (const language of ['en', 'en-GB', 'EN-us', 'eng', 'es', 'es-419']) {
      expect(picks(patterns, language), language).toBe(true);
    }
    for (const language of ['en-orig', 'de', 'est', 'fr-en']) {
      expect(picks(patterns, language), language).toBe(false);
    }
  });

  it('takes only the named region when a code has one', () => {
    const patterns = subtitleLanguagePatterns(['pt-BR', 'zh-Hans']);
    expect(['pt-BR', 'pt-br', 'zh-Hans'].map((language) => picks(patterns, language))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['pt', 'pt-PT', 'zh-Hant'].map((language) => picks(patterns, language))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('embeds converted subtitles, fetching automatic ones only when asked', () => {
    expect(subtitleArgs({ languages: ['en', 'deu'], includeAuto: true, embed: true }, 'mkv')).toEqual([
      '--write-subs',
      '--write-auto-subs',
      '--sub-langs',
      '(en|eng)(-[a-z]{2}|-[0-9]{3})?,(de|deu|ger)(-[a-z]{2}|-[0-9]{3})?',
      '--sub-format',
      'srt/vtt/best',
      '--convert-subs',
      'srt',
      '--embed-subs',
      '--compat-options',
      'no-keep-subs',
    ]);
    const mp4 = subtitleArgs({ languages: ['en'], includeAuto: false, embed: true }, 'mp4');
    expect(mp4).not.toContain('--write-auto-subs');
    expect(valueAfter(mp4, '--convert-subs')).toBe('srt');
  });

  it('converts to WebVTT for webm, the only subtitles webm carries', () => {
    const args = subtitleArgs({ languages: ['fr'], includeAuto: false, embed: true }, 'webm');
    expect(valueAfter(args, '--sub-format')).toBe('vtt/best');
    expect(valueAfter(args, '--convert-subs')).toBe('vtt');
    expect(args).toContain('--embed-subs');
  });

  it('writes SubRip files beside the video when not embedding, and asks nothing without languages', () => {
    const beside = subtitleArgs({ languages: ['fr'], includeAuto: false, embed: false }, 'webm');
    expect(valueAfter(beside, '--convert-subs')).toBe('srt');
    expect(beside).not.toContain('--embed-subs');
    expect(beside).not.toContain('--compat-options');
    expect(subtitleArgs({ languages: [], includeAuto: true, embed: true }, 'mkv')).toEqual([]);
    expect(subtitleArgs(undefined, 'mkv')).toEqual([]);
  });

  it('refuses a subtitle language that is not a language code, so nothing reaches yt-dlp as a regex', () => {
    for (const code of ['en,de', '-en', '.*', 'en|de', '']) {
      expect(() => subtitleArgs({ languages: [code], includeAuto: false, embed: true }, 'mkv'), code).toThrow(
        RangeError,
      );
    }
  });
});

describe('without ffmpeg', () => {
  it('asks for a single file that already has sound, and nothing that needs ffmpeg', () => {
    const args = buildDownloadArgs({
      ...input,
      withoutFfmpeg: true,
      embedMetadata: true,
      subtitles: { languages: ['en'], includeAuto: false, embed: true },
    });
    expect(valueAfter(args, '-f')).toBe('b[height<=1080]/w');
    for (const flag of [
      '--merge-output-format',
      '--remux-video',
      '--embed-metadata',
      '--embed-subs',
      '--write-subs',
    ]) {
      expect(args).not.toContain(flag);
    }
    expect(args.slice(-2)).toEqual(['--', input.url]);
  });
});
