// The shapes the trailer ranking reads and returns. Candidates come straight from yt-dlp's
// `--flat-playlist -J ytsearchN:` "entries" (snake_case as yt-dlp writes them) or from a TMDB video
// turned into the same shape, so a search result needs no mapping before it is ranked.
import type { VideoType } from '../../../../src-preload/contract/video-kinds';

/** One entry of yt-dlp's flat search JSON, or a TMDB video in the same shape. */
export interface FlatCandidate {
  id: string;
  title: string;
  url?: string | null;
  duration?: number | null;
  channel?: string | null;
  channel_id?: string | null;
  uploader?: string | null;
  /** The channel's handle ("@WarnerBrosPictures"), written by newer yt-dlp versions. */
  uploader_id?: string | null;
  /** YouTube's verified badge, written by newer yt-dlp versions. */
  channel_is_verified?: boolean | null;
  view_count?: number | null;
  /** 'is_live' | 'is_upcoming' | 'was_live' | 'not_live' | null */
  live_status?: string | null;
  /** 'public' | 'unlisted' | 'private' | 'premium_only' | 'subscriber_only' | 'needs_auth' | null */
  availability?: string | null;
  description?: string | null;
  /** When it was uploaded, in Unix seconds; flat search results often lack it. */
  timestamp?: number | null;
  /** When it was uploaded, as yt-dlp writes it ("20210722"). */
  upload_date?: string | null;
  thumbnails?: { url: string; width?: number | null; height?: number | null }[] | null;
  /** Set when the candidate came from TMDB: its type ('Trailer'|'Teaser'|'Clip'|...), official flag, language. */
  tmdb?: {
    type: string;
    official: boolean;
    language: string | null;
    /** Listed among a season's videos (TMDB's /tv/{id}/season/{n}/videos): that season. */
    season?: number | null;
  } | null;
  /** The language yt-dlp reports for the video, when the extractor gives one. */
  language?: string | null;
}

/** What the ranking knows about the title it looks for, and the profile's wishes. */
export interface RankContext {
  title: string;
  year: number | null;
  kind: 'movie' | 'series';
  /** Other names of the title (original title from TMDB, NFO originaltitle). */
  alternativeTitles?: string[];
  /** Language the profile wants (audio); ISO 639-1, also accepts 639-2 ("deu") and "pt-BR"; null = any. */
  language: string | null;
  /**
   * Languages in order of preference (German, then English): the first scores as `language` does,
   * the later ones a little less. Omitted: just `language`.
   */
  languages?: string[];
  /** A dubbed video beats one subtitled in the wanted language (default true). */
  preferDubbed?: boolean;
  /** The type of video asked for; omitted: the title's trailer. */
  videoType?: VideoType;
  /** A series' season whose video is asked for; omitted or null: the series' own. */
  season?: number | null;
  minDurationSeconds: number | null;
  maxDurationSeconds: number | null;
  /** Words that cost points (per profile); omitted = defaultExcludeWords. */
  excludeWords?: string[];
  /** Channel names, channel ids or @handles that always get a bonus (per profile). */
  channelAllowList: string[];
  /** The year it is now (a title from a later year is not out yet); omitted = the clock's year. */
  currentYear?: number;
}

/** One line of the explanation, written for the person reading the "Find trailer" dialog. */
export interface ScoreReason {
  label: string;
  points: number;
}

export interface RankedCandidate {
  candidate: FlatCandidate;
  /** 0..100, clamped. */
  score: number;
  reasons: ScoreReason[];
  /**
   * Not a trailer (a parody, commentary, reaction, fan-made or AI video), or an undated video that
   * may be a later namesake's: whatever its score and the profile's minimum, only the person may
   * pick it.
   */
  neverUnattended: boolean;
  /**
   * The right video (nothing against it, enough without its language) in the profile's first
   * language: it comes before every candidate that is not.
   */
  firstLanguage: boolean;
}

export interface Ranking {
  /** Best first; excluded candidates are not in here. */
  ranked: RankedCandidate[];
  /** Shorts, live and upcoming videos, private ones: never candidates. */
  excluded: { candidate: FlatCandidate; why: string }[];
}
