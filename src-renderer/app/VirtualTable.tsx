import type { ReactTable, RowData, TableFeatures } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

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
  /**
   * The table's rows are a stretch of a longer list held by main: `total` rows in all, the data
   * starting at `offset`. Rows not held yet show as loading; `onRange` tells which rows are in view.
   */
  windowed?: WindowedRows;
}

export interface WindowedRows {
  total: number;
  offset: number;
  onRange(start: number, end: number): void;
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
  windowed,
}: Props<TFeatures, TData>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const count = windowed ? windowed.total : rows.length;
  const offset = windowed?.offset ?? 0;
  const virtual = count > virtualiseAbove;

  // The app does not use the React Compiler; the virtualizer re-renders this component on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey: (index) => rows[index - offset]?.id ?? `loading-${index}`,
    overscan: 10,
  });

  const items = virtual ? virtualizer.getVirtualItems() : [];
  const first = virtual ? (items[0]?.index ?? 0) : 0;
  const end = virtual ? (items.at(-1)?.index ?? -1) + 1 : count;
  const onRange = windowed?.onRange;
  useEffect(() => {
    onRange?.(first, end);
  }, [onRange, first, end]);

  // Rows main has not sent yet (a fast scroll) hold their place until the stretch arrives.
  const shown = virtual
    ? items.map((item) => ({ item, row: rows[item.index - offset] }))
    : rows.map((row) => ({ item: undefined, row }));
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;

  return (
    <div className={`table-wrap ${scrollClassName}`} ref={scrollRef}>
      <table
        aria-label={label}
        aria-rowcount={virtual ? count + 1 : undefined}
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
          {shown.map(({ item, row }) =>
            row === undefined ? (
              <tr
                key={item?.key}
                data-index={item?.index}
                ref={virtualizer.measureElement}
                aria-rowindex={(item?.index ?? 0) + 2}
                className="loading-row"
              >
                <td colSpan={columnCount} style={{ height: estimatedRowHeight }}>
                  <span className="muted">Loading…</span>
                </td>
              </tr>
            ) : (
              <tr
                key={row.id}
                data-index={item?.index}
                ref={virtual ? virtualizer.measureElement : undefined}
                aria-rowindex={item ? item.index + 2 : undefined}
                className={rowClassName?.(row.original)}
              >
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ),
          )}
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
