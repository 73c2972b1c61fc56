// Plain values that main and the window share: lists and limits, no schemas. The window may import
// this one module of the contract at run time (eslint.config.mjs), so it imports nothing: the
// window gets the values without zod, and there is one copy of each.

/** Log levels, mildest first. */
export const logLevels = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof logLevels)[number];

/** A whole number's limits, with what to say when a value is outside them. */
export interface WholeNumberBounds {
  min: number;
  max: number;
  below: string;
  above: string;
}

export const jobStatuses = [
  'queued',
  'downloading',
  'processing',
  'completed',
  'failed',
  'cancelled',
  'paused',
] as const;
export type JobStatus = (typeof jobStatuses)[number];

/** The statuses a job can still move on from by itself: shown as "active" in the Activity page. */
export const activeJobStatuses = [
  'queued',
  'downloading',
  'processing',
  'paused',
] as const satisfies readonly JobStatus[];

export const downloadSettingBounds = {
  concurrency: {
    min: 1,
    max: 6,
    below: 'At least one download at a time',
    above: 'At most 6 downloads at a time',
  },
  youtubePauseSeconds: {
    min: 0,
    max: 3600,
    below: 'The pause cannot be negative',
    above: 'The pause is at most an hour',
  },
  maxAttempts: { min: 1, max: 10, below: 'At least one attempt', above: 'At most 10 attempts' },
} as const satisfies Record<string, WholeNumberBounds>;

export const discoverySettingBounds = {
  searchResults: { min: 1, max: 30, below: 'At least one result', above: 'At most 30 results per search' },
  scheduleHours: { min: 1, max: 24 * 30, below: 'At least every hour', above: 'At most every 30 days' },
} as const satisfies Record<string, WholeNumberBounds>;

/** Browsers yt-dlp can read cookies from. */
export const cookieBrowsers = [
  'firefox',
  'chrome',
  'chromium',
  'edge',
  'brave',
  'opera',
  'safari',
  'vivaldi',
] as const;

/** Words that mark a video as something other than the trailer; every new profile starts with them. */
export const defaultExcludeWords: readonly string[] = [
  'reaction',
  'review',
  'breakdown',
  'explained',
  'fan-made',
  'fan made',
  'fanmade',
  'concept',
  'parody',
  'tv spot',
  'clip',
  'featurette',
  'behind the scenes',
  'making of',
  'music video',
  // German, French, Spanish equivalents (a German reaction video says "Reaktion", not "reaction").
  'reaktion',
  'réaction',
  'reacción',
  'kritik',
  'critique',
  'crítica',
  'analyse',
  'análisis',
  'erklärt',
  'explication',
  'extrait',
];

export const defaultSearchTemplate = '{title} {year} official trailer';

/** Tokens the YouTube search template may use. */
export const searchTokens = ['title', 'year', 'language', 'type'] as const;

/** The largest hand-picked selection; "all matching" travels as its filter instead of its ids. */
export const maxPickedTitles = 5000;

/**
 * A language code as profiles store it: ISO 639-1/639-2 in lower case ("de", "deu"), optionally
 * with a region or script as YouTube writes them ("pt-BR", "zh-Hans").
 */
export const languageCodePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * What the quality audit finds in a trailer or extra, from the facts recorded when it was probed
 * (no re-probe). Letterboxing and loudness are judged only where processing measured them.
 */
export const auditProblems = [
  'missing-file',
  'broken',
  'low-resolution',
  'portrait',
  'no-audio',
  'unwanted-video-codec',
  'unwanted-audio-codec',
  'wrong-language',
  'letterboxed',
  'too-quiet',
  'too-loud',
] as const;

export type AuditProblem = (typeof auditProblems)[number];

/** The most files a hand-picked Upgrade names; "all in this filter" sends the filter instead. */
export const auditUpgradeMaxIds = 500;

/** How far (LU) a measured file may be from its profile's loudness target before it is flagged. */
export const auditLoudnessTolerance = 2;
/**
 * Without a target, only the clear outliers are flagged: 4 LU under EBU R128's broadcast level
 * (-23 LUFS), 5 LU over streaming's (-14 LUFS). Trailers are mixed loud; a narrower band would flag
 * most of them.
 */
export const auditLoudnessBand = { quietBelow: -27, loudAbove: -9 } as const;
/** A picture inside black bars under this share of the frame's area is "letterboxed" (see audit-store). */
export const auditLetterboxArea = 0.75;

/** The filter's names for each problem. */
export const auditProblemLabels: Readonly<Record<AuditProblem, string>> = {
  'missing-file': 'Missing file',
  broken: 'Broken',
  'low-resolution': 'Low resolution',
  portrait: 'Portrait',
  'no-audio': 'No audio',
  'unwanted-video-codec': 'Video codec',
  'unwanted-audio-codec': 'Audio codec',
  'wrong-language': 'Wrong language',
  letterboxed: 'Letterboxed',
  'too-quiet': 'Too quiet',
  'too-loud': 'Too loud',
};
