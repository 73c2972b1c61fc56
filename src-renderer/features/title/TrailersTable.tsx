import { useTable } from '@tanstack/react-table';
import type { TrailerFile } from '../../../src-preload/contract';
import { appStore } from '../../store';
import { trailerColumns, trailerFeatures, type TrailerTableMeta } from './trailer-columns';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;
const getRowId = (trailer: TrailerFile) => String(trailer.id);
const meta: TrailerTableMeta = {
  deleteTrailer: (id) => appStore.getState().deleteTrailer(id),
  play: (id) => appStore.getState().playVideo(id),
};

// A missing or broken file is greyed: it is listed, but it is no trailer.
const rowClass = (t: TrailerFile): string | undefined =>
  !t.fileExists || t.problem !== null ? 'row-missing' : undefined;

/** One group's files of one type; `label` names the table ("Trailers", "Season 2 featurettes"). */
export function TrailersTable({ trailers, label }: { trailers: TrailerFile[]; label: string }) {
  const table = useTable({
    features: trailerFeatures,
    columns: trailerColumns,
    // The store hands over the same array until the trailers change: no memo needed here.
    data: trailers,
    getRowId,
    meta,
    // Every column sorts ascending on its first click, numbers included: predictable.
    sortDescFirst: false,
  });

  return (
    <div className="table-wrap">
      <table aria-label={label} className="data-table trailers-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                if (!header.column.getCanSort()) {
                  return (
                    <th key={header.id} scope="col" className={`col-${header.column.id}`}>
                      <table.FlexRender header={header} />
                    </th>
                  );
                }
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`col-${header.column.id}`}
                    aria-sort={sorted ? ariaSort[sorted] : 'none'}
                  >
                    {header.isPlaceholder ? null : (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span className="sort-indicator" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={rowClass(row.original)}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={`col-${cell.column.id}`}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
