import { describe, expect, it } from 'vitest';
import { quoteCommandLine } from './app-log';
import { redactSecrets } from './redact';

describe('redactSecrets', () => {
  it.each([
    [
      'a token in an address',
      'GET http://127.0.0.1:9/?token=abc123&x=1',
      'GET http://127.0.0.1:9/?token=[redacted]&x=1',
    ],
    [
      'TMDB api_key',
      'https://api.themoviedb.org/3/movie/603?api_key=0123abcd&language=en',
      'https://api.themoviedb.org/3/movie/603?api_key=[redacted]&language=en',
    ],
    [
      'a Plex token in a query',
      'http://plex:32400/library?X-Plex-Token=PLEXSECRET',
      'http://plex:32400/library?X-Plex-Token=[redacted]',
    ],
    ['the session cookie', 'Cookie td_token=zzz; theme=dark', 'Cookie td_token=[redacted]; theme=dark'],
    [
      'a password in a URL',
      'proxy https://me:hunter2@proxy.lan:3128/',
      'proxy https://me:[redacted]@proxy.lan:3128/',
    ],
    ['a bearer header', 'Authorization: Bearer eyJhbGciOi.x.y', 'Authorization: [redacted]'],
    ['an X-Api-Key header', 'X-Api-Key: 5f2c1d0e9a', 'X-Api-Key: [redacted]'],
    [
      'an X-Plex-Token header in JSON',
      '{"X-Plex-Token":"abc","Accept":"json"}',
      '{"X-Plex-Token":[redacted],"Accept":"json"}',
    ],
    ['a cookies file', 'yt-dlp --cookies /home/me/cookies.txt -- URL', 'yt-dlp --cookies [redacted] -- URL'],
    [
      'a quoted cookies file',
      "yt-dlp --cookies '/home/me/my cookies.txt' --",
      'yt-dlp --cookies [redacted] --',
    ],
    ['an attached cookies file', 'yt-dlp --cookies=/c.txt', 'yt-dlp --cookies=[redacted]'],
    [
      'a browser profile path',
      'yt-dlp --cookies-from-browser firefox:/home/me/.mozilla/x --',
      'yt-dlp --cookies-from-browser firefox:[redacted] --',
    ],
  ])('hides %s', (_what, text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  it.each([
    "ERROR: Sign in to confirm you're not a bot. Use --cookies-from-browser or --cookies for the authentication.",
    'Scanned /media/movies: 3 new titles, 2 trailers, 0 issues.',
    'http://127.0.0.1:8080/assets/index.js',
    'yt-dlp --cookies-from-browser firefox -- URL',
  ])('leaves ordinary text as it is: %s', (text) => {
    expect(redactSecrets(text)).toBe(text);
  });

  it('hides the secret values the app holds, wherever they appear', () => {
    const key = 'super-secret-tmdb-key';
    expect(redactSecrets(`TMDB refused the key ${key}.`, [key, null, 'ab'])).toBe(
      'TMDB refused the key [redacted].',
    );
  });

  it('hides the cookies file of a quoted command line as the log writes it', () => {
    const line = quoteCommandLine('yt-dlp', [
      '--cookies',
      "/home/me/Jo's cookies.txt",
      '--',
      'https://youtu.be/x',
    ]);
    expect(redactSecrets(line)).toBe('yt-dlp --cookies [redacted] -- https://youtu.be/x');
  });
});
