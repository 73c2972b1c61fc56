import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { NeedsChoice } from '../../../src-preload/contract';
import { reviewColumns, reviewFeatures, type ReviewTableMeta } from './review-columns';

/** Below this many rows every row is rendered; above it only those near the viewport. */
const virtualiseAbove = 200;
const estimatedRowHeight = 49;
const getRowId = (row: NeedsChoice) => `${row.mediaId}-${row.profileId}`;

interface Props {
  rows: NeedsChoice[];
  meta: ReviewTableMeta;
}

/** The titles waiting for a person's pick; a whole library's worth stays smooth. */
export function ReviewTable({ rows: data, meta }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const table = useTable({
    features: reviewFeatures,
    columns: reviewColumns,
    // The store hands over the same array until the list changes: no memo needed here.
    data,
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
  const columnCount = reviewColumns.length;

  return (
    <div className="table-wrap review-scroll" ref={scrollRef}>
      <table
        aria-label="Titles that need a choice"
        aria-rowcount={virtual ? rows.length + 1 : undefined}
        className={virtual ? 'data-table review-table review-table-fixed' : 'data-table review-table'}
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
