// The YouTube preview in "Find trailer": the one host the window may frame, and the one way to make
// the address it loads. Main's content security policy and the window both take the host from here,
// so the policy allows exactly what the window builds. The window imports this module at run time
// (eslint.config.js), so it imports nothing.

/** The privacy-enhanced embed host (no cookies until the person plays the video). */
export const youtubeEmbedOrigin = 'https://www.youtube-nocookie.com';

/** YouTube's video ids: 11 characters of the URL-safe base64 alphabet (core/youtube/youtube-id.ts). */
const youtubeVideoId = /^[A-Za-z0-9_-]{11}$/;

/**
 * The embed player's address for a YouTube video id, or null when `videoId` is not one: the address
 * is only ever made from a checked id, never from a link or a title. It starts playing at once, as
 * the person asked for it by pressing Preview.
 */
export function youtubeEmbedUrl(videoId: string | null): string | null {
  if (videoId === null || !youtubeVideoId.test(videoId)) return null;
  return `${youtubeEmbedOrigin}/embed/${videoId}?autoplay=1`;
}
