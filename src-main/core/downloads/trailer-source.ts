// What a person typed as a trailer's source, made into something the queue can run: a link that is
// safe to hand to yt-dlp, the YouTube id when there is one, and the site lane it belongs to.
import { extractYoutubeId, isYoutubeId } from '../youtube/youtube-id';
import { validateDownloadUrl } from './ytdlp-args';

/** 'local': a file already in the library, converted by the audit's Upgrade (no network at all). */
export type SiteLane = 'youtube' | 'other' | 'local';

export interface TrailerSource {
  url: string;
  videoId: string | null;
  site: SiteLane;
}

// A library file as a job's source. Only the upgrade planner makes one (libraryFileSource):
// parseTrailerSource, which reads what a person pastes, accepts http(s) links and YouTube ids only.
const libraryFileScheme = 'trailerdeck-file:';

/** The source of a job that converts the library file `downloadId` (download row) on disk. */
export function libraryFileSource(downloadId: number): TrailerSource {
  return { url: `${libraryFileScheme}${downloadId}`, videoId: null, site: 'local' };
}

/** The download row a local job's source names, or null when the link is not one. */
export function libraryFileId(url: string): number | null {
  const match = /^trailerdeck-file:([1-9][0-9]{0,15})$/.exec(url);
  return match?.[1] === undefined ? null : Number(match[1]);
}

const youtubeHosts = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be)$/i;

export function youtubeWatchUrl(videoId: string): string {
  return `https://www.youtube.com/watch?v=${videoId}`;
}

/**
 * Accepts an 11-character YouTube id, a YouTube link (watch, youtu.be, shorts, embed, Kodi plugin
 * URL from an NFO) or any other http(s) link. Throws InvalidDownloadUrl (INVALID_INPUT) otherwise.
 * YouTube links are reduced to the plain watch URL, so a playlist or start-time parameter never
 * turns one trailer into many downloads.
 */
export function parseTrailerSource(input: string): TrailerSource {
  const value = input.trim();
  // An id may start with "-": it only ever reaches yt-dlp inside the watch link, after "--".
  if (isYoutubeId(value)) {
    return { url: youtubeWatchUrl(value), videoId: value, site: 'youtube' };
  }
  const youtubeId = value.startsWith('plugin://') ? extractYoutubeId(value) : null;
  if (youtubeId) return { url: youtubeWatchUrl(youtubeId), videoId: youtubeId, site: 'youtube' };

  const url = validateDownloadUrl(value);
  const host = new URL(url).hostname;
  if (youtubeHosts.test(host)) {
    const id = extractYoutubeId(url);
    return id
      ? { url: youtubeWatchUrl(id), videoId: id, site: 'youtube' }
      : { url, videoId: null, site: 'youtube' };
  }
  return { url, videoId: null, site: 'other' };
}

/**
 * The link a trailer's Source shows: the one it was downloaded from, else the YouTube video its
 * metadata names (yt-dlp's --embed-metadata, or a file found on disk), else null: a file on disk
 * with no known origin.
 */
export function trailerSourceUrl(downloadedFrom: string | null, youtubeId: string | null): string | null {
  if (downloadedFrom && /^https?:\/\//i.test(downloadedFrom)) return downloadedFrom;
  return youtubeId && isYoutubeId(youtubeId) ? youtubeWatchUrl(youtubeId) : null;
}
