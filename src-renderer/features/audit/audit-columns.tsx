import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import type { AuditRow } from '../../../src-preload/contract';
import { slotLabel } from '../../../src-preload/contract/video-kinds';
import { hrefs } from '../../app/router';
import { mediaLabel } from '../library/media-labels';
import { AuditPick } from './AuditPick';
import { describeProblems } from './audit-words';

export const auditFeatures = tableFeatures({});

const helper = createColumnHelper<typeof auditFeatures, AuditRow>();

const videoLabel = (row: AuditRow): string =>
  slotLabel({ type: row.videoType, season: row.season, language: null, ordinal: 1 });

// At module scope: a new columns array each render would rebuild the table's models.
export const auditColumns = helper.columns([
  helper.display({
    id: 'pick',
    header: () => <span className="visually-hidden">Select</span>,
    cell: (info) => <AuditPick row={info.row.original} />,
  }),
  helper.accessor((row) => mediaLabel(row), {
    id: 'title',
    header: 'Title',
    cell: (info) => (
      <a href={hrefs.title(info.row.original.mediaId)} className="job-title">
        {info.getValue()}
      </a>
    ),
  }),
  helper.accessor('fileName', {
    header: 'File',
    // The whole path on hover: the name alone is often the same across titles ("trailer.mkv").
    cell: (info) => (
      <span className="audit-file" title={info.row.original.path}>
        <span>{info.getValue()}</span>
        <span className="muted audit-video">{videoLabel(info.row.original)}</span>
      </span>
    ),
  }),
  helper.accessor((row) => describeProblems(row), {
    id: 'problems',
    header: 'Problems',
    cell: (info) => (
      <ul className="audit-problems" aria-label="Problems">
        {info.getValue().map((words) => (
          <li key={words}>{words}</li>
        ))}
      </ul>
    ),
  }),
  helper.accessor('profileName', { header: 'Profile' }),
]);
