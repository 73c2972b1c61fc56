// The argv for one yt-dlp download. Pure: the same request always gives the same array, and nothing
// here ever becomes a shell string. Checked against yt-dlp 2023.03.04 (Debian's), the oldest we run.
import { AppError } from '../errors';

/** Starts every progress line on stdout; nothing yt-dlp prints by itself starts with it. */
export const progressTag = 'TDPROGRESS ';
/** Starts the line with the final path, printed once the file is in its output folder. */
export const finalPathTag = 'TDFILE ';

export type VideoCodecPreference = 'any' | 'h264' | 'h265' | 'vp9' | 'av1';
export type AudioCodecPreference = 'any' | 'aac' | 'opus' | 'mp3' | 'vorbis' | 'flac';
export type Container = 'mkv' | 'mp4' | 'webm';

export interface FormatPreferences {
  /** The tallest picture wanted; null for the best there is. */
  maxHeight: number | null;
  videoCodec: VideoCodecPreference;
  audioCodec: AudioCodecPreference;
  container: Container;
}

export interface DownloadArgsInput {
  url: string;
  format: FormatPreferences;
  /** Where yt-dlp keeps .part files and fragments: a folder of the app's. */
  tempDir: string;
  /** Where the finished file lands before the app moves it into the library. */
  outputDir: string;
  /** The file name without extension, e.g. the job id. yt-dlp adds the extension. */
  fileStem: string;
  ffmpegLocation?: string;
  cookiesFile?: string;
  /** Resume a .part file left by an earlier run (default true). */
  resume?: boolean;
  /** yt-dlp's own retries of a broken transfer (default 10, yt-dlp's default). */
  retries?: number;
  /** Seconds without data before a connection counts as lost. */
  socketTimeoutSeconds?: number;
}

/** The download URL was refused before anything ran. */
export class InvalidDownloadUrl extends AppError {
  constructor(reason: string) {
    super('INVALID_INPUT', `This is not a download link: ${reason}`);
    this.name = 'InvalidDownloadUrl';
  }
}

/**
 * Accepts only absolute http(s) URLs. A value starting with "-" is refused outright even though
 * `--` protects the argv: it is never a link a person meant, and other tools may see it.
 */
export function validateDownloadUrl(value: string): string {
  const url = value.trim();
  if (url === '') throw new InvalidDownloadUrl('it is empty.');
  if (url.startsWith('-')) throw new InvalidDownloadUrl('it starts with "-".');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidDownloadUrl('it is not a complete web address (https://…).');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InvalidDownloadUrl(`only http and https links can be downloaded, not ${parsed.protocol}`);
  }
  if (parsed.hostname === '') throw new InvalidDownloadUrl('it has no host name.');
  return url;
}

// Progress fields yt-dlp 2023.03.04 fills in; the `{a,b}` form dumps only the keys that exist, so a
// missing value is an absent key rather than the NA placeholder, and every line is valid JSON.
const progressFields = [
  'status',
  'downloaded_bytes',
  'total_bytes',
  'total_bytes_estimate',
  'speed',
  'eta',
  'elapsed',
  'fragment_index',
  'fragment_count',
];
export const progressTemplate =
  `download:${progressTag}{"progress":%(progress.{${progressFields.join(',')}})j,` +
  `"formatId":%(info.format_id)j}`;
// JSON-quoted (ASCII only), so a path with a newline or any script survives on one line.
export const finalPathTemplate = `after_move:${finalPathTag}%(filepath)j`;

const videoCodecSort: Record<Exclude<VideoCodecPreference, 'any'>, string> = {
  h264: 'vcodec:h264',
  h265: 'vcodec:h265',
  vp9: 'vcodec:vp9',
  av1: 'vcodec:av01',
};

/** `-f` and `-S` for the preferences: the height is a limit, codecs are preferences with fallbacks. */
export function formatSelection(format: FormatPreferences): string[] {
  const { maxHeight } = format;
  if (maxHeight !== null && (!Number.isInteger(maxHeight) || maxHeight <= 0)) {
    throw new RangeError(`maxHeight must be a positive whole number, not ${maxHeight}`);
  }
  const limit = maxHeight === null ? '' : `[height<=${maxHeight}]`;
  // Best video(+audio) under the limit, else a single file under it; when the site has nothing that
  // small, the smallest there is rather than no trailer at all.
  const selector = maxHeight === null ? 'bv*+ba/b' : `bv*${limit}+ba/b${limit}/wv*+ba/w`;
  const sort: string[] = [];
  if (maxHeight !== null) sort.push(`res:${maxHeight}`);
  if (format.videoCodec !== 'any') sort.push(videoCodecSort[format.videoCodec]);
  if (format.audioCodec !== 'any') sort.push(`acodec:${format.audioCodec}`);
  return sort.length > 0 ? ['-f', selector, '-S', sort.join(',')] : ['-f', selector];
}

/** The whole argv for yt-dlp (without the program itself). */
export function buildDownloadArgs(input: DownloadArgsInput): string[] {
  const url = validateDownloadUrl(input.url);
  const stem = input.fileStem;
  if (stem === '' || /[\\/]/.test(stem) || stem === '.' || stem === '..') {
    throw new RangeError(`fileStem must be a plain file name, not "${stem}"`);
  }
  const args = [
    '--ignore-config',
    '--encoding',
    'utf-8',
    '--newline',
    '--no-colors',
    '--no-playlist',
    // --print makes yt-dlp quiet; --progress brings the progress lines back.
    '--progress',
    '--progress-template',
    progressTemplate,
    '--print',
    finalPathTemplate,
    '-P',
    `temp:${input.tempDir}`,
    '-P',
    `home:${input.outputDir}`,
    // % starts a template field; the stem is a name, not a template.
    '-o',
    `${stem.replaceAll('%', '%%')}.%(ext)s`,
    '--no-mtime',
    input.resume === false ? '--no-continue' : '--continue',
    ...formatSelection(input.format),
    '--merge-output-format',
    input.format.container,
    '--remux-video',
    input.format.container,
  ];
  if (input.retries !== undefined) args.push('--retries', String(input.retries));
  if (input.socketTimeoutSeconds !== undefined) {
    args.push('--socket-timeout', String(input.socketTimeoutSeconds));
  }
  if (input.ffmpegLocation) args.push('--ffmpeg-location', input.ffmpegLocation);
  if (input.cookiesFile) args.push('--cookies', input.cookiesFile);
  args.push('--', url);
  return args;
}
