// Names shared by the main process and the preload. Plain constants: the sandboxed preload bundles
// this file, and main uses the same values, so the two cannot drift apart.

/** The one invoke channel: `(name, input)` in, a Result out. */
export const CALL_CHANNEL = 'td:call';
/** Main → window: `(eventName, payload)`. */
export const EVENT_CHANNEL = 'td:event';

/** The privileged scheme that serves the renderer and posters (see src-main/app/app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'trailerdeck';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page every window loads. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;
/** Posters are same-origin, like the headless server's `/posters/<mediaId>?v=<cacheKey>`. */
export const POSTER_PATH_PREFIX = '/posters/';

/** A filed video, by its download id: the URL never names a path (see core/files/serve-video.ts). */
export const VIDEO_PATH_PREFIX = '/videos/';

export function videoUrl(downloadId: number): string {
  return `${APP_ORIGIN}${VIDEO_PATH_PREFIX}${encodeURIComponent(String(downloadId))}`;
}

export function posterUrl(mediaId: number, cacheKey: string): string {
  return `${APP_ORIGIN}${POSTER_PATH_PREFIX}${encodeURIComponent(String(mediaId))}?v=${encodeURIComponent(cacheKey)}`;
}
