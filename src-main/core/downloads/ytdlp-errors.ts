// Why a yt-dlp run failed, from its exit code and the end of its stderr: a table of rules, first
// match wins. Transient failures are worth retrying later; permanent ones fail the job at once.

export type DownloadErrorCode =
  | 'SIGN_IN_REQUIRED'
  | 'AGE_RESTRICTED'
  | 'BOT_CHECK'
  | 'PRIVATE_VIDEO'
  | 'MEMBERS_ONLY'
  | 'GEO_RESTRICTED'
  | 'VIDEO_UNAVAILABLE'
  | 'NOT_FOUND'
  | 'UNSUPPORTED_URL'
  | 'FORMAT_UNAVAILABLE'
  | 'FFMPEG_MISSING'
  | 'DISK_FULL'
  | 'PERMISSION_DENIED'
  | 'RATE_LIMITED'
  | 'SERVER_ERROR'
  | 'FORBIDDEN'
  | 'OFFLINE'
  | 'CONNECTION_FAILED'
  | 'INCOMPLETE'
  | 'BAD_ARGUMENTS'
  | 'INTERRUPTED'
  | 'UNKNOWN';

export interface DownloadErrorClass {
  code: DownloadErrorCode;
  transient: boolean;
  /** For a person: what happened. */
  message: string;
  /** For a person: what they can do about it. */
  hint?: string;
}

interface Rule extends DownloadErrorClass {
  pattern: RegExp;
}

const cookiesHint =
  'The site wants a signed-in visitor. Export a cookies file from a browser where you are signed in ' +
  'and set it in Settings.';

// Order matters: the specific YouTube reasons come before the generic "Video unavailable" they are
// often appended to, and HTTP codes before the connection errors that may wrap them.
const rules: readonly Rule[] = [
  {
    pattern: /not a bot/i,
    code: 'BOT_CHECK',
    transient: false,
    message: 'The site asked to confirm this is not a bot.',
    hint: `${cookiesHint} Downloading fewer trailers at a time also helps.`,
  },
  {
    pattern: /confirm your age|age[- ]restricted|inappropriate for some users/i,
    code: 'AGE_RESTRICTED',
    transient: false,
    message: 'This video is age-restricted.',
    hint: cookiesHint,
  },
  {
    pattern: /private video|this video is private/i,
    code: 'PRIVATE_VIDEO',
    transient: false,
    message: 'This video is private.',
    hint: 'If your account has been given access, use a cookies file from a browser where you are signed in.',
  },
  {
    pattern: /members[- ]only|join this channel|available to this channel's members/i,
    code: 'MEMBERS_ONLY',
    transient: false,
    message: 'This video is only for the channel’s paying members.',
    hint: cookiesHint,
  },
  {
    pattern: /available in your country|geo[- ]?restrict|not available from your location/i,
    code: 'GEO_RESTRICTED',
    transient: false,
    message: 'This video is not available in your country.',
  },
  {
    pattern: /sign in|log ?in required|login details are needed|use --cookies/i,
    code: 'SIGN_IN_REQUIRED',
    transient: false,
    message: 'The site only shows this video to signed-in visitors.',
    hint: cookiesHint,
  },
  {
    pattern: /video unavailable|has been removed|no longer available|account .* terminated/i,
    code: 'VIDEO_UNAVAILABLE',
    transient: false,
    message: 'This video has been removed or is unavailable.',
  },
  {
    pattern: /HTTP Error (?:404|410)\b/,
    code: 'NOT_FOUND',
    transient: false,
    message: 'The server says there is nothing at this address (HTTP 404/410).',
  },
  {
    pattern: /Unsupported URL/,
    code: 'UNSUPPORTED_URL',
    transient: false,
    message: 'No video was found at this address.',
  },
  {
    pattern: /requested format (?:is )?not available/i,
    code: 'FORMAT_UNAVAILABLE',
    transient: false,
    message: 'None of the video formats fits this trailer profile.',
    hint: 'Allow a higher resolution or another codec in the profile.',
  },
  {
    pattern: /ffmpeg (?:is )?not (?:installed|found)|ffprobe and ffmpeg not found/i,
    code: 'FFMPEG_MISSING',
    transient: false,
    message: 'ffmpeg is needed to combine video and audio, and it was not found.',
  },
  {
    pattern: /No space left on device|Errno 28\b/,
    code: 'DISK_FULL',
    transient: false,
    message: 'The disk is full.',
  },
  {
    pattern: /Permission denied|Errno 13\b|Read-only file system/,
    code: 'PERMISSION_DENIED',
    transient: false,
    message: 'A folder the download needs cannot be written to.',
  },
  {
    pattern: /HTTP Error 429\b|Too Many Requests/,
    code: 'RATE_LIMITED',
    transient: true,
    message: 'The site is limiting downloads for now (HTTP 429).',
  },
  {
    pattern: /HTTP Error 5\d\d\b/,
    code: 'SERVER_ERROR',
    transient: true,
    message: 'The site had a server error.',
  },
  {
    // On YouTube a 403 mid-download usually means the signed link expired; a fresh run gets a new one.
    pattern: /HTTP Error 403\b/,
    code: 'FORBIDDEN',
    transient: true,
    message: 'The site refused the download (HTTP 403).',
  },
  {
    // Nothing was reached at all: the name did not resolve, nobody answered at the address, or
    // there is no route. Unlike a connection lost mid-way, the person's network (or the address)
    // is the problem, and every other site will fail the same way until it is fixed.
    pattern:
      /Temporary failure in name resolution|Name or service not known|nodename nor servname|No address associated with hostname|getaddrinfo failed|Errno (?:-2|-3|-5|11001|11002|11004)\b|Connection refused|Errno (?:61|111|10061)\b|Network is unreachable|No route to host|Errno (?:51|65|101|113|10051|10065)\b/i,
    code: 'OFFLINE',
    transient: true,
    message: 'The site cannot be reached: there is no internet connection, or its address cannot be found.',
    hint: 'Check the internet connection (and any proxy or VPN), then try again.',
  },
  {
    pattern:
      /Connection (?:reset|aborted)|timed out|Errno (?:104|110)\b|Remote end closed connection|EOF occurred in violation/i,
    code: 'CONNECTION_FAILED',
    transient: true,
    message: 'The connection to the site was lost.',
  },
  {
    pattern:
      /IncompleteRead|Downloaded \d+ bytes, expected \d+ bytes|Did not get any data blocks|content too short/i,
    code: 'INCOMPLETE',
    transient: true,
    message: 'The download stopped before the whole file arrived.',
  },
];

/**
 * Classifies a failed run. `exitCode` is null when the process was ended by a signal; yt-dlp exits
 * with 2 when it rejects its arguments, which is our bug, never the site's.
 */
export function classifyYtdlpFailure(exitCode: number | null, stderrTail: string): DownloadErrorClass {
  const errorText = errorLines(stderrTail);
  for (const { pattern, ...result } of rules) {
    if (pattern.test(errorText)) return result;
  }
  if (exitCode === 2 && /yt-dlp: error:|Usage:/.test(stderrTail)) {
    return { code: 'BAD_ARGUMENTS', transient: false, message: 'yt-dlp rejected its arguments.' };
  }
  if (exitCode === null) {
    return { code: 'INTERRUPTED', transient: true, message: 'yt-dlp was stopped before it finished.' };
  }
  const detail = lastErrorLine(stderrTail);
  // Unknown failures are not retried: retrying blindly is how a whole-library run trips bot checks.
  return {
    code: 'UNKNOWN',
    transient: false,
    message: detail ? `yt-dlp failed: ${detail}` : `yt-dlp failed with exit code ${exitCode}.`,
  };
}

/** The ERROR lines when there are any (warnings mention things that did not fail), else everything. */
function errorLines(stderrTail: string): string {
  const lines = stderrTail.split(/\r?\n/).filter((line) => /^ERROR:/.test(line));
  return lines.length > 0 ? lines.join('\n') : stderrTail;
}

function lastErrorLine(stderrTail: string): string {
  const lines = stderrTail.split(/\r?\n/).filter((line) => line.trim() !== '');
  const error = [...lines].reverse().find((line) => line.startsWith('ERROR:')) ?? lines[lines.length - 1];
  return (error ?? '')
    .replace(/^ERROR:\s*/, '')
    .replace(/;\s*please report this issue.*$/, '')
    .trim();
}
