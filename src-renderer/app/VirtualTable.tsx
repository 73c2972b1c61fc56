import type { ReactTable, RowData, TableFeatures } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

/** Below this many rows every row is rendered; above it only those near the viewport. */
export const virtualiseAbove = 200;
const estimatedRowHeight = 49;

interface Props<TFeatures extends TableFeatures, TData extends RowData> {
  table: ReactTable<TFeatures, TData>;
  /** The table's accessible name, e.g. "Completed downloads". */
  label: string;
  /** Added to `table-wrap` on the scrolling container. */
  scrollClassName: string;
  /** Added to `data-table`; virtualised tables also get `<tableClassName>-fixed`. */
  tableClassName: string;
  columnCount: number;
  rowClassName?: (row: TData) => string;
}

/**
 * A TanStack table body that renders every row for short lists and only the rows near the
 * viewport for long ones, with padding rows keeping the scroll height and aria row indexes.
 */
export function VirtualTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  label,
  scrollClassName,
  tableClassName,
  columnCount,
  rowClassName,
}: Props<TFeatures, TData>) {
  const scrollRef = useRef<HTMLDivElement>(null);
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

  return (
    <div className={`table-wrap ${scrollClassName}`} ref={scrollRef}>
      <table
        aria-label={label}
        aria-rowcount={virtual ? rows.length + 1 : undefined}
        className={
          virtual ? `data-table ${tableClassName} ${tableClassName}-fixed` : `data-table ${tableClassName}`
        }
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
              className={rowClassName?.(row.original)}
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
