// The library filters "has extras" and "missing season trailers" as SQL over `media m`, and the
// partial sort index each walks (db/media-filter-indexes.ts, migration library_video_filters): the
// indexes hold only the titles a filter keeps, so a window walks what it shows and a count what
// matches, not the whole library.
import type { LibrarySort, LibraryTrailerFilter } from '../../../src-preload/contract/library-window';

export type VideoFilter = Extract<LibraryTrailerFilter, 'hasExtras' | 'missingSeasons'>;

export const isVideoFilter = (trailer: LibraryTrailerFilter): trailer is VideoFilter =>
  trailer === 'hasExtras' || trailer === 'missingSeasons';

/** Written term by term as each index's WHERE is, so SQLite sees the filter imply it. */
export const videoFilterWhere: Record<VideoFilter, string> = {
  hasExtras: 'm.extra_count > 0',
  missingSeasons: "m.kind = 'series' AND m.season_count > m.season_trailer_count",
};

const indexName: Record<VideoFilter, string> = { hasExtras: 'extras', missingSeasons: 'season_gap' };
const sortSuffix: Record<LibrarySort, string> = { title: 'sort_key', year: 'year', added: 'added_at' };

/** The filter's own index in this sort, as the hint after `FROM media m`. */
export function videoFilterIndex(filter: VideoFilter, sort: LibrarySort): string {
  return `INDEXED BY media_${indexName[filter]}_${sortSuffix[sort]}_idx`;
}
