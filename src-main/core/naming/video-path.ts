// Where one video of a title goes, relative to the title's folder, by the naming preset chosen in
// Settings and the profile's placement. One name shape for every preset, so a scan can read back
// what any of them wrote:
//
//   [<type folder>/]<Title> (<Year>)[ Season NN][ - <video title>][ [<Language>]][ (<n>)]-<suffix>.<ext>
//
// - An extra (not a trailer or teaser) carries its own title when known ("Heat (1995) - Making
//   the Monster-featurette.mkv"): Plex and Jellyfin list extras by file name, and five featurettes
//   called "Heat (1995)" tell nothing apart. A trailer keeps the name Trailerdeck always gave it.
// - The suffix ends the name (servers compare the end of the name), numbering and the language go
//   before it: "Heat (1995) [Deutsch] (2)-trailer.mkv".
// - Next to the media ("next-to-media") the file sits beside the main video; folder style
//   ("trailers-folder") puts it in the type's folder ("Trailers/", "Featurettes/"). A type the
//   server reads only from a folder goes there either way (see server-conventions.ts).
// - A season's video always goes in its type's folder inside the season's folder
//   ("Season 01/Trailers/…"): Jellyfin and Emby read extras folders inside season folders, Plex
//   documents season extras the same way, and a loose file in a season folder risks being read as
//   an episode by every one of them.
// - Kodi reads one trailer: the title's first trailer (no season, no language) is
//   "movie-trailer.<ext>" beside a movie; every other video goes in "Extras/".
// - The custom preset renders the profile's template; a template without {type} names only
//   trailers, so the other types (and, without {season} or {language}, season and language
//   videos) are named by the Plex preset instead of colliding with the trailer's name.
import type { NamingPreset, VideoSlot } from '../../../src-preload/contract/video-kinds';
import {
  renderPlacement,
  sanitizeFileName,
  type PlacementFacts,
  type PlacementProfile,
} from '../profiles/placement';
import { indexedName } from './indexed-name';
import { ownVideoTitle } from './video-title';
import { languageTagText } from './language-tag';
import { kodiMovieTrailerStem, serverConventions, type ServerPreset } from './server-conventions';

export interface VideoNaming {
  preset: NamingPreset;
  /** The profile: its placement style, and its template for the custom preset. */
  profile: PlacementProfile;
  media: { title: string; year: number | null; kind: 'movie' | 'series' };
  slot: VideoSlot;
  /** The season's folder on disk ("Season 01", "Staffel 2"); null to use "Season NN". */
  seasonFolder?: string | null;
  /** Codecs, resolution, video id and extension for the custom template; ext defaults to the container. */
  facts?: PlacementFacts;
  /** The video's own title as its source named it ("Making the Monster"), for extras. */
  videoTitle?: string | null;
}

/** "Season 01": the folder Trailerdeck creates for a season that has none yet (Plex, Jellyfin, Emby, Kodi read it). */
export function defaultSeasonFolder(season: number): string {
  return `Season ${String(season).padStart(2, '0')}`;
}

/** The path of a slot's video relative to the title's folder, "/" between folders. */
export function videoPath(naming: VideoNaming): string {
  const { preset, profile } = naming;
  if (preset === 'custom' || profile.placement === 'custom') {
    const custom = customPath(naming);
    if (custom !== null) return custom;
  }
  return serverPath(preset === 'custom' ? 'plex' : preset, naming);
}

function serverPath(preset: ServerPreset, naming: VideoNaming): string {
  const { profile, media, slot } = naming;
  const conventions = serverConventions[preset];
  const ext = extensionOf(naming);
  const title = sanitizeFileName(media.title) || 'Trailer';
  if (
    preset === 'kodi' &&
    media.kind === 'movie' &&
    slot.type === 'trailer' &&
    slot.season === null &&
    slot.language === null &&
    slot.ordinal <= 1
  ) {
    return `${kodiMovieTrailerStem}.${ext}`;
  }
  const parts = [media.year === null ? title : `${title} (${media.year})`];
  if (slot.season !== null) parts.push(defaultSeasonFolder(slot.season));
  const ownTitle =
    slot.type === 'trailer' || slot.type === 'teaser'
      ? ''
      : ownVideoTitle(naming.videoTitle, media, slot.type);
  if (ownTitle !== '') parts.push(`- ${ownTitle}`);
  if (slot.language !== null) parts.push(`[${sanitizeFileName(languageTagText(slot.language))}]`);
  if (slot.ordinal > 1) parts.push(`(${slot.ordinal})`);
  const name = `${parts.join(' ')}-${conventions.suffix[slot.type]}.${ext}`;

  const inFolder =
    slot.season !== null ||
    preset === 'kodi' ||
    profile.placement === 'trailers-folder' ||
    conventions.folderOnly.has(slot.type);
  const folders: string[] = [];
  if (slot.season !== null) folders.push(seasonFolderName(naming));
  if (inFolder) folders.push(conventions.folder[slot.type]);
  return [...folders, name].join('/');
}

/** The custom template's path, or null when the template cannot name this slot (see the header). */
function customPath(naming: VideoNaming): string | null {
  const { profile, media, slot } = naming;
  const template = profile.customTemplate ?? '';
  if (profile.placement !== 'custom') return null;
  const isPlainTrailer = slot.type === 'trailer' && slot.ordinal <= 1;
  if (!isPlainTrailer && !template.includes('{type}')) return null;
  if (slot.season !== null && !template.includes('{season}')) return null;
  if (slot.language !== null && !template.includes('{language}')) return null;
  const rendered = renderPlacement(profile, media, {
    ...naming.facts,
    ext: extensionOf(naming),
    videoType: serverConventions.plex.suffix[slot.type],
    season: slot.season === null ? '' : String(slot.season).padStart(2, '0'),
    language: slot.language ?? '',
  });
  // The second featurette: numbered before the suffix, the way servers still read it.
  const slash = rendered.lastIndexOf('/');
  return rendered.slice(0, slash + 1) + indexedName(rendered.slice(slash + 1), slot.ordinal);
}

function seasonFolderName(naming: VideoNaming): string {
  const season = naming.slot.season ?? 0;
  const onDisk = naming.seasonFolder ? sanitizeFileName(naming.seasonFolder) : '';
  return onDisk || defaultSeasonFolder(season);
}

function extensionOf(naming: VideoNaming): string {
  const given = naming.facts?.ext ?? naming.profile.container;
  return sanitizeFileName(given) || naming.profile.container;
}
