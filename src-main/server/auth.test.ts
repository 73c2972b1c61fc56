import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { generateToken, readCookie, tokensMatch } from './auth';

const withCookie = (cookie: string) => ({ headers: { cookie } }) as IncomingMessage;

describe('auth', () => {
  it('generates long, distinct tokens', () => {
    const a = generateToken();
    expect(a.length).toBeGreaterThanOrEqual(32);
    expect(generateToken()).not.toBe(a);
  });

  it('matches only the exact token', () => {
    expect(tokensMatch('secret-token', 'secret-token')).toBe(true);
    expect(tokensMatch('secret-token', 'secret-token2')).toBe(false);
    expect(tokensMatch('secret-token', '')).toBe(false);
    expect(tokensMatch('secret-token', null)).toBe(false);
  });

  it('reads one cookie among several and survives bad encoding', () => {
    expect(readCookie(withCookie('a=1; td_token=abc%20d; b=2'), 'td_token')).toBe('abc d');
    expect(readCookie(withCookie('td_token=%E0%A4%A'), 'td_token')).toBeNull();
    expect(readCookie(withCookie('other=1'), 'td_token')).toBeNull();
  });
});
