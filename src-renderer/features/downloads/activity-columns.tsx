import { createColumnHelper, metaHelper, tableFeatures } from '@tanstack/react-table';
import type { DownloadJob } from '../../../src-preload/contract';
import { hrefs } from '../../app/router';
import { formatDateTime, formatRelative } from '../../app/dates';
import { jobTimeLabel, jobVideoLabel } from './download-format';
import { JobActions } from './JobActions';
import { JobDetails, JobStatusBadge } from './JobDetails';
import { mediaLabel } from '../library/media-labels';
import { JobEta, JobProgressBar, JobRate, JobSpeed } from './JobProgress';
import { isActive, type JobAction } from './job-selectors';

export interface ActivityTableMeta {
  /** Row actions go through the table, so the columns stay at module scope. */
  runAction(job: DownloadJob, action: JobAction): Promise<void>;
}

export const activityFeatures = tableFeatures({ tableMeta: metaHelper<ActivityTableMeta>() });

const helper = createColumnHelper<typeof activityFeatures, DownloadJob>();

/** The title, and when the job was queued or finished under it. */
function TitleCell({ job, title }: { job: DownloadJob; title: string }) {
  const finished = job.finishedAt !== null && !isActive(job.status);
  const at = finished ? (job.finishedAt as string) : job.createdAt;
  const video = jobVideoLabel(job);
  return (
    <span className="job-title-cell">
      <a href={hrefs.title(job.mediaId)} className="job-title">
        {title}
      </a>
      {video && <span className="job-video">{video}</span>}
      <span className="job-when">
        {finished ? `${jobTimeLabel(job.status)} ` : 'Queued '}
        <time dateTime={at} title={formatDateTime(at)}>
          {formatRelative(at)}
        </time>
      </span>
    </span>
  );
}

// At module scope: a new columns array each render would rebuild the table's models.
export const activityColumns = helper.columns([
  helper.accessor((job) => mediaLabel(job), {
    id: 'title',
    header: 'Title',
    cell: (info) => <TitleCell job={info.row.original} title={info.getValue()} />,
  }),
  helper.accessor('profileName', { header: 'Profile' }),
  helper.accessor('status', {
    header: 'Status',
    cell: (info) => <JobStatusBadge job={info.row.original} />,
  }),
  helper.display({
    id: 'progress',
    header: 'Progress',
    cell: (info) => (
      <>
        <JobProgressBar job={info.row.original} />
        {/* Shown in a small window, where the Speed and ETA columns are folded away. */}
        <span className="activity-rate">
          <JobRate job={info.row.original} />
        </span>
      </>
    ),
  }),
  helper.display({
    id: 'speed',
    header: 'Speed',
    cell: (info) => <JobSpeed job={info.row.original} />,
  }),
  helper.display({
    id: 'eta',
    header: 'ETA',
    cell: (info) => <JobEta job={info.row.original} />,
  }),
  helper.display({
    id: 'details',
    header: 'Details',
    cell: (info) => <JobDetails job={info.row.original} />,
  }),
  helper.display({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    cell: (info) => {
      const meta = info.table.options.meta;
      return meta ? <JobActions job={info.row.original} run={meta.runAction} /> : null;
    },
  }),
]);
