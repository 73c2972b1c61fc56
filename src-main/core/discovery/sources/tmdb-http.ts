// One GET against TMDB's v3 API: the key in the right place, a timeout, one polite retry after a
// 429, and every failure turned into a TmdbError a person can act on.
import type { z } from 'zod';
import { networkReason } from '../../errors';

export const defaultTmdbBaseUrl = 'https://api.themoviedb.org/3';

export interface TmdbOptions {
  /** Default https://api.themoviedb.org/3. */
  baseUrl?: string;
  /** A v3 API key (32 hex characters) or a v4 read access token (a JWT, "eyJ…"). */
  apiKey: string;
  fetch?: typeof fetch;
  /** Per request (default 15 s). */
  timeoutMs?: number;
  /** Cancels the lookup; it then rejects with the signal's reason, not a TmdbError. */
  signal?: AbortSignal;
  /** How to wait before retrying a 429; tests make it instant. */
  sleep?: (ms: number) => Promise<void>;
}

export type TmdbErrorCode =
  | 'UNAUTHORIZED'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  /** Nothing was reached: the name did not resolve, the connection was refused, no route. */
  | 'OFFLINE'
  | 'UNREACHABLE'
  | 'BAD_RESPONSE';

export class TmdbError extends Error {
  /** Worth trying again later (rate limit, connection); a refused key or a wrong address is not. */
  readonly transient: boolean;

  constructor(
    readonly code: TmdbErrorCode,
    message: string,
    /** The HTTP status, when TMDB answered. */
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TmdbError';
    this.transient = code === 'RATE_LIMITED' || code === 'UNREACHABLE' || code === 'OFFLINE';
  }
}

/** A parsed JSON body, or 'not-found' for a 404: whether that is an error depends on the route. */
export type TmdbAnswer = { found: true; json: unknown } | { found: false };

export type TmdbGet = (
  path: string,
  query?: Record<string, string | null | undefined>,
) => Promise<TmdbAnswer>;

const defaultTimeoutMs = 15_000;
const maxRetryAfterMs = 2_000;
const defaultRetryAfterMs = 1_000;

/** A getter bound to one base URL and key. Throws TmdbError at once when no key is set. */
export function tmdbRequester(options: TmdbOptions): TmdbGet {
  const apiKey = options.apiKey.trim();
  if (apiKey === '') {
    throw new TmdbError('UNAUTHORIZED', 'No TMDB API key is set. Enter one in Settings.');
  }
  const base = (options.baseUrl?.trim() || defaultTmdbBaseUrl).replace(/\/+$/, '');
  if (!URL.canParse(base) || !/^https?:/i.test(base)) {
    throw new TmdbError('NOT_FOUND', `"${base}" is not a web address. Check the TMDB address in Settings.`);
  }
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  // A v4 token travels as a bearer token; a v3 key (or anything else) as api_key, which TMDB judges.
  const bearer = apiKey.startsWith('eyJ');

  return async (path, query = {}) => {
    const url = new URL(`${base}${path}`);
    for (const [name, value] of Object.entries(query)) {
      if (value !== null && value !== undefined && value !== '') url.searchParams.set(name, value);
    }
    if (!bearer) url.searchParams.set('api_key', apiKey);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (bearer) headers.authorization = `Bearer ${apiKey}`;

    for (let attempt = 0; ; attempt += 1) {
      const response = await send(url, headers);
      if (response.status === 429 && attempt === 0) {
        await sleep(retryAfterMs(response.headers.get('retry-after')));
        continue;
      }
      return answer(response, path);
    }
  };

  async function send(url: URL, headers: Record<string, string>): Promise<Response> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    try {
      return await doFetch(url, { headers, signal, redirect: 'follow' });
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (timeout.aborted) {
        throw new TmdbError(
          'UNREACHABLE',
          `TMDB did not answer within ${Math.round(timeoutMs / 1000) || 1} s. Try again later.`,
          null,
          { cause: error },
        );
      }
      const reason = networkReason(error);
      if (OFFLINE_CODES.has(reason)) {
        throw new TmdbError(
          'OFFLINE',
          `TMDB cannot be reached at ${url.host} (${reason}): there is no internet connection, or its address cannot be found. Check the connection and the TMDB address in Settings.`,
          null,
          { cause: error },
        );
      }
      throw new TmdbError(
        'UNREACHABLE',
        `TMDB could not be reached at ${url.host} (${reason}). Check the connection and the TMDB address in Settings.`,
        null,
        { cause: error },
      );
    }
  }
}

async function answer(response: Response, path: string): Promise<TmdbAnswer> {
  const { status } = response;
  const text = await response.text().catch(() => '');
  if (status === 401 || status === 403) {
    throw new TmdbError(
      'UNAUTHORIZED',
      `TMDB refused the API key (HTTP ${status}). Check it in Settings.`,
      status,
    );
  }
  if (status === 404) return { found: false };
  if (status === 429) {
    throw new TmdbError(
      'RATE_LIMITED',
      'TMDB is limiting requests for now (HTTP 429). Try again in a minute.',
      status,
    );
  }
  if (status >= 500) {
    throw new TmdbError(
      'UNREACHABLE',
      `TMDB had a server problem (HTTP ${status}). Try again later.`,
      status,
    );
  }
  if (status < 200 || status >= 300) {
    const said = errorMessage(text);
    throw new TmdbError(
      'BAD_RESPONSE',
      `TMDB did not accept the request for ${path} (HTTP ${status}${said ? `: ${said}` : ''}).`,
      status,
    );
  }
  try {
    return { found: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    throw badResponse(path, 'it is not JSON', error);
  }
}

/** Validates a body; a shape TMDB does not document is a BAD_RESPONSE, not a crash further on. */
export function parseTmdb<T extends z.ZodType>(schema: T, json: unknown, path: string): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  throw badResponse(path, `${issue?.message ?? 'unexpected shape'}${where}`, parsed.error);
}

/** The TMDB-does-not-have-this error for a route that should always exist: the address is wrong. */
export function routeNotFound(path: string): TmdbError {
  return new TmdbError(
    'NOT_FOUND',
    `TMDB has nothing at ${path} (HTTP 404). Check the TMDB address in Settings.`,
    404,
  );
}

function badResponse(path: string, why: string, cause: unknown): TmdbError {
  return new TmdbError('BAD_RESPONSE', `TMDB answered ${path} with something unexpected: ${why}.`, null, {
    cause,
  });
}

function retryAfterMs(header: string | null): number {
  if (header === null) return defaultRetryAfterMs;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  if (!Number.isFinite(ms)) return defaultRetryAfterMs;
  return Math.min(Math.max(ms, 0), maxRetryAfterMs);
}

/** TMDB's own words from an error body ({status_code, status_message, success: false}). */
function errorMessage(text: string): string | null {
  try {
    const body = JSON.parse(text) as { status_message?: unknown };
    return typeof body.status_message === 'string' ? body.status_message : null;
  } catch {
    return null;
  }
}

// Node's codes for "nothing reached at all": the name did not resolve, nobody listens, no route.
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH']);
