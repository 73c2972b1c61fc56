import { createColumnHelper, metaHelper, tableFeatures } from '@tanstack/react-table';
import type { NeedsChoice } from '../../../src-preload/contract';
import { hrefs } from '../../app/router';
import { mediaLabel } from '../library/media-labels';
import { formatDateTime, formatRelative } from '../../app/dates';
import { bestScoreText, outcomeLabels, reviewMessage } from './discovery-format';

export interface ReviewTableMeta {
  /** Row actions go through the table, so the columns stay at module scope. */
  findTrailer(row: NeedsChoice): void;
}

export const reviewFeatures = tableFeatures({ tableMeta: metaHelper<ReviewTableMeta>() });

const helper = createColumnHelper<typeof reviewFeatures, NeedsChoice>();

const outcomeBadge: Record<NeedsChoice['outcome'], string> = {
  'needs-choice': 'badge badge-warn',
  'no-candidates': 'badge badge-missing',
  error: 'badge badge-error',
};

// At module scope: a new columns array each render would rebuild the table's models.
export const reviewColumns = helper.columns([
  helper.accessor((row) => mediaLabel(row), {
    id: 'title',
    header: 'Title',
    cell: (info) => (
      <a href={hrefs.title(info.row.original.mediaId)} className="job-title">
        {info.getValue()}
      </a>
    ),
  }),
  // Which video the result is for ("Featurette · Season 2 · German"), as main names it.
  helper.accessor('slotLabel', { header: 'Video' }),
  helper.accessor('profileName', { header: 'Profile' }),
  helper.accessor('outcome', {
    header: 'Status',
    cell: (info) => <span className={outcomeBadge[info.getValue()]}>{outcomeLabels[info.getValue()]}</span>,
  }),
  helper.accessor((row) => bestScoreText(row), { id: 'score', header: 'Best score' }),
  helper.accessor((row) => row.bestTitle ?? '—', {
    id: 'best',
    header: 'Best candidate',
    cell: (info) => <span className="review-best">{info.getValue()}</span>,
  }),
  helper.accessor((row) => reviewMessage(row), { id: 'message', header: 'Why' }),
  helper.accessor('checkedAt', {
    header: 'Checked',
    cell: (info) => (
      <time dateTime={info.getValue()} title={formatDateTime(info.getValue())}>
        {formatRelative(info.getValue())}
      </time>
    ),
  }),
  helper.display({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    cell: (info) => {
      const meta = info.table.options.meta;
      const row = info.row.original;
      return meta ? (
        <button
          type="button"
          className="button button-small"
          aria-label={`Find trailer for ${mediaLabel(row)}`}
          onClick={() => meta.findTrailer(row)}
        >
          Find trailer
        </button>
      ) : null;
    },
  }),
]);
