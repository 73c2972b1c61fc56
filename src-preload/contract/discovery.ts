import { z } from 'zod';
import { cookieBrowsers, discoverySettingBounds } from './values';
import { wholeNumber } from './whole-number';

// Finding the right trailer: candidates with their reasons, the review list, library runs, and
// the YouTube lane that pauses the whole app when YouTube asks whether we are a bot.

export type CandidateSource = 'manual' | 'nfo' | 'radarr' | 'tmdb' | 'youtube-search';

export interface ScoreReason {
  /** For a person: "Year 1999 matches", "Says 'reaction'". */
  label: string;
  /** What it added or took away. */
  points: number;
}

export interface TrailerCandidate {
  /** The YouTube id, or the link for other sites: what a rejection is remembered by. */
  key: string;
  url: string;
  videoId: string | null;
  title: string;
  channel: string | null;
  durationSeconds: number | null;
  viewCount: number | null;
  thumbnailUrl: string | null;
  source: CandidateSource;
  /** 0–100. */
  score: number;
  reasons: ScoreReason[];
  /** Not a trailer (parody, fan-made…) or maybe a namesake's: never queued without the person. */
  neverUnattended: boolean;
  /** The right video in the profile's first language (ranked before the others); omitted: not known to be. */
  firstLanguage?: boolean;
}

export interface CandidateSearch {
  mediaId: number;
  profileId: number;
  profileName: string;
  /** The video searched for (slotKey) and its label ("Featurette · Season 2 · German"). */
  slot: string;
  slotLabel: string;
  /** The slots the person may search for this title instead: the profile's, then every type. */
  slotChoices: { key: string; label: string }[];
  /** Best first; rejected and failed candidates are left out. */
  candidates: TrailerCandidate[];
  /** The profile's minimum score for unattended downloads. */
  minScore: number;
  /** The YouTube search that ran, if one did. */
  query: string | null;
  /** What could not be asked and why (TMDB refused the key, YouTube paused…). */
  warnings: string[];
}

export type DiscoveryOutcome = 'queued' | 'needs-choice' | 'no-candidates' | 'satisfied' | 'error';

/** A title whose best candidate scored below the profile's minimum: the person chooses. */
export interface NeedsChoice {
  mediaId: number;
  mediaTitle: string;
  mediaYear: number | null;
  profileId: number;
  profileName: string;
  /** The video this result is for (slotKey: `trailer`, `featurette/s2@de`…). */
  slot: string;
  /** The same for a person: "Featurette · Season 2 · German" (slotLabel). */
  slotLabel: string;
  outcome: 'needs-choice' | 'no-candidates' | 'error';
  bestScore: number | null;
  bestTitle: string | null;
  message: string | null;
  checkedAt: string;
}

/** A page of the Review list (newest check first), with the rows and titles in the whole list. */
export interface NeedsChoiceWindow {
  rows: NeedsChoice[];
  /** Where `rows` start in the list. */
  offset: number;
  /** Rows in the list: one per title, profile and video (slot). */
  total: number;
  /** Titles in the list (the sidebar's badge). */
  titles: number;
}

/** A "Download missing trailers" run over the library or a selection. */
export interface DiscoveryRun {
  running: boolean;
  /** Titles asked about (the library's monitored titles, or the selection). */
  titles: number;
  /** Enabled profiles each title is searched for. */
  profiles: number;
  /** Searches, one per title and profile: `done` of `total`, and the counts below, count these. */
  total: number;
  done: number;
  /** Downloads queued: one per video (slot) a title lacked for a profile. */
  queued: number;
  /** Searches (title and profile) with at least one video left for the person to choose. */
  needsChoice: number;
  /** Distinct titles with at least one search waiting for a choice. */
  needsChoiceTitles: number;
  satisfied: number;
  failed: number;
  startedAt: string | null;
  finishedAt: string | null;
  /** Why the run ended before its last title (no internet connection); the rest were not searched. */
  stopped: string | null;
}

export interface YoutubeLane {
  paused: boolean;
  /** What YouTube said, in plain words. */
  reason: string | null;
  since: string | null;
}

export interface DiscoverySettings {
  /** A TMDB API key (v3) or read access token (v4) is set; the key itself never leaves main. */
  tmdbKeySet: boolean;
  tmdbBaseUrl: string;
  /** Results asked from one YouTube search. */
  searchResults: number;
  /** Passed to yt-dlp as --cookies for sign-in and bot checks. */
  cookiesFile: string | null;
  /** Passed as --cookies-from-browser (firefox, chrome, …). */
  cookiesFromBrowser: string | null;
  /** Hours between unattended runs over the library; null = off. */
  scheduleHours: number | null;
  lastScheduledRunAt: string | null;
  /** "Find trailer" may play a YouTube candidate in the window, which then contacts YouTube; off by default. */
  youtubePreview: boolean;
}

export { cookieBrowsers };

export const discoverySettingsPatchSchema = z.strictObject({
  /** An empty string clears the key. */
  tmdbApiKey: z.string().trim().max(400, 'That key is too long.').optional(),
  tmdbBaseUrl: z
    .string()
    .trim()
    .url('Enter a web address such as https://api.themoviedb.org/3')
    .refine((u) => /^https?:\/\//i.test(u), 'Only http and https addresses.')
    .optional(),
  searchResults: wholeNumber(discoverySettingBounds.searchResults).optional(),
  cookiesFile: z
    .string()
    .max(4096)
    .refine((p) => !p.includes('\0'), 'A path cannot contain a NUL character.')
    .nullable()
    .optional(),
  cookiesFromBrowser: z.enum(cookieBrowsers).nullable().optional(),
  scheduleHours: wholeNumber(discoverySettingBounds.scheduleHours).nullable().optional(),
  youtubePreview: z.boolean().optional(),
});
