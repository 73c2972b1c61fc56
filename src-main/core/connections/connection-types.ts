// The small interfaces every adapter of an outside app implements, shared by the connection
// service, the Arr sync and the media-server refresher (so none of them imports another).
import type {
  ArrKind,
  ConnectionKind,
  ConnectionTestResult,
  MediaServerKind,
} from '../../../src-preload/contract/connections';

/** Where and how to reach one app. The key travels in a header, never in the URL. */
export interface ConnectionTarget {
  kind: ConnectionKind;
  /** "http://nas:7878", no trailing slash. */
  url: string;
  /** "/radarr" or ''. */
  urlBase: string;
  apiKey: string;
}

/** What an adapter's Test answers; the service adds the time. */
export type TestOutcome = Omit<ConnectionTestResult, 'checkedAt'>;

export interface ConnectionAdapter {
  /** Asks the app who it is; never throws for the app's own problems (they become `problem`). */
  test(signal?: AbortSignal): Promise<TestOutcome>;
}

/** One movie or series as a Radarr or Sonarr knows it. */
export interface ArrTitle {
  /** The Arr's own id (movie id / series id). */
  arrId: number;
  kind: 'movie' | 'series';
  title: string;
  year: number | null;
  tmdbId: string | null;
  imdbId: string | null;
  tvdbId: string | null;
  /** The title's folder as the Arr sees it (before path mappings). */
  path: string;
  monitored: boolean;
  /** Radarr: hasFile; Sonarr: at least one episode file. */
  hasFile: boolean;
  /** Radarr's `youTubeTrailerId` (a YouTube id), else null. */
  youTubeTrailerId: string | null;
}

export interface ArrClient extends ConnectionAdapter {
  readonly kind: ArrKind;
  /** The Arr's root folders, as it sees them. */
  rootFolders(signal?: AbortSignal): Promise<string[]>;
  /** Every movie (Radarr) or series (Sonarr). */
  titles(signal?: AbortSignal): Promise<ArrTitle[]>;
  /**
   * The same list with a digest of the Arr's answer; `titles` is null when the digest equals
   * `unlessDigest` (the Arr answered exactly as last time), so nothing is parsed.
   */
  changedTitles(
    unlessDigest: string | null,
    signal?: AbortSignal,
  ): Promise<{ digest: string; titles: ArrTitle[] | null }>;
  /** One title by the Arr's id, or null when the Arr no longer has it. */
  title(arrId: number, signal?: AbortSignal): Promise<ArrTitle | null>;
}

/** A library (Plex section, Jellyfin/Emby virtual folder) and the folders it covers. */
export interface MediaServerLibrary {
  id: string;
  name: string;
  /** "movie" / "show" / other, as the server names it. */
  type: string;
  /** As the server sees them (before path mappings). */
  paths: string[];
}

export interface MediaServerClient extends ConnectionAdapter {
  readonly kind: MediaServerKind;
  libraries(signal?: AbortSignal): Promise<MediaServerLibrary[]>;
  /**
   * Asks the server to look again at these title folders (as the server sees them), and only at
   * them. Throws a ConnectionError when the server refuses.
   */
  refreshFolders(folders: string[], signal?: AbortSignal): Promise<void>;
}
