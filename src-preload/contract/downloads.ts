import { z } from 'zod';
import type { VideoSlot } from './video-kinds';
import type { ScoreReason } from './discovery';
import { downloadSettingBounds, type JobStatus } from './values';
import { wholeNumber } from './whole-number';

// The download queue as the window sees it: jobs, their live progress and the queue's settings.

export { activeJobStatuses, jobStatuses, type JobStatus } from './values';

/** Codes the UI can explain; the download classifier's plus the checks after the download. */
export const jobErrorCodes = [
  'SIGN_IN_REQUIRED',
  'AGE_RESTRICTED',
  'BOT_CHECK',
  'PRIVATE_VIDEO',
  'MEMBERS_ONLY',
  'GEO_RESTRICTED',
  'VIDEO_UNAVAILABLE',
  'NOT_FOUND',
  'UNSUPPORTED_URL',
  'FORMAT_UNAVAILABLE',
  'FFMPEG_MISSING',
  'DISK_FULL',
  'PERMISSION_DENIED',
  'RATE_LIMITED',
  'SERVER_ERROR',
  'FORBIDDEN',
  'OFFLINE',
  'CONNECTION_FAILED',
  'INCOMPLETE',
  'BAD_ARGUMENTS',
  'INTERRUPTED',
  'VERIFICATION_FAILED',
  'TITLE_FOLDER_MISSING',
  'TOOL_MISSING',
  /** Conversion, loudness or trimming failed, or its result did not pass the check. */
  'PROCESSING_FAILED',
  /** An Upgrade's file on disk is gone, not a regular file, or (real path) outside its title folder. */
  'SOURCE_FILE_REFUSED',
  'UNKNOWN',
] as const;
export type JobErrorCode = (typeof jobErrorCodes)[number];

export interface DownloadJob {
  id: number;
  mediaId: number;
  mediaTitle: string;
  mediaYear: number | null;
  profileId: number | null;
  /** Kept when the profile is deleted later, so history still reads well. */
  profileName: string;
  sourceUrl: string;
  /** The YouTube id when the source is a YouTube video. */
  videoId: string | null;
  status: JobStatus;
  /** Download attempts started so far (retries included). */
  attempts: number;
  maxAttempts: number;
  errorCode: JobErrorCode | null;
  errorMessage: string | null;
  /** What the person can do about the error (a cookies file for sign-in checks, say). */
  errorHint: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** When a queued job waits before its next attempt (backoff after a transient error). */
  nextAttemptAt: string | null;
  /** Where the trailer was filed, once completed. */
  finalPath: string | null;
  /** The trailer row the job produced, once completed. */
  downloadId: number | null;
  /** Why this video was queued, without the reasons (`downloads:choice` has them); null for old jobs. */
  choice: JobChoiceSummary | null;
  /** The video it fills: a trailer, a featurette, a season's trailer, in a language. */
  slot: VideoSlot;
}

/**
 * Where a queued video came from: the link set on the title, the NFO, TMDB, a YouTube search, a
 * link the person pasted when asking for the download, or the library's own file (Upgrade converts).
 */
export const jobChoiceSources = [
  'manual',
  'nfo',
  'radarr',
  'tmdb',
  'youtube-search',
  'pasted',
  /** The audit's Upgrade converting the file already on disk: no video was chosen or fetched. */
  'library-file',
] as const;
export type JobChoiceSource = (typeof jobChoiceSources)[number];

/** Who picked it: "Download missing trailers" on its own, or the person. */
export const jobChoosers = ['run', 'person'] as const;
export type JobChooser = (typeof jobChoosers)[number];

export interface JobChoiceSummary {
  source: JobChoiceSource;
  chosenBy: JobChooser;
  /** 0–100 as ranked when it was queued; null when nothing was ranked (a pasted link). */
  score: number | null;
  /** The profile's minimum score for unattended downloads at that time; null with no score. */
  minScore: number | null;
}

/** Everything recorded about the choice, for the job's details and the title page. */
export interface JobChoice extends JobChoiceSummary {
  /** The video's title as the source named it. */
  title: string | null;
  /** The same labels and points Find trailer showed. */
  reasons: ScoreReason[];
  /** False when the stored reasons could not be read back (they are then left out). */
  reasonsReadable: boolean;
}

/** Live progress of a job that is downloading or processing; held in memory, never stored. */
/** What the processing stage does now: check the download, measure it, convert it, file it. */
/** 'copying': an Upgrade that converts a file on disk takes it from the library (no download). */
export const processingSteps = ['copying', 'verifying', 'measuring', 'converting', 'filing'] as const;
export type ProcessingStep = (typeof processingSteps)[number];

export interface JobProgress {
  jobId: number;
  phase: 'downloading' | 'processing';
  /** While processing: its step (percent and etaSeconds are then the step's); null while downloading. */
  step: ProcessingStep | null;
  /** ffmpeg's speed as a multiple of real time while measuring or converting ("2.1×"). */
  encodeSpeed: number | null;
  downloadedBytes: number;
  /** Exact size when the server said so, else yt-dlp's estimate, else null. */
  totalBytes: number | null;
  totalIsEstimate: boolean;
  /** 0–100, null when the size is unknown. */
  percent: number | null;
  /** Bytes per second. */
  speed: number | null;
  /** Seconds left. */
  etaSeconds: number | null;
  fragmentIndex: number | null;
  fragmentCount: number | null;
  /**
   * A merge downloads its video and audio one after the other: which of them is downloading
   * (1-based) and what it carries. Null for a single file. Bytes and percent are the whole's.
   */
  partIndex: number | null;
  partCount: number | null;
  partKind: 'video' | 'audio' | 'both' | null;
}

export const jobFilters = ['active', 'completed', 'failed', 'all'] as const;
export type JobFilter = (typeof jobFilters)[number];

/** How many jobs each Activity tab holds. */
export type JobFilterCounts = Record<JobFilter, number>;

/** Active jobs by state, for the tray. */
export interface ActiveJobCounts {
  /** Downloading or processing. */
  running: number;
  queued: number;
  paused: number;
}

/** A job that was added or changed status: enough for a reader to tell whether it cares. */
export interface JobChange {
  id: number;
  mediaId: number;
  status: JobStatus;
}

/**
 * `downloads:changed`: which jobs changed (never their rows: a reader that shows them asks for
 * them) and the counts the tabs, the badge and the tray show, as they are after the change.
 */
export interface JobsChanged {
  changes: JobChange[];
  counts: JobFilterCounts;
  active: ActiveJobCounts;
}

/** The most rows one `downloads:window` request returns. */
export const jobWindowMaxLimit = 500;

/** One page of the Activity list in its filter, newest first, with the filter's total and every tab's count. */
export interface JobWindow {
  rows: DownloadJob[];
  /** Where `rows` start in the filter's list. */
  offset: number;
  total: number;
  counts: JobFilterCounts;
}

export interface DownloadSettings {
  /** Downloads running at the same time. */
  concurrency: number;
  /** Seconds between two YouTube downloads, so a whole-library run is not taken for a bot. */
  youtubePauseSeconds: number;
  /** Attempts for transient errors (connection lost, timeouts, 429, 5xx) before the job fails. */
  maxAttempts: number;
  /** Every job, paused by "Pause all" (tray or Activity page) until "Resume all". */
  allPaused: boolean;
}

export const downloadSettingsSchema = z.strictObject({
  concurrency: wholeNumber(downloadSettingBounds.concurrency),
  youtubePauseSeconds: wholeNumber(downloadSettingBounds.youtubePauseSeconds),
  maxAttempts: wholeNumber(downloadSettingBounds.maxAttempts),
});

/** Titles a bulk queueing left out for one reason: how many, and why in a few words. */
export interface EnqueueSkips {
  /** NOT_IN_LIBRARY, NO_LINK, ALREADY_QUEUED, or the code of the error that refused the title. */
  code: string;
  /** Lower-case words for a toast: "no trailer link known". */
  reason: string;
  count: number;
}

/** What a bulk queueing did, in counts (it may cover 80,000 titles): the jobs are on the Activity page. */
export interface EnqueueManyResult {
  queued: number;
  skipped: EnqueueSkips[];
}
