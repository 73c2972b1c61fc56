import { describe, expect, it } from 'vitest';
import { parseTrailerSource, trailerSourceUrl } from './trailer-source';

describe('parseTrailerSource', () => {
  it('turns a bare YouTube id into a watch link on the YouTube lane', () => {
    expect(parseTrailerSource(' dQw4w9WgXcQ ')).toEqual({
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      videoId: 'dQw4w9WgXcQ',
      site: 'youtube',
    });
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
      url: 'http://127.0.0.1:8080/media/a b.mp4',
      videoId: null,
      site: 'other',
    });
  });

  it('refuses what is not a link or an id, with a message a person understands', () => {
    expect(() => parseTrailerSource('-dQw4w9WgXc')).toThrow(/starts with "-"/);
    expect(() => parseTrailerSource('--exec=rm')).toThrow(/starts with "-"/);
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
