// What each media server reads as a title's extra: the file-name suffixes and the folder names, per
// video type, and where a type the server does not know is filed so that it still shows up.
//
// Sources (read 2026-12-04):
// - Jellyfin: Emby.Naming/Common/NamingOptions.cs, `VideoExtraRules`, and
//   Emby.Naming/Video/ExtraRuleResolver.cs (jellyfin/jellyfin at c3ed1407ca698b0905de99da87b67415e6a62dbd).
//   Folders (any case): trailers, featurettes, behind the scenes, deleted scenes, interviews, scenes,
//   shorts, clips, extras, extra, other. Suffixes: -trailer (also ".trailer", "_trailer", "- trailer"),
//   -featurette, -behindthescenes, -deleted, -deletedscene, -interview, -scene, -clip, -short,
//   -extra, -other; the whole name "trailer" is a trailer. A suffix must end the name (only digits
//   are trimmed before comparing, since 10.9), so "Title (2)-trailer" is the numbering every version
//   reads. No teaser type: a teaser is filed as a trailer. jellyfin.org/docs/general/server/media/shows
//   puts extras folders inside season folders for season extras.
// - Emby: the naming code Jellyfin forked (Emby 3.5.2, same file at jellyfin 48facb79): suffixes
//   -trailer, -featurette, -behindthescenes, -deleted, -interview, -scene, -clip, -short and no
//   "-other"/"-extra", so Emby's other extras go in an "Extras" folder (MediaBrowser wiki "Movie
//   naming", "Trailers"); folders as Jellyfin's.
// - Plex: support.plex.tv "Local Files for Trailers and Extras": suffixes -trailer, -featurette,
//   -behindthescenes, -deleted, -interview, -scene, -short, -other; folders "Trailers",
//   "Featurettes", "Behind The Scenes", "Deleted Scenes", "Interviews", "Scenes", "Shorts", "Other".
//   No teaser or clip type: a teaser is a trailer, a clip a scene. TV season extras go in those
//   folders inside the season folder (the article's TV section).
// - Kodi: xbmc FileItem.cpp `GetLocalTrailer` reads one trailer, "<movie file>-trailer.<ext>" or
//   "movie-trailer.<ext>" beside the movie; kodi.wiki "Movie trailers". Everything else goes in an
//   "Extras" folder (the VideoExtras add-on's folder; Kodi's scanner does not take it for a movie
//   because each file keeps its "-<type>" suffix).
import type { NamingPreset, VideoType } from '../../../src-preload/contract/video-kinds';

/** The presets that follow a server's rules; "custom" follows the profile's template. */
export type ServerPreset = Exclude<NamingPreset, 'custom'>;

export interface ServerConventions {
  /** The suffix a type's file name ends with (without the leading "-"). */
  suffix: Record<VideoType, string>;
  /** The folder a type goes in when filed folder-style. */
  folder: Record<VideoType, string>;
  /**
   * Types this server reads only from a folder: filed there even when the profile files
   * next to the media (Emby's other extras, every Kodi extra).
   */
  folderOnly: ReadonlySet<VideoType>;
}

const plex: ServerConventions = {
  suffix: {
    trailer: 'trailer',
    teaser: 'trailer',
    featurette: 'featurette',
    behindthescenes: 'behindthescenes',
    clip: 'scene',
    interview: 'interview',
    deleted: 'deleted',
    short: 'short',
    other: 'other',
  },
  folder: {
    trailer: 'Trailers',
    teaser: 'Trailers',
    featurette: 'Featurettes',
    behindthescenes: 'Behind The Scenes',
    clip: 'Scenes',
    interview: 'Interviews',
    deleted: 'Deleted Scenes',
    short: 'Shorts',
    other: 'Other',
  },
  folderOnly: new Set(),
};

const jellyfin: ServerConventions = {
  suffix: { ...plex.suffix, clip: 'clip' },
  // "Extras" rather than "Other": Jellyfin reads "other" only since 10.9, "extras" in every version.
  folder: { ...plex.folder, clip: 'Clips', other: 'Extras' },
  folderOnly: new Set(),
};

const emby: ServerConventions = {
  suffix: { ...plex.suffix, clip: 'clip' },
  folder: { ...plex.folder, clip: 'Clips', other: 'Extras' },
  folderOnly: new Set(['other']),
};

const kodiExtras = 'Extras';
const kodi: ServerConventions = {
  suffix: plex.suffix,
  folder: {
    trailer: kodiExtras,
    teaser: kodiExtras,
    featurette: kodiExtras,
    behindthescenes: kodiExtras,
    clip: kodiExtras,
    interview: kodiExtras,
    deleted: kodiExtras,
    short: kodiExtras,
    other: kodiExtras,
  },
  folderOnly: new Set([
    'teaser',
    'featurette',
    'behindthescenes',
    'clip',
    'interview',
    'deleted',
    'short',
    'other',
  ]),
};

export const serverConventions: Record<ServerPreset, ServerConventions> = { plex, jellyfin, emby, kodi };

/** Kodi's own name for the one trailer it reads beside a movie in its own folder. */
export const kodiMovieTrailerStem = 'movie-trailer';

/** Every suffix a preset writes ("-trailer", "-featurette"…), longest first so "-behindthescenes" wins over a shorter ending. */
export const writtenSuffixes: readonly string[] = [
  ...new Set(
    Object.values(serverConventions).flatMap((c) => Object.values(c.suffix).map((word) => `-${word}`)),
  ),
].sort((a, b) => b.length - a.length);
