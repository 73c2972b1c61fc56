import type { Connection } from '../../../src-preload/contract';
import { appStore, useAppStore } from '../../store';
import { notOnDiskPage } from '../../store/arr-sync-slice';

/**
 * A Radarr's or Sonarr's titles with no folder here, a page at a time (main holds the list: a
 * library of thousands never crosses to the window whole), each with why and the mapping that
 * would find it.
 */
export function NotOnDiskList({ connection }: { connection: Connection }) {
  const view = useAppStore((s) => (s.notOnDisk?.connectionId === connection.id ? s.notOnDisk : null));
  const store = appStore.getState;
  const page = view?.window;
  const has = (remote: string, local: string) =>
    connection.pathMappings.some((m) => m.remote === remote && m.local === local);

  if (!page) {
    return view?.status === 'error' ? (
      <p className="inline-error" role="alert">
        The list could not be loaded. Try again.
      </p>
    ) : (
      <p className="muted">Loading…</p>
    );
  }
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = page.offset + page.rows.length;

  return (
    <div className="not-on-disk">
      <table className="data-table not-on-disk-table" aria-label={`Not on disk in ${connection.name}`}>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((row) => {
            const suggestion = row.suggestion;
            return (
              <tr key={`${row.kind}-${row.arrId}`}>
                <td>
                  {row.title}
                  {row.year !== null && ` (${row.year})`}
                  <code className="path" title={row.remotePath}>
                    {row.remotePath}
                  </code>
                </td>
                <td>
                  {row.message}
                  {suggestion && !has(suggestion.remote, suggestion.local) && (
                    <button
                      type="button"
                      className="button button-quiet"
                      onClick={() => void store().addConnectionMapping(connection.id, suggestion)}
                    >
                      Add this mapping
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="button-row not-on-disk-pager">
        <span className="muted">
          {first.toLocaleString()}–{last.toLocaleString()} of {page.total.toLocaleString()}
        </span>
        <button
          type="button"
          className="button"
          disabled={page.offset === 0}
          onClick={() => void store().showNotOnDisk(connection.id, Math.max(0, page.offset - notOnDiskPage))}
        >
          Previous
        </button>
        <button
          type="button"
          className="button"
          disabled={last >= page.total}
          onClick={() => void store().showNotOnDisk(connection.id, page.offset + notOnDiskPage)}
        >
          Next
        </button>
      </div>
    </div>
  );
}
