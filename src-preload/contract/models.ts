// Shapes that cross the contract. Plain data only: they travel as JSON or structured clones.
import type { ProcessingRecord } from './processing-values';
import type { VideoType } from './video-kinds';

export type LibraryKind = 'movies' | 'series';
export type MediaKind = 'movie' | 'series';

export interface LibraryRoot {
  id: number;
  path: string;
  kind: LibraryKind;
  /** 'auto' when detected from the folder's contents, 'user' once the person picked it. */
  kindSource: 'auto' | 'user';
  addedAt: string;
  lastScanAt: string | null;
  /** False when the last scan could not reach the folder (an unmounted share, say). */
  reachable: boolean;
  titleCount: number;
  trailerCount: number;
  lastScan: ScanSummary | null;
}

export interface MediaSummary {
  id: number;
  rootId: number;
  kind: MediaKind;
  title: string;
  year: number | null;
  hasPoster: boolean;
  /** Usable trailers: the file still exists and is not broken. */
  trailerCount: number;
  /** Files named like a trailer that are not one (empty, unreadable, no video): never counted above. */
  brokenTrailerCount: number;
  /** The title's folder vanished at the last scan of a reachable root. */
  folderMissing: boolean;
  /** A trailer link or id is known (set by hand or from the NFO): it can be queued in bulk. */
  hasTrailerSource: boolean;
  addedAt: string;
  /** Usable videos beside the title's and the seasons' trailers (teasers, featurettes…). */
  extraCount: number;
  /** A series' season folders on disk (0 for a movie). */
  seasonCount: number;
  /** Of those seasons, how many have a usable trailer of their own. */
  seasonTrailerCount: number;
}

export interface MediaDetail extends MediaSummary {
  folderPath: string;
  imdbId: string | null;
  tmdbId: string | null;
  tvdbId: string | null;
  /** YouTube id from the NFO's <trailer> tag, kept for the downloads feature. */
  nfoTrailerId: string | null;
  /** The trailer link or YouTube id the person set; wins over the NFO's. */
  trailerSource: string | null;
  monitored: boolean;
  updatedAt: string;
  /** A series' season folders on disk, by number (0 is specials); empty for a movie. */
  seasons: MediaSeason[];
}

export interface MediaSeason {
  season: number;
  /** The folder's name on disk (`Season 01`, `Specials`), inside the title's folder. */
  folderName: string;
}

/** One trailer file on disk, detected or downloaded: the `download` table's row. */
export interface TrailerFile {
  id: number;
  mediaId: number;
  path: string;
  fileName: string;
  size: number;
  resolution: string | null;
  fileFormat: string | null;
  videoFormat: string | null;
  audioFormat: string | null;
  audioLanguage: string | null;
  subtitleFormat: string | null;
  subtitleLanguage: string | null;
  durationSeconds: number | null;
  youtubeId: string | null;
  /** Where it came from: the link it was downloaded from, or the YouTube video its metadata names. */
  sourceUrl: string | null;
  fileExists: boolean;
  /** Why the file is no usable trailer (empty, unreadable, no video stream); null when it is one. */
  problem: string | null;
  profileName: string;
  addedAt: string;
  updatedAt: string;
  /** The download job that filed it (its recorded choice says why this video); null when found on disk. */
  jobId: number | null;
  /** What kind of video: the title's trailer, a teaser, a featurette… */
  videoType: VideoType;
  /** The season it belongs to; null for the whole title. */
  season: number | null;
  /** The language it was filed as (ISO 639-1), when known. */
  language: string | null;
  /** What processing did to it (converted from, loudness before and after, seconds trimmed). */
  processing: ProcessingRecord;
}

export interface ScanIssue {
  path: string;
  reason: 'unreadable' | 'symlink-loop' | 'name-too-long' | 'bad-encoding' | 'probe-failed' | 'other';
  message: string;
}

export interface ScanSummary {
  rootId: number;
  rootPath: string;
  startedAt: string;
  finishedAt: string;
  /** The root itself could not be read: nothing was changed. */
  rootUnreachable: boolean;
  foldersTotal: number;
  foldersScanned: number;
  foldersSkippedUnchanged: number;
  titlesAdded: number;
  titlesUpdated: number;
  titlesMissing: number;
  trailersFound: number;
  /** Featurettes, interviews and other extras found (trailers and teasers are in trailersFound). */
  extrasFound: number;
  trailersMissing: number;
  issues: ScanIssue[];
}

export interface ScanProgress {
  rootId: number;
  rootPath: string;
  phase: 'listing' | 'scanning' | 'probing' | 'saving';
  foldersDone: number;
  foldersTotal: number;
  /** Roots still waiting behind this one. */
  queued: number;
}

export interface FolderEntry {
  name: string;
  path: string;
}

export interface FolderListing {
  path: string;
  parent: string | null;
  folders: FolderEntry[];
  /** Shortcuts such as the home folder and mount points. */
  places: FolderEntry[];
}

export interface AppInfo {
  version: string;
  /** True when a native folder dialog exists (Electron); else the renderer shows its folder browser. */
  nativeFolderPicker: boolean;
  dataDir: string;
  /** The first-run checklist has not been dismissed yet. */
  firstRunPending: boolean;
}
