// The one content security policy of the window, whichever transport serves it (Electron's app://
// protocol or the headless HTTP server): the page loads only its own files (filed videos included),
// plus trailer thumbnails from YouTube's image hosts and, as its only frame, YouTube's privacy-enhanced
// embed player in the "Find trailer" dialog. No inline script or style, no forms, no plugins. React's
// `style={…}` is set through the DOM, which `style-src 'self'` allows.
import { youtubeEmbedOrigin } from '../../../src-preload/contract/youtube-embed';

/** Where candidate thumbnails come from (yt-dlp's and TMDB's links both point there). */
export const thumbnailHosts = ['https://i.ytimg.com', 'https://img.youtube.com'];

export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: ${thumbnailHosts.join(' ')}`,
  "font-src 'self'",
  // The player's <video> loads filed trailers from the app's own /videos/ route, nothing else.
  "media-src 'self'",
  "connect-src 'self'",
  // The YouTube preview (a setting, off by default) and nothing else may be framed. Allowed always,
  // not only while the setting is on: the policy is fixed when the page loads (and the meta tag in
  // index.html cannot follow a setting), the window creates the frame only while the setting is on,
  // and only from a checked video id (contract/youtube-embed.ts). One exact host, no wildcard.
  `frame-src ${youtubeEmbedOrigin}`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
