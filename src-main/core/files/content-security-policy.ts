// The one content security policy of the window, whichever transport serves it (Electron's app://
// protocol or the headless HTTP server): the page loads only its own files (filed videos included),
// plus trailer thumbnails from YouTube's image hosts in the "Find trailer" dialog. No inline script
// or style, no frames, no forms, no plugins. React's `style={…}` is set through the DOM, which `style-src 'self'` allows.

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
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
