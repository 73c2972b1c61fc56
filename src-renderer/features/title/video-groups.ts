// The title page's videos by season (the whole title first, then Season 1, 2…, Specials last) and
// within a season by type, in the order of video-kinds.ts; seasons come from the folders on disk
// and from any file filed for a season whose folder is gone.
import type { MediaKind, MediaSeason, TrailerFile } from '../../../src-preload/contract';
import { videoTypes, type VideoType } from '../../../src-preload/contract/video-kinds';

export interface TypeGroup {
  type: VideoType;
  /** The table's name: "Trailers", "Featurettes", "Season 2 trailers". */
  label: string;
  files: TrailerFile[];
}

export interface SeasonGroup {
  season: number | null;
  /** Null for a movie's only group, which needs no heading. */
  heading: string | null;
  types: TypeGroup[];
  /** What an empty group says. */
  empty: string;
}

const plurals: Record<VideoType, string> = {
  trailer: 'Trailers',
  teaser: 'Teasers',
  featurette: 'Featurettes',
  behindthescenes: 'Behind the scenes',
  clip: 'Clips and scenes',
  interview: 'Interviews',
  deleted: 'Deleted scenes',
  short: 'Shorts',
  other: 'Other extras',
};

/** "Season 2", "Specials" (season 0). */
export const seasonLabel = (season: number): string => (season === 0 ? 'Specials' : `Season ${season}`);

/** The name of one type's table in one group: "Trailers", "Featurettes", "Season 2 trailers". */
export function typeTableLabel(season: number | null, type: VideoType): string {
  return season === null ? plurals[type] : `${seasonLabel(season)} ${plurals[type].toLowerCase()}`;
}

/** Specials after the numbered seasons, as the servers list them. */
const seasonOrder = (a: number, b: number) => (a === 0 ? 1 : b === 0 ? -1 : a - b);

export function groupVideos(
  kind: MediaKind,
  seasons: readonly MediaSeason[],
  files: readonly TrailerFile[],
): SeasonGroup[] {
  const numbers = new Set(seasons.map((s) => s.season));
  for (const file of files) if (file.season !== null) numbers.add(file.season);
  const series = kind === 'series';
  const group = (season: number | null): SeasonGroup => {
    const own = files.filter((f) => f.season === season);
    return {
      season,
      heading: season !== null ? seasonLabel(season) : series || numbers.size > 0 ? 'Whole series' : null,
      types: videoTypes
        .map((type) => ({
          type,
          label: typeTableLabel(season, type),
          files: own.filter((f) => f.videoType === type),
        }))
        .filter((g) => g.files.length > 0),
      empty:
        season !== null
          ? `No trailer for ${seasonLabel(season)} yet.`
          : series
            ? 'No trailer for the series yet.'
            : 'No trailers yet for this title.',
    };
  };
  return [group(null), ...[...numbers].sort(seasonOrder).map(group)];
}
