import { describe, expect, it } from 'vitest';
import { ProcessFailed } from '../process/process-errors';
import { runProcess } from '../process/run-process';
import { classifyYtdlpFailure, type DownloadErrorCode } from './ytdlp-errors';
import { closedPort } from '../../../e2e/support/closed-port';

// stderr in yt-dlp's own wording. The loopback ones are recorded from 2023.03.04; the YouTube ones are
// what YouTube and yt-dlp print for those cases (run-ytdlp.test.ts checks the loopback ones live).
const cases: [string, DownloadErrorCode, boolean][] = [
  [
    "ERROR: [youtube] abc: Private video. Sign in if you've been granted access to this video",
    'PRIVATE_VIDEO',
    false,
  ],
  [
    'ERROR: [youtube] abc: Sign in to confirm your age. This video may be inappropriate for some users.',
    'AGE_RESTRICTED',
    false,
  ],
  [
    'ERROR: [youtube] abc: Sign in to confirm you’re not a bot. This helps protect our community. Learn more',
    'BOT_CHECK',
    false,
  ],
  [
    'ERROR: [youtube] abc: Join this channel to get access to members-only content like this video, and other exclusive perks.',
    'MEMBERS_ONLY',
    false,
  ],
  [
    'ERROR: [youtube] abc: Video unavailable. The uploader has not made this video available in your country',
    'GEO_RESTRICTED',
    false,
  ],
  [
    'ERROR: [generic] abc: This video is not available from your location due to geo restriction',
    'GEO_RESTRICTED',
    false,
  ],
  [
    'ERROR: [youtube] abc: Video unavailable. This video has been removed by the uploader',
    'VIDEO_UNAVAILABLE',
    false,
  ],
  [
    'ERROR: [youtube] abc: Video unavailable. This video is no longer available because the YouTube account associated with this video has been terminated.',
    'VIDEO_UNAVAILABLE',
    false,
  ],
  [
    'ERROR: [vimeo] 123: This video is only available for registered users. Use --cookies, --cookies-from-browser, --username and --password, --netrc-cmd, or --netrc (vimeo) to provide account credentials',
    'SIGN_IN_REQUIRED',
    false,
  ],
  ['ERROR: unable to download video data: HTTP Error 404: Not Found', 'NOT_FOUND', false],
  [
    "ERROR: [generic] None: Unable to download webpage: HTTP Error 410: Gone (caused by <HTTPError 410: 'Gone'>); please report this issue on  https://github.com/yt-dlp/yt-dlp/issues?q= , filling out the appropriate issue template. Confirm you are on the latest version using  yt-dlp -U",
    'NOT_FOUND',
    false,
  ],
  ['ERROR: Unsupported URL: https://example.com/about', 'UNSUPPORTED_URL', false],
  [
    'ERROR: [youtube] abc: Requested format is not available. Use --list-formats for a list of available formats',
    'FORMAT_UNAVAILABLE',
    false,
  ],
  [
    'ERROR: You have requested merging of multiple formats but ffmpeg is not installed. Aborting due to --abort-on-error',
    'FFMPEG_MISSING',
    false,
  ],
  ['ERROR: unable to write data: [Errno 28] No space left on device', 'DISK_FULL', false],
  [
    "ERROR: unable to open for writing: [Errno 13] Permission denied: '/media/x.part'",
    'PERMISSION_DENIED',
    false,
  ],
  ['ERROR: unable to download video data: HTTP Error 429: Too Many Requests', 'RATE_LIMITED', true],
  ['ERROR: unable to download video data: HTTP Error 503: Service Unavailable', 'SERVER_ERROR', true],
  ['ERROR: unable to download video data: HTTP Error 502: Bad Gateway', 'SERVER_ERROR', true],
  ['ERROR: unable to download video data: HTTP Error 403: Forbidden', 'FORBIDDEN', true],
  [
    "ERROR: [generic] None: Unable to download webpage: <urlopen error [Errno 111] Connection refused> (caused by URLError(ConnectionRefusedError(111, 'Connection refused')))",
    'OFFLINE',
    true,
  ],
  [
    "ERROR: [generic] None: Unable to download webpage: <urlopen error [Errno -2] Name or service not known> (caused by URLError(gaierror(-2, 'Name or service not known')))",
    'OFFLINE',
    true,
  ],
  [
    'ERROR: [youtube] abc: Unable to download API page: <urlopen error [Errno 101] Network is unreachable>',
    'OFFLINE',
    true,
  ],
  [
    'ERROR: [youtube] abc: Unable to download API page: <urlopen error [Errno 11001] getaddrinfo failed>',
    'OFFLINE',
    true,
  ],
  ['ERROR: [download] Got error: [Errno 104] Connection reset by peer', 'CONNECTION_FAILED', true],
  ['ERROR: [download] Got error: The read operation timed out', 'CONNECTION_FAILED', true],
  [
    'ERROR: [youtube] abc: Unable to download API page: <urlopen error [Errno -3] Temporary failure in name resolution>',
    'OFFLINE',
    true,
  ],
  ['ERROR: [download] Got error: Downloaded 300000 bytes, expected 1096523 bytes', 'INCOMPLETE', true],
  [
    'ERROR: [download] Got error: IncompleteRead(300000 bytes read, 796523 more expected)',
    'INCOMPLETE',
    true,
  ],
  ['ERROR: Did not get any data blocks', 'INCOMPLETE', true],
];

describe('classifyYtdlpFailure', () => {
  it.each(cases)('%s → %s', (line, code, transient) => {
    const result = classifyYtdlpFailure(1, `[generic] Extracting URL: https://x\n${line}\n`);
    expect(result.code).toBe(code);
    expect(result.transient).toBe(transient);
    expect(result.message).not.toBe('');
  });

  it('tells people to use a cookies file for every sign-in check', () => {
    for (const code of ['AGE_RESTRICTED', 'BOT_CHECK', 'MEMBERS_ONLY', 'SIGN_IN_REQUIRED', 'PRIVATE_VIDEO']) {
      const line = cases.find(([, c]) => c === code)?.[0] ?? '';
      expect(classifyYtdlpFailure(1, line).hint).toMatch(/cookies file/);
    }
    expect(
      classifyYtdlpFailure(1, 'ERROR: unable to download video data: HTTP Error 404: Not Found').hint,
    ).toBe(undefined);
  });

  it('judges by the ERROR lines, not by warnings about things that did not fail', () => {
    const stderr = [
      'WARNING: [youtube] Sign in to confirm your age is not needed for this format',
      'ERROR: unable to download video data: HTTP Error 503: Service Unavailable',
    ].join('\n');
    expect(classifyYtdlpFailure(1, stderr).code).toBe('SERVER_ERROR');
  });

  it('keeps the error line of an unknown failure for the person, and does not retry it', () => {
    const result = classifyYtdlpFailure(
      1,
      'ERROR: Something new went wrong; please report this issue on  https://github.com/yt-dlp/yt-dlp/issues?q= , filling out',
    );
    expect(result).toEqual({
      code: 'UNKNOWN',
      transient: false,
      message: 'yt-dlp failed: Something new went wrong',
    });
    expect(classifyYtdlpFailure(1, '').message).toBe('yt-dlp failed with exit code 1.');
  });

  it('tells a rejected argument list and a killed process apart from a site failure', () => {
    expect(
      classifyYtdlpFailure(2, 'Usage: yt-dlp [OPTIONS] URL\n\nyt-dlp: error: no such option: --bogus').code,
    ).toBe('BAD_ARGUMENTS');
    expect(classifyYtdlpFailure(null, '')).toMatchObject({ code: 'INTERRUPTED', transient: true });
  });
});

describe('classifyYtdlpFailure on what the real yt-dlp prints when nothing can be reached', () => {
  async function realFailure(url: string): Promise<ProcessFailed> {
    const error: unknown = await runProcess({
      command: 'yt-dlp',
      args: ['--ignore-config', '--no-colors', '--encoding', 'utf-8', '--', url],
      timeoutMs: 25_000,
    }).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ProcessFailed);
    return error as ProcessFailed;
  }

  it.each([
    ['a closed loopback port', async () => `http://127.0.0.1:${await closedPort()}/trailer.mp4`],
    // .invalid never resolves (RFC 2606); with no DNS to the outside here it fails at once.
    ['a host name that does not resolve', () => Promise.resolve('http://nonexistent.invalid/trailer.mp4')],
  ])(
    'calls %s OFFLINE, with its own message and a hint',
    async (_, url) => {
      const failure = await realFailure(await url());
      const result = classifyYtdlpFailure(failure.exitCode, failure.stderrTail);
      expect(result).toMatchObject({ code: 'OFFLINE', transient: true });
      expect(result.message).toBe(
        'The site cannot be reached: there is no internet connection, or its address cannot be found.',
      );
      expect(result.hint).toMatch(/internet connection/);
    },
    30_000,
  );
});
