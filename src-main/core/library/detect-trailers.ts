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
