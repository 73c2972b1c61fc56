import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { DownloadJob } from '../../../src-preload/contract';
import { activityColumns, activityFeatures, type ActivityTableMeta } from './activity-columns';

/** Below this many rows every row is rendered; above it only those near the viewport. */
export const virtualiseAbove = 200;
const estimatedRowHeight = 49;
const getRowId = (job: DownloadJob) => String(job.id);

interface Props {
  jobs: DownloadJob[];
  meta: ActivityTableMeta;
  /** Names the table, e.g. "Completed downloads". */
  label: string;
}

export function ActivityTable({ jobs, meta, label }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const table = useTable({
    features: activityFeatures,
    columns: activityColumns,
    // The page memoises the filtered list per jobs map: progress ticks do not rebuild rows.
    data: jobs,
    getRowId,
    meta,
  });
  const rows = table.getRowModel().rows;
  const virtual = rows.length > virtualiseAbove;

  // The app does not use the React Compiler; the virtualizer re-renders this component on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 10,
  });

  const items = virtual ? virtualizer.getVirtualItems() : [];
  const shown = virtual ? items.map((item) => rows[item.index]).filter((row) => row !== undefined) : rows;
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  const columnCount = activityColumns.length;

  return (
    <div className="table-wrap activity-scroll" ref={scrollRef}>
      <table
        aria-label={label}
        aria-rowcount={virtual ? rows.length + 1 : undefined}
        className={virtual ? 'data-table activity-table activity-table-fixed' : 'data-table activity-table'}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={`col-${header.column.id}`}>
                  <span className="th-label">
                    <table.FlexRender header={header} />
                  </span>
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" className="pad-row">
              <td colSpan={columnCount} style={{ height: padTop }} />
            </tr>
          )}
          {shown.map((row, i) => (
            <tr
              key={row.id}
              data-index={virtual ? items[i]?.index : undefined}
              ref={virtual ? virtualizer.measureElement : undefined}
              aria-rowindex={virtual ? (items[i]?.index ?? 0) + 2 : undefined}
              className={`job-row job-${row.original.status}`}
            >
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={`col-${cell.column.id}`}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="pad-row">
              <td colSpan={columnCount} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
