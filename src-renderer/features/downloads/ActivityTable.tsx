import { useTable } from '@tanstack/react-table';
import type { DownloadJob } from '../../../src-preload/contract';
import { VirtualTable } from '../../app/VirtualTable';
import { activityColumns, activityFeatures, type ActivityTableMeta } from './activity-columns';

const getRowId = (job: DownloadJob) => String(job.id);
const rowClassName = (job: DownloadJob) => `job-row job-${job.status}`;

interface Props {
  jobs: DownloadJob[];
  meta: ActivityTableMeta;
  /** Names the table, e.g. "Completed downloads". */
  label: string;
}

export function ActivityTable({ jobs, meta, label }: Props) {
  const table = useTable({
    features: activityFeatures,
    columns: activityColumns,
    // The page memoises the filtered list per jobs map: progress ticks do not rebuild rows.
    data: jobs,
    getRowId,
    meta,
  });

  return (
    <VirtualTable
      table={table}
      label={label}
      scrollClassName="activity-scroll"
      tableClassName="activity-table"
      columnCount={activityColumns.length}
      rowClassName={rowClassName}
    />
  );
}
