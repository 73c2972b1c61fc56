import { z } from 'zod';

// The programs Trailerdeck runs (yt-dlp, ffmpeg, ffprobe): where each was found, its version, and
// the copy of yt-dlp Trailerdeck manages itself in its data folder.

export const toolNames = ['ytdlp', 'ffmpeg', 'ffprobe'] as const;
export type ToolName = (typeof toolNames)[number];

/** Where a tool was found, in the order they are tried. */
export type ToolSource = 'settings' | 'managed' | 'system' | 'bundled';

export interface ToolInfo {
  name: ToolName;
  /** What the person reads: "yt-dlp", "ffmpeg", "ffprobe". */
  label: string;
  path: string | null;
  source: ToolSource | null;
  version: string | null;
  /** What is wrong (not found, does not run), or null when the tool works. */
  problem: string | null;
  /** A tool that works but is too old to rely on (a yt-dlp months old), in plain words; else null. */
  outdated: string | null;
  /** What to do about the problem, or about the tool being outdated. */
  fix: string | null;
}

export const ytdlpChannels = ['stable', 'nightly'] as const;
export type YtdlpChannel = (typeof ytdlpChannels)[number];

export interface ToolsSettings {
  /** Paths set by the person; null = look for the tool. */
  paths: Record<ToolName, string | null>;
  ytdlpChannel: YtdlpChannel;
  /** Look for a newer yt-dlp at start-up (only the managed copy is updated, and only when asked). */
  checkAtStartup: boolean;
  /** Where releases are downloaded from; null = the official GitHub releases of the channel. */
  releaseBaseUrl: string | null;
}

export interface ToolsStatus {
  tools: ToolInfo[];
  settings: ToolsSettings;
  /** The managed yt-dlp's version and the newest one seen, when a check ran. */
  managedYtdlp: {
    path: string;
    version: string | null;
    /** The last check found a different build in the release than the managed copy. */
    updateAvailable: boolean;
    checkedAt: string | null;
  };
  /** ffmpeg is missing: profiles that need merging or remuxing get single-file downloads instead. */
  ffmpegMissing: boolean;
  /** An install or update in progress. */
  installing: boolean;
}

export interface InstallProgress {
  receivedBytes: number;
  totalBytes: number | null;
  phase: 'downloading' | 'verifying' | 'done' | 'failed';
  message: string | null;
}

const toolPath = z
  .string()
  .trim()
  .min(1, 'Enter the path of the program, or clear it to let Trailerdeck look for it.')
  .max(4096)
  .refine((p) => !p.includes('\0'), 'A path cannot contain a NUL character.');

export const toolsSettingsPatchSchema = z.strictObject({
  path: z.strictObject({ tool: z.enum(toolNames), value: toolPath.nullable() }).optional(),
  ytdlpChannel: z.enum(ytdlpChannels).optional(),
  checkAtStartup: z.boolean().optional(),
  releaseBaseUrl: z
    .string()
    .trim()
    .url('Enter a web address such as https://github.com/yt-dlp/yt-dlp/releases/latest/download')
    .refine((u) => /^https?:\/\//i.test(u), 'Only http and https addresses.')
    .nullable()
    .optional(),
});
