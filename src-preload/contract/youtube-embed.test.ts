import { describe, expect, it } from 'vitest';
import { youtubeEmbedOrigin, youtubeEmbedUrl } from './youtube-embed';

describe('the YouTube preview address', () => {
  it.each(['dQw4w9WgXcQ', '-heatTrail_', 'a1B2c3D4e5F'])('is the nocookie embed of the id %j', (id) => {
    expect(youtubeEmbedUrl(id)).toBe(`https://www.youtube-nocookie.com/embed/${id}?autoplay=1`);
    expect(new URL(youtubeEmbedUrl(id)!).origin).toBe(youtubeEmbedOrigin);
  });

  it.each([
    null,
    '',
    'dQw4w9WgXc', // 10 characters
    'dQw4w9WgXcQQ', // 12 characters
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'dQw4w9WgXc/',
    '../../evil1',
    'dQw4w9WgXc?',
    'dQw4w9WgXc#',
    'dQw4w9 WgXc',
    'dQw4w9WgXc\n',
    'dQw4w9WgXcé',
    'abc%2Fdef12',
  ])('is refused for %j, which is no YouTube id', (value) => {
    expect(youtubeEmbedUrl(value)).toBeNull();
  });
});
