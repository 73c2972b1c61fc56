// A YouTube search through yt-dlp (`ytsearchN:` with `--flat-playlist -J`): one request, no video
// page opened, so it is light on YouTube. Pacing and the bot-check hold belong to the caller.
import { z } from 'zod';
import { classifyYtdlpFailure, type DownloadErrorCode } from '../../downloads/ytdlp-errors';
import {
  BinaryNotFound,
  ProcessFailed,
  ProcessOutputTooLarge,
  ProcessTimedOut,
} from '../../process/process-errors';
import { runProcess as defaultRunProcess, type RunProcess } from '../../process/run-process';
import type { FlatCandidate } from '../rank/types';
import { languageName } from './language-names';

export type SearchErrorCode = DownloadErrorCode | 'TOOL_MISSING' | 'MALFORMED_OUTPUT';

export interface SearchFailure {
  code: SearchErrorCode;
  /** Worth trying again later (connection, rate limit); a bot check or missing tool is not. */
  transient: boolean;
  /** For a person: what happened. */
  message: string;
  /** For a person: what they can do about it. */
  hint?: string;
}

/** A search that gave no results list, with the reason classified for the lane and the person. */
export class SearchFailed extends Error {
  readonly code: SearchErrorCode;
  readonly transient: boolean;
  readonly hint: string | undefined;

  constructor(
    failure: SearchFailure,
    /** The end of yt-dlp's stderr, for the log. */
    readonly stderrTail = '',
    options?: { cause?: unknown },
  ) {
    super(failure.message, options);
    this.name = 'SearchFailed';
    this.code = failure.code;
    this.transient = failure.transient;
    this.hint = failure.hint;
  }
}

export interface SearchQueryValues {
  title: string;
  year: number | null;
  /** ISO 639 code of the profile's language, e.g. "de" or "deu". */
  language: string | null;
  type: 'movie' | 'series';
}

// The words YouTube titles use: "Official Movie Trailer", "Official Series Trailer".
const typeWords: Record<SearchQueryValues['type'], string> = { movie: 'movie', series: 'series' };

/**
 * The profile's query template with its tokens filled in ({title} {year} {language} {type}, any
 * case). Unknown tokens stay as typed; brackets left empty by a missing value go away.
 */
export function renderSearchQuery(template: string, values: SearchQueryValues): string {
  const title = collapse(values.title);
  const tokens: Record<string, string> = {
    title,
    year: values.year === null ? '' : String(values.year),
    language: languageName(values.language),
    type: typeWords[values.type],
  };
  const filled = template
    .replace(/\{(\w+)\}/g, (token, name: string) => {
      const key = name.toLowerCase();
      return Object.hasOwn(tokens, key) ? (tokens[key] ?? '') : token;
    })
    .replace(/\(\s*\)|\[\s*\]/g, ' ');
  const query = collapse(filled);
  return query !== '' ? query : collapse(`${title} trailer`);
}

/** The argv for one search (without the program). The query stays one argument after `--`. */
export function buildSearchArgs(
  query: string,
  count: number,
  auth: { cookiesFile?: string | null; cookiesFromBrowser?: string | null },
): string[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`count must be a positive whole number, not ${count}`);
  }
  // A newline would end the query inside yt-dlp's search; YouTube ignores repeated spaces anyway.
  const text = collapse(query);
  if (text === '') throw new RangeError('The search query is empty.');
  const args = ['--ignore-config', '--encoding', 'utf-8', '--no-colors', '--flat-playlist', '-J'];
  // One source of cookies: yt-dlp writes its jar back into the --cookies file on exit, which would
  // copy the browser's cookies into the person's file if both were given.
  if (auth.cookiesFile) args.push('--cookies', auth.cookiesFile);
  else if (auth.cookiesFromBrowser) args.push('--cookies-from-browser', auth.cookiesFromBrowser);
  args.push('--', `ytsearch${count}:${text}`);
  return args;
}

/** Drops a value of the wrong type instead of failing the whole entry; null stays null. */
function lenient<T extends z.ZodType>(schema: T) {
  return schema.nullable().optional().catch(undefined);
}

const thumbnailSchema = z.object({
  url: z.string().min(1),
  width: z.number().int().positive().optional().catch(undefined),
  height: z.number().int().positive().optional().catch(undefined),
});

const entrySchema = z.object({
  id: z.string().trim().min(1),
  title: z.string().trim().min(1),
  _type: lenient(z.string()),
  ie_key: lenient(z.string()),
  url: lenient(z.string()),
  duration: lenient(z.number().nonnegative()),
  channel: lenient(z.string()),
  channel_id: lenient(z.string()),
  uploader: lenient(z.string()),
  uploader_id: lenient(z.string()),
  channel_is_verified: lenient(z.boolean()),
  view_count: lenient(z.number().nonnegative()),
  live_status: lenient(z.string()),
  availability: lenient(z.string()),
  description: lenient(z.string()),
  // Unix seconds or YYYYMMDD: when the video went up, evidence for which same-named film it is.
  timestamp: lenient(z.number().int().nonnegative()),
  upload_date: lenient(z.string().regex(/^\d{8}$/)),
  thumbnails: lenient(z.array(z.unknown())),
  // The video's language, when yt-dlp knows it (its info dict's `language`): read by the ranking.
  language: lenient(z.string().min(2).max(35)),
});

const outputSchema = z.object({ entries: z.array(z.unknown()).optional().catch(undefined) });

/**
 * The candidates in yt-dlp's `--flat-playlist -J` output. Tolerant of what changes between yt-dlp
 * versions: unknown fields are ignored, optional fields of the wrong type dropped, entries without
 * an id or title (and channel or playlist results) skipped. Throws SearchFailed when it is not JSON.
 */
export function parseSearchOutput(stdout: string): FlatCandidate[] {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch (error) {
    const what = stdout.trim() === '' ? 'printed nothing' : 'did not print valid JSON';
    throw new SearchFailed(malformed(`yt-dlp ${what}`), '', { cause: error });
  }
  const output = outputSchema.safeParse(json);
  if (!output.success) {
    throw new SearchFailed(malformed('yt-dlp printed no results list'));
  }
  const candidates: FlatCandidate[] = [];
  const seen = new Set<string>();
  for (const raw of output.data.entries ?? []) {
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) continue;
    const entry = parsed.data;
    // A search also returns channels and playlists now and then; only videos can be trailers.
    if (entry._type === 'playlist' || (entry.ie_key != null && entry.ie_key !== 'Youtube')) continue;
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    candidates.push(toCandidate(entry));
  }
  return candidates;
}

function toCandidate(entry: z.infer<typeof entrySchema>): FlatCandidate {
  const candidate: FlatCandidate = { id: entry.id, title: entry.title };
  const fields = [
    'url',
    'duration',
    'channel',
    'channel_id',
    'uploader',
    'uploader_id',
    'channel_is_verified',
    'view_count',
    'live_status',
    'availability',
    'description',
    'timestamp',
    'upload_date',
    'language',
  ] as const;
  for (const field of fields) {
    const value = entry[field];
    if (value !== undefined) Object.assign(candidate, { [field]: value });
  }
  if (entry.thumbnails === null) candidate.thumbnails = null;
  else if (entry.thumbnails !== undefined) {
    candidate.thumbnails = entry.thumbnails.flatMap((raw) => {
      const parsed = thumbnailSchema.safeParse(raw);
      if (!parsed.success) return [];
      const { url, width, height } = parsed.data;
      return [{ url, ...(width !== undefined && { width }), ...(height !== undefined && { height }) }];
    });
  }
  return candidate;
}

export interface SearchYoutubeOptions {
  /** The yt-dlp program: a full path, or a name found on PATH. */
  ytdlpPath: string;
  query: string;
  /** How many results to ask for. */
  count: number;
  cookiesFile?: string | null;
  cookiesFromBrowser?: string | null;
  runProcess?: RunProcess;
  signal?: AbortSignal;
  /** Gives up after this long (default 60 s). */
  timeoutMs?: number;
}

const defaultTimeoutMs = 60_000;

/**
 * Runs the search. Rejects with SearchFailed (bot check, sign-in, connection, missing yt-dlp,
 * unreadable output); ProcessAborted passes through, since a cancelled search is not a failure.
 */
export async function searchYoutube(options: SearchYoutubeOptions): Promise<FlatCandidate[]> {
  const run = options.runProcess ?? defaultRunProcess;
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const args = buildSearchArgs(options.query, options.count, options);
  let stdout: string;
  try {
    ({ stdout } = await run({
      command: options.ytdlpPath,
      args,
      signal: options.signal,
      timeoutMs,
      // Python would otherwise pick the locale's encoding for its own messages on stderr.
      env: { PYTHONIOENCODING: 'utf-8', PYTHONUTF8: '1' },
    }));
  } catch (error) {
    throw searchFailure(error, timeoutMs);
  }
  return parseSearchOutput(stdout);
}

function searchFailure(error: unknown, timeoutMs: number): unknown {
  if (error instanceof ProcessFailed) {
    return new SearchFailed(classifyYtdlpFailure(error.exitCode, error.stderrTail), error.stderrTail, {
      cause: error,
    });
  }
  if (error instanceof ProcessTimedOut) {
    const failure: SearchFailure = {
      code: 'CONNECTION_FAILED',
      transient: true,
      message: `The YouTube search did not answer within ${Math.round(timeoutMs / 1000) || 1} s.`,
    };
    return new SearchFailed(failure, error.stderrTail, { cause: error });
  }
  if (error instanceof BinaryNotFound) {
    const failure: SearchFailure = {
      code: 'TOOL_MISSING',
      transient: false,
      message: 'yt-dlp is not installed, so YouTube cannot be searched.',
      hint: 'Install yt-dlp (for example "apt install yt-dlp" or from github.com/yt-dlp/yt-dlp), then try again.',
    };
    return new SearchFailed(failure, '', { cause: error });
  }
  if (error instanceof ProcessOutputTooLarge) {
    return new SearchFailed(malformed('yt-dlp printed far more than a results list'), '', { cause: error });
  }
  return error;
}

function malformed(detail: string): SearchFailure {
  return { code: 'MALFORMED_OUTPUT', transient: false, message: `The YouTube search failed: ${detail}.` };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
