// One JSON request to an outside app (Radarr, Sonarr, Plex, Jellyfin, Emby): the key in a header
// (never the URL), a timeout, no redirects followed, and every failure turned into a
// ConnectionError that says in plain words what is wrong: nothing there, TLS, the key, a web page
// where the API should be (a wrong URL base), or an answer of the wrong shape.
import type { z } from 'zod';
import type { ConnectionProblemCode } from '../../../src-preload/contract/connections';
import { AppError, networkReason } from '../errors';

export class ConnectionError extends Error {
  constructor(
    readonly code: ConnectionProblemCode,
    message: string,
    /** The HTTP status, when the app answered. */
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ConnectionError';
  }
}

export interface HttpJsonOptions {
  /** "Radarr", "Plex"…: named in every message. */
  appLabel: string;
  /** Address + URL base, no trailing slash: "http://nas:7878/radarr". */
  baseUrl: string;
  /** The key's header(s), e.g. { 'X-Api-Key': key }. */
  headers: Record<string, string>;
  fetch?: typeof fetch;
  /** Per request (default 15 s). */
  timeoutMs?: number;
}

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT';
  /** Path below the base, starting with "/": "/api/v3/movie". */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

export interface HttpJson {
  /** The parsed JSON body of a 2xx answer, checked against `schema`. */
  json<T extends z.ZodType>(request: HttpRequest, schema: T): Promise<z.output<T>>;
  /** A request whose answer has no body worth reading (204, or JSON that is ignored). */
  send(request: HttpRequest): Promise<void>;
  /** The body of a 2xx answer as text, unparsed (to tell an unchanged answer by its digest). */
  text(request: HttpRequest): Promise<string>;
  /** Parses a body `text` returned, checked against `schema`, with the same errors as `json`. */
  parse<T extends z.ZodType>(text: string, path: string, schema: T): z.output<T>;
}

const defaultTimeoutMs = 15_000;

// Node's fetch says "fetch failed" and keeps the reason (ECONNREFUSED, a certificate code…) in `cause`.
const UNREACHABLE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ECONNRESET',
]);
const TLS_CODE = /CERT|SSL|TLS|EPROTO|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/i;

export function httpJson(options: HttpJsonOptions): HttpJson {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const label = options.appLabel;

  async function request(req: HttpRequest): Promise<{ response: Response; text: string }> {
    const url = new URL(`${options.baseUrl}${req.path}`);
    for (const [key, value] of Object.entries(req.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(url, {
        method: req.method ?? 'GET',
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal,
        // A redirect is a login page or a proxy's idea of the path: report it, do not follow it
        // (following could carry the key's header to another host).
        redirect: 'manual',
      });
    } catch (error) {
      if (req.signal?.aborted) throw req.signal.reason;
      throw networkError(error, url, timeout.aborted);
    }
    const text = await response.text().catch(() => '');
    return { response, text };
  }

  function networkError(error: unknown, url: URL, timedOut: boolean): ConnectionError {
    const where = `${url.protocol}//${url.host}`;
    if (timedOut) {
      return new ConnectionError(
        'TIMEOUT',
        `${label} at ${where} did not answer within ${Math.max(1, Math.round(timeoutMs / 1000))} s. Check that it is running and not overloaded.`,
        null,
        { cause: error },
      );
    }
    const reason = networkReason(error);
    if (TLS_CODE.test(reason)) {
      return new ConnectionError(
        'TLS',
        `The secure connection to ${label} at ${where} failed (${reason}). If it uses plain http, write http:// instead of https://; if its certificate is self-signed, reach it over http on your own network.`,
        null,
        { cause: error },
      );
    }
    const unreachable = UNREACHABLE_CODES.has(reason);
    return new ConnectionError(
      'UNREACHABLE',
      unreachable
        ? `Nothing answered at ${where} (${reason}). Check the address and port, and that ${label} is running.`
        : `${label} at ${where} could not be reached (${reason}).`,
      null,
      { cause: error },
    );
  }

  function checkStatus(response: Response, text: string, path: string): void {
    const { status } = response;
    if (status === 401 || status === 403) {
      throw new ConnectionError(
        'UNAUTHORIZED',
        `${label} refused the API key (HTTP ${status}). Copy the key again from ${label}'s settings.`,
        status,
      );
    }
    if (status >= 300 && status < 400) {
      throw new ConnectionError(
        'WRONG_ADDRESS',
        `${label} redirected ${path} elsewhere (HTTP ${status}). Check the URL base: it must match ${label}'s own setting.`,
        status,
      );
    }
    if (status === 404) {
      throw new ConnectionError(
        'WRONG_ADDRESS',
        `Nothing is at ${path} here (HTTP 404). Check the address, the port and the URL base.`,
        status,
      );
    }
    if (status >= 500) {
      throw new ConnectionError(
        'SERVER_ERROR',
        `${label} had a problem (HTTP ${status}). Look at its logs, then try again.`,
        status,
      );
    }
    if (status < 200 || status >= 300) {
      throw new ConnectionError('BAD_ANSWER', `${label} did not accept ${path} (HTTP ${status}).`, status);
    }
    if (looksLikeHtml(response, text)) {
      throw new ConnectionError(
        'WRONG_ADDRESS',
        `A web page answered at ${path} instead of ${label}'s API. Check the URL base (for example /radarr when ${label} runs behind a reverse proxy).`,
        status,
      );
    }
  }

  function parse<T extends z.ZodType>(
    text: string,
    path: string,
    schema: T,
    status: number | null,
  ): z.output<T> {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new ConnectionError(
        'BAD_ANSWER',
        `${label} answered ${path} with something that is not JSON.`,
        status,
        {
          cause: error,
        },
      );
    }
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data as z.output<T>;
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new ConnectionError(
      'BAD_ANSWER',
      `${label} answered ${path} in a shape Trailerdeck does not know (${issue?.message ?? 'unexpected'}${at}). Is this ${label}, and a supported version?`,
      status,
      { cause: parsed.error },
    );
  }

  return {
    async json(req, schema) {
      const { response, text } = await request(req);
      checkStatus(response, text, req.path);
      return parse(text, req.path, schema, response.status);
    },
    async text(req) {
      const { response, text } = await request(req);
      checkStatus(response, text, req.path);
      return text;
    },
    parse: (text, path, schema) => parse(text, path, schema, null),
    async send(req) {
      const { response, text } = await request(req);
      checkStatus(response, text, req.path);
    },
  };
}

function looksLikeHtml(response: Response, text: string): boolean {
  const type = response.headers.get('content-type') ?? '';
  return /text\/html/i.test(type) || /^\s*<(!doctype|html)/i.test(text);
}

/** A ConnectionError's code and message for a Test result; anything else is re-thrown. */
export function problemOf(error: unknown): { code: ConnectionProblemCode; message: string } {
  if (error instanceof ConnectionError) return { code: error.code, message: error.message };
  throw error;
}

/**
 * For procedures that ask an outside app on the person's behalf: its problem becomes an error the
 * window shows as it is (CONNECTION_FAILED with the plain message), not an internal error.
 */
export function asAppError(error: unknown): unknown {
  return error instanceof ConnectionError
    ? new AppError('CONNECTION_FAILED', error.message, { cause: error })
    : error;
}
