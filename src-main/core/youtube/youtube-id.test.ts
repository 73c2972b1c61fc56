import { describe, expect, it } from 'vitest';
import { extractYoutubeId, youtubeIdFromText } from './youtube-id';

describe('extractYoutubeId', () => {
  it.each([
    ['plugin://plugin.video.youtube/?action=play_video&videoid=vKQi3bBA1y8', 'vKQi3bBA1y8'],
    ['plugin://plugin.video.youtube/play/?video_id=vKQi3bBA1y8', 'vKQi3bBA1y8'],
    ['https://www.youtube.com/watch?v=vKQi3bBA1y8', 'vKQi3bBA1y8'],
    ['https://www.youtube.com/watch?feature=share&v=vKQi3bBA1y8&t=10', 'vKQi3bBA1y8'],
    ['http://youtube.com/embed/vKQi3bBA1y8?autoplay=1', 'vKQi3bBA1y8'],
    ['https://www.youtube-nocookie.com/embed/vKQi3bBA1y8', 'vKQi3bBA1y8'],
    ['https://youtu.be/vKQi3bBA1y8', 'vKQi3bBA1y8'],
    ['youtu.be/vKQi3bBA1y8?si=abc', 'vKQi3bBA1y8'],
    ['https://m.youtube.com/shorts/vKQi3bBA1y8', 'vKQi3bBA1y8'],
  ])('%s', (url, id) => {
    expect(extractYoutubeId(url)).toBe(id);
  });

  it.each([
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=vKQi3bBA1y8extra',
    'https://vimeo.com/123456',
    'https://example.com/?v=vKQi3bBA1y8',
    'vKQi3bBA1y8',
    '',
  ])('refuses %s', (url) => {
    expect(extractYoutubeId(url)).toBeNull();
  });
});

describe('youtubeIdFromText', () => {
  it('finds the first YouTube link in free text, else null', () => {
    expect(
      youtubeIdFromText('Source: https://www.youtube.com/watch?feature=share&v=vKQi3bBA1y8 (official)'),
    ).toBe('vKQi3bBA1y8');
    expect(youtubeIdFromText('https://youtu.be/dQw4w9WgXcQ?t=3')).toBe('dQw4w9WgXcQ');
    expect(youtubeIdFromText('https://vimeo.com/12345678901')).toBeNull();
    expect(youtubeIdFromText('https://youtu.be/tooShort')).toBeNull();
  });
});
