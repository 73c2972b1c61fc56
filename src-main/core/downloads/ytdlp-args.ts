// The argv for one yt-dlp download. Pure: the same request always gives the same array, and nothing
// here ever becomes a shell string. Checked against yt-dlp 2023.03.04 (Debian's), the oldest we run.
import { AppError } from '../errors';

/** Starts every progress line on stdout; nothing yt-dlp prints by itself starts with it. */
export const progressTag = 'TDPROGRESS ';
/** Starts the line with the final path, printed once the file is in its output folder. */
export const finalPathTag = 'TDFILE ';
/** Starts the line with what the site says about the video, printed before the download starts. */
export const infoTag = 'TDINFO ';
/** Starts the line listing the formats a merge downloads one after the other, before the first. */
export const partsTag = 'TDPARTS ';
/** Starts the line listing the files a fetch step downloaded for a merge (kept for the check). */
export const inputsTag = 'TDINPUTS ';

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
  /** ffmpeg is missing: single-file formats only, no merge, remux or embedding. */
  withoutFfmpeg?: boolean;
  /** A browser whose cookies yt-dlp reads (firefox, chrome…), for sign-in and bot checks. */
  cookiesFromBrowser?: string;
  /** Resume a .part file left by an earlier run (default true). */
  resume?: boolean;
  /** yt-dlp's own retries of a broken transfer (default 10, yt-dlp's default). */
  retries?: number;
  /** Seconds without data before a connection counts as lost. */
  socketTimeoutSeconds?: number;
  /** Subtitles to fetch; none when absent or when the list of languages is empty. */
  subtitles?: SubtitleRequest;
  /** Writes title, source URL and the like into the file's tags (the URL lets a rescan find the id). */
  embedMetadata?: boolean;
  /** The audio track language to prefer (ISO 639-1/639-2, optionally with a region); else the default. */
  audioLanguage?: string | null;
  /** Half of a download in two runs (see DownloadStep); absent: the whole download in one run. */
  step?: DownloadStep;
}

/**
 * ffmpeg rewrites a file that ended early into a clean, shorter one, so a cut-off download can only
 * be seen before it runs. 'fetch' brings the site's file(s) into tempDir as they arrived (merged,
 * with the merge's inputs kept) and writes yt-dlp's info file there; 'finish' reads that info file,
 * finds the fetched file in tempDir, and converts it (remux, subtitles, metadata) into outputDir.
 */
export type DownloadStep = { kind: 'fetch' } | { kind: 'finish'; infoJsonPath: string };

export interface SubtitleRequest {
  /** Language codes such as "en", "deu" or "pt-BR"; a bare language also takes its regional variants. */
  languages: string[];
  /** Also the site's machine-made subtitles (YouTube's automatic captions) when no others exist. */
  includeAuto: boolean;
  /** Inside the video file; otherwise as .srt files beside it in the output folder. */
  embed: boolean;
}

/** The download URL was refused before anything ran. */
export class InvalidDownloadUrl extends AppError {
  constructor(reason: string) {
    super('INVALID_INPUT', `This is not a download link: ${reason}`);
    this.name = 'InvalidDownloadUrl';
  }
}

/**
 * Accepts only absolute http(s) URLs and returns the URL as parsed (`https:///x` is https://x/), so
 * yt-dlp gets the very link that was checked. A value starting with "-" is refused outright even
 * though `--` protects the argv: it is never a link a person meant, and other tools may see it.
 */
export function validateDownloadUrl(value: string): string {
  const url = value.trim();
  if (url === '') throw new InvalidDownloadUrl('it is empty.');
  if (url.startsWith('-')) throw new InvalidDownloadUrl('it starts with "-".');
  // The URL parser would quietly drop a line break or tab, and a NUL never belongs in a link.
  if (/\p{Cc}/u.test(url))
    throw new InvalidDownloadUrl('it contains a control character such as a line break.');
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
  return parsed.href;
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
// Printed at the "video" stage, once the formats are chosen and before any byte is downloaded; the
// duration is what verification compares the file with. A later stage (after_move) is also printed,
// so yt-dlp does not take --print as "simulate only".
export const infoTemplate = `video:${infoTag}%(.{id,duration,extractor_key,webpage_url})j`;
// The formats a merge downloads in turn (NA for a single one), with what tells their sizes apart:
// the progress of each restarts at 0, and the overall figure weighs them (see progress-across-parts.ts).
export const partsTemplate = `video:${partsTag}%(requested_formats.:.{format_id,filesize,filesize_approx,tbr,vcodec,acodec})j`;
// The downloaded inputs of a merge (NA for a single file): with -k they survive the merge.
export const inputsTemplate = `after_move:${inputsTag}%(requested_formats.:.filepath)j`;

const videoCodecSort: Record<Exclude<VideoCodecPreference, 'any'>, string> = {
  h264: 'vcodec:h264',
  h265: 'vcodec:h265',
  vp9: 'vcodec:vp9',
  av1: 'vcodec:av01',
};

/** `-f` and `-S` for the preferences: the height is a limit, codecs are preferences with fallbacks. */
export function formatSelection(
  format: FormatPreferences,
  audioLanguage?: string | null,
  options: { singleFile?: boolean } = {},
): string[] {
  const { maxHeight } = format;
  if (maxHeight !== null && (!Number.isInteger(maxHeight) || maxHeight <= 0)) {
    throw new RangeError(`maxHeight must be a positive whole number, not ${maxHeight}`);
  }
  const limit = maxHeight === null ? '' : `[height<=${maxHeight}]`;
  if (options.singleFile) {
    // Without ffmpeg nothing can be merged: a file that already holds picture and sound.
    const single = maxHeight === null ? 'b' : `b${limit}/w`;
    return ['-f', single, ...sortArgs(format)];
  }
  // The language is a preference too: each video choice first with an audio track in that language
  // (the exact region, then the language), then with the best audio there is.
  const audio = [...audioLanguageFilters(audioLanguage), ''].map((filter) => `ba${filter}`);
  const withAudio = (video: string): string[] => audio.map((track) => `${video}+${track}`);
  // Best video(+audio) under the limit, else a single file under it; when the site has nothing that
  // small, the smallest there is rather than no trailer at all.
  const selector = (
    maxHeight === null
      ? [...withAudio('bv*'), 'b']
      : [...withAudio(`bv*${limit}`), `b${limit}`, ...withAudio('wv*'), 'w']
  ).join('/');
  return ['-f', selector, ...sortArgs(format)];
}

function sortArgs(format: FormatPreferences): string[] {
  const sort: string[] = [];
  if (format.maxHeight !== null) sort.push(`res:${format.maxHeight}`);
  if (format.videoCodec !== 'any') sort.push(videoCodecSort[format.videoCodec]);
  if (format.audioCodec !== 'any') sort.push(`acodec:${format.audioCodec}`);
  return sort.length > 0 ? ['-S', sort.join(',')] : [];
}

// Profiles may name a language in two or three letters; sites use either (YouTube: "de", "en-US";
// ffmpeg's DASH: what the file says). The common languages, as ISO 639-1, 639-2/T, 639-2/B.
const languageAliasTable = `en eng|de deu ger|fr fra fre|es spa|it ita|pt por|nl nld dut|sv swe|da dan|
no nor nb nob nn nno|fi fin|is isl ice|pl pol|cs ces cze|sk slk slo|sl slv|hu hun|ro ron rum|
bg bul|hr hrv|sr srp|bs bos|mk mkd mac|sq sqi alb|el ell gre|tr tur|ru rus|uk ukr|be bel|et est|
lv lav|lt lit|ca cat|eu eus baq|gl glg|ga gle|cy cym wel|he heb|ar ara|fa fas per|hi hin|bn ben|
ur urd|ta tam|te tel|ml mal|mr mar|th tha|vi vie|id ind|ms msa may|tl tgl fil|ja jpn|ko kor|
zh zho chi|ka kat geo|hy hye arm|kk kaz|uz uzb|az aze|sw swa|af afr|am amh`;
const languageAliases = new Map<string, readonly string[]>();
for (const group of languageAliasTable.split('|')) {
  const codes = group.trim().split(' ');
  for (const code of codes) languageAliases.set(code, codes);
}

const languageCodePattern = /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The codes a site may use for this language: "deu" → de, deu, ger. Throws on a malformed code. */
export function languageVariants(code: string): { exact: string | null; base: readonly string[] } {
  if (!languageCodePattern.test(code)) {
    throw new RangeError(`"${code}" is not a language code such as "en", "deu" or "pt-BR"`);
  }
  const [language = '', ...rest] = code.split('-');
  const base = languageAliases.get(language.toLowerCase()) ?? [language.toLowerCase()];
  return { exact: rest.length > 0 ? code : null, base };
}

/** yt-dlp format filters for the audio language, most specific first (checked: yt-dlp 2023.03.04). */
function audioLanguageFilters(code: string | null | undefined): string[] {
  if (!code) return [];
  const { exact, base } = languageVariants(code);
  // `~=` is a regex search; (?i) because sites differ in case ("pt-BR", "pt-br").
  const filter = (codes: readonly string[]): string => `[language~='(?i)^(${codes.join('|')})(-|$)']`;
  return exact === null ? [filter(base)] : [filter([exact]), filter(base)];
}

/**
 * The --sub-langs value. yt-dlp matches each entry as a whole, ignoring case, as a regex: a bare
 * language also takes its regions ("en" → en, en-GB, es-419 style), never YouTube's "en-orig"
 * duplicate of the automatic track; a code with a region takes only that region.
 */
export function subtitleLanguagePatterns(languages: readonly string[]): string[] {
  const patterns = languages.map((code) => {
    const { exact, base } = languageVariants(code);
    return exact ?? `(${base.join('|')})(-[a-z]{2}|-[0-9]{3})?`;
  });
  return [...new Set(patterns)];
}

/**
 * Subtitle options. Embedded subtitles are converted first to what the container carries without
 * surprises: webm takes only WebVTT (yt-dlp skips anything else with a warning), mp4 gets mov_text
 * from yt-dlp's embedder and mkv takes SubRip; a site offering only TTML or JSON captions would
 * otherwise embed nothing. Subtitles beside the file are SubRip, which every media server reads.
 * `embedLater`: fetched and converted now, embedded by a later run (the finish step).
 */
export function subtitleArgs(
  request: SubtitleRequest | undefined,
  container: Container,
  options: { embedLater?: boolean } = {},
): string[] {
  if (!request || request.languages.length === 0) return [];
  const args = ['--write-subs'];
  if (request.includeAuto) args.push('--write-auto-subs');
  args.push('--sub-langs', subtitleLanguagePatterns(request.languages).join(','));
  const target = request.embed && container === 'webm' ? 'vtt' : 'srt';
  args.push('--sub-format', target === 'vtt' ? 'vtt/best' : 'srt/vtt/best', '--convert-subs', target);
  if (request.embed && !options.embedLater) {
    // With --write-subs, yt-dlp would also keep the embedded files beside the video; this compat
    // option (2023.03.04 has it) deletes them once they are inside, so the output folder holds one file.
    args.push('--embed-subs', '--compat-options', 'no-keep-subs');
  }
  return args;
}

/** The whole argv for yt-dlp (without the program itself). */
export function buildDownloadArgs(input: DownloadArgsInput): string[] {
  const url = validateDownloadUrl(input.url);
  const { step } = input;
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
    '--print',
    infoTemplate,
    '--print',
    partsTemplate,
    '-P',
    `temp:${input.tempDir}`,
    '-P',
    `home:${step?.kind === 'fetch' ? input.tempDir : input.outputDir}`,
    // % starts a template field; the stem is a name, not a template.
    '-o',
    `${stem.replaceAll('%', '%%')}.%(ext)s`,
    '--no-mtime',
    input.resume === false ? '--no-continue' : '--continue',
    ...formatSelection(input.format, input.audioLanguage, { singleFile: input.withoutFfmpeg }),
  ];
  // Merging, remuxing and embedding are ffmpeg's work: without it the file stays as the site has it.
  if (!input.withoutFfmpeg) args.push('--merge-output-format', input.format.container);
  if (step?.kind === 'fetch') {
    // Subtitles are fetched (and converted) here, embedded by the finish step; the inputs of a merge
    // are kept (-k) so each can be checked, and the info file lets the finish step skip the site.
    if (!input.withoutFfmpeg) {
      args.push(...subtitleArgs(input.subtitles, input.format.container, { embedLater: true }));
    }
    args.push('-k', '--write-info-json', '--print', inputsTemplate);
  } else if (!input.withoutFfmpeg) {
    args.push('--remux-video', input.format.container);
    args.push(...subtitleArgs(input.subtitles, input.format.container));
    // Never --embed-thumbnail: cover art shows up as a second video stream in players and ffprobe.
    if (input.embedMetadata) args.push('--embed-metadata', '--no-embed-info-json');
  }
  if (input.retries !== undefined) args.push('--retries', String(input.retries));
  if (input.socketTimeoutSeconds !== undefined) {
    args.push('--socket-timeout', String(input.socketTimeoutSeconds));
  }
  if (input.ffmpegLocation) args.push('--ffmpeg-location', input.ffmpegLocation);
  if (input.cookiesFile) args.push('--cookies', input.cookiesFile);
  if (input.cookiesFromBrowser) {
    if (!/^[a-z]+$/.test(input.cookiesFromBrowser)) {
      throw new RangeError(`cookiesFromBrowser must be a browser name, not "${input.cookiesFromBrowser}"`);
    }
    args.push('--cookies-from-browser', input.cookiesFromBrowser);
  }
  if (step?.kind === 'finish') args.push('--load-info-json', step.infoJsonPath);
  else args.push('--', url);
  return args;
}
