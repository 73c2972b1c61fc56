import {
  createColumnHelper,
  createSortedRowModel,
  metaHelper,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import type { TrailerFile } from '../../../src-preload/contract';
import { languageName } from '../../../src-preload/contract/language-names';
import { DeleteTrailerButton } from './DeleteTrailerButton';
import { formatDuration, formatSize, formatTrack, sourceLabel } from './format';
import { formatDate } from '../../app/dates';

export interface TrailerTableMeta {
  deleteTrailer(downloadId: number): Promise<boolean>;
  /** Opens the player on this file. */
  play(downloadId: number): void;
}

export const trailerFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  tableMeta: metaHelper<TrailerTableMeta>(),
});

const helper = createColumnHelper<typeof trailerFeatures, TrailerFile>();

const youtubeId = /^[A-Za-z0-9_-]{6,20}$/;

export function youtubeUrl(id: string): string | null {
  return youtubeId.test(id) ? `https://www.youtube.com/watch?v=${encodeURIComponent(id)}` : null;
}

// At module scope: a new columns array each render would rebuild the table's models.
export const trailerColumns = helper.columns([
  helper.accessor('fileName', {
    header: 'File',
    sortFn: 'alphanumeric',
    cell: (info) => {
      const trailer = info.row.original;
      return (
        <span className="file-cell">
          <span className="file-name" title={trailer.path}>
            {trailer.fileName}
          </span>
          {trailer.language !== null && (
            <span className="badge" title={`Filed as ${trailer.language}`}>
              {languageName(trailer.language) ?? trailer.language}
            </span>
          )}
          {!trailer.fileExists && <span className="badge badge-missing">Missing file</span>}
          {trailer.problem !== null && (
            <>
              <span className="badge badge-error">Broken</span>
              <span className="file-problem">{trailer.problem}</span>
            </>
          )}
          {/* Profile and Added fold into this line when the window is too narrow for their columns. */}
          <span className="file-meta muted">
            {trailer.profileName} · Added {formatDate(trailer.addedAt)}
          </span>
        </span>
      );
    },
  }),
  // Resolution and codec in one column: "720p" with "h264" beneath it reads as one fact, and the
  // table fits a small window. Sorting follows the resolution ("480p" before "1080p").
  helper.accessor((t) => formatTrack(t.resolution, t.videoFormat), {
    id: 'video',
    header: 'Video',
    sortFn: 'alphanumeric',
  }),
  helper.accessor((t) => formatTrack(t.audioFormat, t.audioLanguage), {
    id: 'audio',
    header: 'Audio',
    sortFn: 'alphanumeric',
  }),
  helper.accessor((t) => formatTrack(t.subtitleFormat, t.subtitleLanguage), {
    id: 'subtitles',
    header: 'Subtitles',
    sortFn: 'alphanumeric',
  }),
  helper.accessor((t) => t.durationSeconds ?? -1, {
    id: 'duration',
    header: 'Duration',
    sortFn: 'basic',
    cell: (info) => formatDuration(info.row.original.durationSeconds),
  }),
  helper.accessor('size', {
    header: 'Size',
    sortFn: 'basic',
    cell: (info) => formatSize(info.getValue()),
  }),
  helper.accessor((t) => sourceLabel(t.sourceUrl), {
    id: 'source',
    header: 'Source',
    sortFn: 'alphanumeric',
    cell: (info) => {
      const url = info.row.original.sourceUrl;
      if (!url) return 'On disk';
      return (
        <a
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          className="external cell-truncate"
          title={url}
        >
          {info.getValue()}
        </a>
      );
    },
  }),
  helper.accessor('profileName', {
    header: 'Profile',
    sortFn: 'alphanumeric',
    cell: (info) => (
      <span className="cell-truncate" title={info.getValue()}>
        {info.getValue()}
      </span>
    ),
  }),
  helper.accessor('addedAt', {
    header: 'Added',
    sortFn: 'basic',
    cell: (info) => formatDate(info.getValue()),
  }),
  helper.display({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    cell: (info) => {
      const meta = info.table.options.meta;
      if (!meta) return null;
      const trailer = info.row.original;
      return (
        <span className="row-actions">
          {/* Only a file on disk that ffprobe could read plays. */}
          {trailer.fileExists && trailer.problem === null && (
            <button
              type="button"
              className="button button-small"
              aria-label={`Play ${trailer.fileName}`}
              onClick={() => meta.play(trailer.id)}
            >
              Play
            </button>
          )}
          <DeleteTrailerButton trailer={trailer} deleteTrailer={meta.deleteTrailer} />
        </span>
      );
    },
  }),
]);
