// The one redaction of secrets in text the app writes down: every log entry (so the log files and
// the Logs page hold redacted text) and the diagnostics report. Patterns catch secrets by their
// shape wherever they come from (URLs, headers, command lines); `known` catches the values the app
// holds (the TMDB key, the cookies file) in any other wording.

const hidden = '[redacted]';

/** Query parameters and cookie names whose values are secrets. */
const secretParams = [
  'token',
  'td_token',
  'api_key',
  'apikey',
  'key',
  'access_token',
  'refresh_token',
  'client_secret',
  'password',
  'passwd',
  'auth',
  'sig',
  'signature',
  'x-plex-token',
  'x-api-key',
].join('|');

/** HTTP headers whose values are secrets, as `Name: value` or `"Name": "value"`. */
const secretHeaders = [
  'authorization',
  'proxy-authorization',
  'x-api-key',
  'x-plex-token',
  'x-emby-token',
  'cookie',
].join('|');

/** A shell-quoted argument as quoteCommandLine writes it ('Jo'\''s file'), or a double-quoted one. */
const quoted = `'(?:[^']|'\\\\'')*'|"[^"]*"`;

const rules: [RegExp, string][] = [
  // name=value in URLs, cookies and command lines: ?api_key=…, &X-Plex-Token=…, td_token=…
  [new RegExp(`(^|[?&;\\s'"(])(${secretParams})=[^&;\\s'"]+`, 'gi'), `$1$2=${hidden}`],
  // A password in a URL: scheme://user:password@host
  [/([a-z][a-z0-9+.-]*:\/\/[^/\s:@'"]+:)[^@\s/'"]+@/gi, `$1${hidden}@`],
  // Headers, in a request dump or in JSON; the whole value (Bearer …, Basic …, MediaBrowser Token=…).
  [
    new RegExp(
      `((?:^|[\\s{,'"])["']?(?:${secretHeaders})["']?\\s*[:=]\\s*)("[^"]*"|'[^']*'|[^\\n,}]+)`,
      'gim',
    ),
    `$1${hidden}`,
  ],
  // yt-dlp's cookies file, quoted or not. Unattached, only a value that looks like a path: yt-dlp's
  // own hint "use --cookies for the authentication" stays readable.
  [new RegExp(`(--cookies=)(${quoted}|\\S+)`, 'g'), `$1${hidden}`],
  [new RegExp(`(--cookies\\s+)(${quoted}|[^\\s'"]*[/\\\\.~][^\\s'"]*)`, 'g'), `$1${hidden}`],
  // --cookies-from-browser firefox:/path/to/profile: the browser's name may stay, its profile path goes.
  [/(--cookies-from-browser(?:\s+|=)'?[a-z]+)(?:\+[^\s:']*)?(:[^\s']+)'?/gi, `$1:${hidden}`],
];

/** Values shorter than this are not looked for as "known": they would hit ordinary words. */
const minKnownLength = 6;

/** `text` with every secret replaced by "[redacted]"; `known` are secret values to hide wherever they appear. */
export function redactSecrets(text: string, known: readonly (string | null | undefined)[] = []): string {
  let result = text;
  for (const value of known) {
    if (value && value.length >= minKnownLength) result = result.split(value).join(hidden);
  }
  for (const [pattern, replacement] of rules) result = result.replace(pattern, replacement);
  return result;
}
