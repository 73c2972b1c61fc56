import { describe, expect, it } from 'vitest';
import { libraryFileId, libraryFileSource, parseTrailerSource, trailerSourceUrl } from './trailer-source';
import { buildDownloadArgs } from './ytdlp-args';

const argsInput = {
  format: { maxHeight: null, videoCodec: 'any', audioCodec: 'any', container: 'mkv' },
  tempDir: '/data/job-1/parts',
  outputDir: '/data/job-1/done',
  fileStem: 'trailer',
} as const;

describe('parseTrailerSource', () => {
  it('turns a bare YouTube id into a watch link on the YouTube lane', () => {
    expect(parseTrailerSource(' dQw4w9WgXcQ ')).toEqual({
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      videoId: 'dQw4w9WgXcQ',
      site: 'youtube',
    });
  });

  it('takes an id that starts with "-" (about 1 in 64) as a watch link, never as an option', () => {
    for (const input of ['-dQw4w9WgXc', ' -_-_-_-_-_- ', 'https://youtu.be/-dQw4w9WgXc']) {
      const id = input.trim().replace('https://youtu.be/', '');
      const parsed = parseTrailerSource(input);
      expect(parsed).toEqual({ url: `https://www.youtube.com/watch?v=${id}`, videoId: id, site: 'youtube' });
      // yt-dlp gets the watch link after "--": nothing it could read as one of its options.
      const args = buildDownloadArgs({ ...argsInput, url: parsed.url });
      expect(args.slice(-2)).toEqual(['--', `https://www.youtube.com/watch?v=${id}`]);
      expect(args.filter((arg) => arg.startsWith('-') && arg.includes(id))).toEqual([]);
    }
  });

  it('reduces YouTube links to the plain watch link, dropping playlists and start times', () => {
    for (const link of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL123&t=42',
      'https://youtu.be/dQw4w9WgXcQ?t=3',
      'https://m.youtube.com/shorts/dQw4w9WgXcQ',
      'plugin://plugin.video.youtube/?action=play_video&videoid=dQw4w9WgXcQ',
    ]) {
      expect(parseTrailerSource(link)).toMatchObject({
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        videoId: 'dQw4w9WgXcQ',
        site: 'youtube',
      });
    }
  });

  it('keeps other http(s) links as they are, unpaced', () => {
    expect(parseTrailerSource('http://127.0.0.1:8080/media/a b.mp4')).toEqual({
      url: 'http://127.0.0.1:8080/media/a%20b.mp4',
      videoId: null,
      site: 'other',
    });
  });

  it('refuses what is not a link or an id, with a message a person understands', () => {
    // Not an 11-character id: an option, refused.
    expect(() => parseTrailerSource('-dQw4w9WgX')).toThrow(/starts with "-"/);
    expect(() => parseTrailerSource('--exec=rm')).toThrow(/starts with "-"/);
    expect(() => parseTrailerSource('--exec=rm-x')).toThrow(/starts with "-"/);
    expect(() => parseTrailerSource('file:///etc/passwd')).toThrow(/only http and https/);
    expect(() => parseTrailerSource('not a link')).toThrow(/not a complete web address/);
    expect(() => parseTrailerSource('')).toThrow(/empty/);
  });
});

describe('trailerSourceUrl', () => {
  it('shows the link a trailer was downloaded from, else its YouTube video, else nothing', () => {
    expect(trailerSourceUrl('https://vimeo.com/12345', null)).toBe('https://vimeo.com/12345');
    expect(trailerSourceUrl('https://www.youtube.com/watch?v=vKQi3bBA1y8', 'vKQi3bBA1y8')).toBe(
      'https://www.youtube.com/watch?v=vKQi3bBA1y8',
    );
    expect(trailerSourceUrl(null, 'vKQi3bBA1y8')).toBe('https://www.youtube.com/watch?v=vKQi3bBA1y8');
    expect(trailerSourceUrl(null, null)).toBeNull();
    expect(trailerSourceUrl('file:///etc/passwd', null)).toBeNull();
  });
});

describe('a library file as a source (the Upgrade that converts on disk)', () => {
  it('is made only by libraryFileSource, on its own lane, and read back by id', () => {
    expect(libraryFileSource(42)).toEqual({ url: 'trailerdeck-file:42', videoId: null, site: 'local' });
    expect(libraryFileId('trailerdeck-file:42')).toBe(42);
    for (const other of [
      'trailerdeck-file:0',
      'trailerdeck-file:4 2',
      'trailerdeck-file:../1',
      'https://x/1',
    ]) {
      expect(libraryFileId(other), other).toBeNull();
    }
  });

  it('is refused when pasted, in any spelling', () => {
    for (const pasted of ['trailerdeck-file:1', ' TRAILERDECK-FILE:1 ', 'trailerdeck-file://1']) {
      expect(() => parseTrailerSource(pasted), pasted).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    }
  });
});
