// YouTube video ids: the one place that knows their shape and the URLs that carry them
// (NFO trailer tags, tags yt-dlp embeds in files, and later what a person pastes).

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** True for a well-formed YouTube video id (11 characters of the URL-safe base64 alphabet). */
export function isYoutubeId(value: string): boolean {
  return YOUTUBE_ID.test(value);
}

/**
 * The YouTube video id inside a trailer reference, or null. Understands the forms found in NFO
 * files: Kodi's YouTube add-on URL (`plugin://plugin.video.youtube/?action=play_video&videoid=ID`,
 * `…/play/?video_id=ID`), youtube.com/watch?v=ID, youtu.be/ID and the embed, /v/ and shorts URLs.
 */
export function extractYoutubeId(reference: string): string | null {
  const text = reference.trim();
  if (!text) return null;
  const patterns = [
    /^plugin:\/\/plugin\.video\.youtube\/.*?[?&](?:videoid|video_id)=([^&#\s]+)/i,
    /^(?:https?:)?\/\/(?:[a-z0-9-]+\.)*youtube(?:-nocookie)?\.com\/.*?[?&]v=([^&#\s]+)/i,
    /^(?:https?:)?\/\/(?:[a-z0-9-]+\.)*youtube(?:-nocookie)?\.com\/(?:embed|v|shorts|live)\/([^?&#/\s]+)/i,
    /^(?:https?:)?\/\/youtu\.be\/([^?&#/\s]+)/i,
    // Without a scheme, as people paste them.
    /^(?:www\.|m\.)?youtube\.com\/.*?[?&]v=([^&#\s]+)/i,
    /^youtu\.be\/([^?&#/\s]+)/i,
  ];
  for (const pattern of patterns) {
    const id = pattern.exec(text)?.[1];
    if (id !== undefined) return isYoutubeId(id) ? id : null;
  }
  return null;
}

// watch?v=, youtu.be/, shorts/, embed/, live/ and v/ links, on any youtube.com subdomain
// (www, m, music) and youtube-nocookie.com.
const youtubeUrl =
  /(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:[^#\s]*?&)?v=|(?:shorts|embed|live|v)\/)|youtu\.be\/)([A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])/i;

/** The 11-character video id of the first YouTube link in a text, else null. */
export function youtubeIdFromText(text: string): string | null {
  return youtubeUrl.exec(text)?.[1] ?? null;
}
