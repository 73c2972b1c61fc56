import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The token cookie's name for the server on `port`. Cookies are shared by every port of a host, so
 * two instances on 127.0.0.1 would overwrite one cookie; one name per port keeps them apart.
 */
export function tokenCookieName(port: number): string {
  return `td_token_${port}`;
}

export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison; hashing first makes the lengths equal. */
export function tokensMatch(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

export function readCookie(request: IncomingMessage, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    if (part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The token from `?token=` (first visit) or the cookie set then (every later request). */
export function requestToken(
  request: IncomingMessage,
  url: URL,
  cookieName: string,
): { token: string | null; fromQuery: boolean } {
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return { token: fromQuery, fromQuery: true };
  return { token: readCookie(request, cookieName), fromQuery: false };
}

/** `secure` when the page is reached over HTTPS (a reverse proxy): the cookie then never goes out in clear. */
export function tokenCookieHeader(cookieName: string, token: string, secure = false): string {
  return `${cookieName}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

const minTokenLength = 16;
const minDistinctCharacters = 8;
/** About 10^14 guesses, far beyond what a network allows; 16 random hex digits reach it. */
const minEntropyBits = 48;

/**
 * Why a chosen token is too easy to guess, or null. Length, distinct characters, runs and
 * repetitions ("aaaa…", "0123…", "abab…"), and an estimate of its entropy from how often each
 * character occurs: a rough gate against obvious choices, not a proof of strength.
 */
export function tokenWeakness(token: string): string | null {
  if (token.length < minTokenLength) return `it is shorter than ${minTokenLength} characters`;
  const counts = new Map<string, number>();
  for (const char of token) counts.set(char, (counts.get(char) ?? 0) + 1);
  if (counts.size < minDistinctCharacters)
    return `it has only ${counts.size} different characters (${minDistinctCharacters} or more needed)`;
  let predictable = 0;
  for (let i = 1; i < token.length; i += 1) {
    const step = token.charCodeAt(i) - token.charCodeAt(i - 1);
    const repeatsPattern = i >= 2 && token[i] === token[i - 2];
    if (Math.abs(step) <= 1 || repeatsPattern) predictable += 1;
  }
  if (predictable * 2 > token.length) return 'it is mostly a sequence or a repetition';
  let bitsPerChar = 0;
  for (const count of counts.values()) {
    const p = count / token.length;
    bitsPerChar -= p * Math.log2(p);
  }
  const bits = Math.floor(bitsPerChar * token.length);
  if (bits < minEntropyBits)
    return `it is too predictable (about ${bits} bits; ${minEntropyBits} or more needed)`;
  return null;
}
