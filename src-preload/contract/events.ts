import type { ScanProgress, ScanSummary } from './models';
import type { DownloadJob, DownloadSettings, JobProgress, JobsChanged } from './downloads';
import type { DiscoveryRun, YoutubeLane } from './discovery';
import type { InstallProgress, ToolsStatus } from './tools';
import type { LogEntry } from './diagnostics';
import type { ArrSyncProgress } from './connections';

/** Events main pushes to every window or WebSocket client. */
export interface EventPayloads {
  /** Library folders or titles changed: lists should refetch. */
  'library:changed': { rootIds: number[] };
  /** A scan moved on; coalesced to a few per second. */
  'scan:progress': ScanProgress;
  /** A scan ended, with its summary. */
  'scan:finished': ScanSummary;
  /** Trailer profiles were created, changed or deleted: lists should refetch. */
  'profiles:changed': { profileIds: number[] };
  /** Jobs were added or changed status (written to the database): their ids and the new counts. */
  'downloads:changed': JobsChanged;
  /** Live progress of the running jobs, several times a second while any runs. */
  'downloads:progress': { progress: JobProgress[] };
  /** Jobs that just completed or failed for good: toasts and notifications. */
  'downloads:finished': { jobs: DownloadJob[] };
  /** The queue's settings changed (Pause all, concurrency…). */
  'downloads:settingsChanged': DownloadSettings;
  /** A title's trailers changed (a download completed, a file was deleted): tables should refetch. */
  'media:trailersChanged': { mediaIds: number[] };
  /** A library run moved on (a few times a second at most) or ended. */
  'discovery:runChanged': DiscoveryRun;
  /** Titles were added to or removed from the "needs a choice" list. */
  'discovery:needsChoiceChanged': { mediaIds: number[] };
  /** YouTube was paused after a bot or sign-in check, or resumed. */
  'discovery:youtubeLaneChanged': YoutubeLane;
  /** A tool was found, set, installed or updated. */
  'tools:changed': ToolsStatus;
  /** The managed yt-dlp is being downloaded and checked. */
  'tools:installProgress': InstallProgress;
  /** New log entries (warnings and errors pushed at once, the rest a few times a second). */
  'logs:appended': { entries: LogEntry[] };
  /** Connections were added, edited, removed, tested or used: Settings should refetch them. */
  'connections:changed': { ids: number[] };
  /** A Radarr/Sonarr sync moved on (a few times a second at most), finished or failed. */
  'connections:syncProgress': ArrSyncProgress;
}

export type EventName = keyof EventPayloads;

export const eventNames = [
  'library:changed',
  'scan:progress',
  'scan:finished',
  'profiles:changed',
  'downloads:changed',
  'downloads:progress',
  'downloads:finished',
  'downloads:settingsChanged',
  'media:trailersChanged',
  'discovery:runChanged',
  'discovery:needsChoiceChanged',
  'discovery:youtubeLaneChanged',
  'tools:changed',
  'tools:installProgress',
  'logs:appended',
  'connections:changed',
  'connections:syncProgress',
] as const satisfies readonly EventName[];
