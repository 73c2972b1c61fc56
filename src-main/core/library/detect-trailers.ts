import { extname } from 'node:path';

export const VIDEO_EXTENSIONS: ReadonlySet<string> = new Set([
  'mkv',
  'mp4',
  'm4v',
  'webm',
  'mov',
  'avi',
  'wmv',
  'mpg',
  'mpeg',
  'ts',
  'm2ts',
  'flv',
  'ogv',
]);

/** The extension without its dot, lower-cased ('' when none). */
export function extensionOf(fileName: string): string {
  return extname(fileName).slice(1).toLowerCase();
}

/** A video by extension; hidden files (macOS `._name` resource forks) never are. */
export function isVideoFile(fileName: string): boolean {
  return !fileName.startsWith('.') && VIDEO_EXTENSIONS.has(extensionOf(fileName));
}

function baseNameOf(fileName: string): string {
  const ext = extname(fileName);
  return ext ? fileName.slice(0, -ext.length) : fileName;
}

// S01E02, s1e2, S01.E02, 1x02 (but not a resolution such as 1920x1080).
const EPISODE = /(?:^|[^a-z0-9])(?:s\d{1,4}[ ._-]?e\d{1,4}|\d{1,2}x\d{2,3})(?![0-9])/i;

/** A name that marks an episode: such a file is never a trailer, whatever else it says. */
export function isEpisodeFileName(fileName: string): boolean {
  return EPISODE.test(baseNameOf(fileName));
}

// Plex, Kodi and Emby: `<anything>-trailer`; Jellyfin also `.trailer`, `_trailer`, ` trailer`;
// numbered (`-trailer2`) when there are several; a file named just `trailer`.
const TRAILER_SUFFIX = /(?:[-._ ]trailer\d*)$/i;
const TRAILER_NAME = /^trailer\d*$/i;

/** Folder names that hold a title's trailers (Plex `Trailers`, Jellyfin/Emby `trailers`). */
export function isTrailersFolderName(folderName: string): boolean {
  return folderName.toLowerCase() === 'trailers';
}

/**
 * True when a video file lying in a title's folder is one of its trailers by name.
 * `titleFolderName` protects the main file: `Blair-Trailer/Blair-Trailer.mkv` is the movie itself.
 */
export function isTrailerFileName(fileName: string, titleFolderName: string): boolean {
  if (!isVideoFile(fileName) || isEpisodeFileName(fileName)) return false;
  const base = baseNameOf(fileName);
  if (base.toLowerCase() === titleFolderName.toLowerCase()) return false;
  return TRAILER_NAME.test(base) || TRAILER_SUFFIX.test(base);
}

/** True when a video file inside a title's `Trailers` folder counts as a trailer. */
export function isTrailerInTrailersFolder(fileName: string): boolean {
  return isVideoFile(fileName) && !isEpisodeFileName(fileName);
}
