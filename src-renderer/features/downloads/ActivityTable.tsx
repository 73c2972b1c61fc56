import { useTable } from '@tanstack/react-table';
import type { DownloadJob } from '../../../src-preload/contract';
import { VirtualTable, type WindowedRows } from '../../app/VirtualTable';
import { activityColumns, activityFeatures, type ActivityTableMeta } from './activity-columns';

const getRowId = (job: DownloadJob) => String(job.id);
const rowClassName = (job: DownloadJob) => `job-row job-${job.status}`;

interface Props {
  /** The stretch of the list main sent; `windowed` says where it sits in the whole. */
  jobs: DownloadJob[];
  windowed: WindowedRows;
  meta: ActivityTableMeta;
  /** Names the table, e.g. "Completed downloads". */
  label: string;
}

export function ActivityTable({ jobs, windowed, meta, label }: Props) {
  const table = useTable({
    features: activityFeatures,
    columns: activityColumns,
    // The stretch changes only when main sends a new one: progress ticks do not rebuild rows.
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
      windowed={windowed}
    />
  );
}
