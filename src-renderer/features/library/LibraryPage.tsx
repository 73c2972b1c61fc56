import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { FilmIcon } from '../../app/icons';
import { FirstRunPanel } from '../diagnostics/FirstRunPanel';
import { DiscoveryRunBar } from '../discovery/DiscoveryRunBar';
import { DownloadMissingButton } from '../discovery/DownloadMissingButton';
import { useAppStore } from '../../store';
import { queryKey } from './library-query';
import { LibraryGrid } from './LibraryGrid';
import { LibraryToolbar } from './LibraryToolbar';
import { LibrarySelectionBar } from './LibrarySelectionBar';

function EmptyLibrary({ onAdd }: { onAdd: () => void }) {
  return (
    <section className="empty-panel" aria-label="Empty library">
      <div className="empty-art">
        <FilmIcon />
      </div>
      <h2>Your library is empty</h2>
      <p>
        Add the folders that hold your movies or series, and Trailerdeck will find a trailer for every title.
      </p>
      <button type="button" className="button button-primary" onClick={onAdd}>
        Add folder
      </button>
      <p className="muted">or drop media folders anywhere on this window</p>
    </section>
  );
}

export function LibraryPage() {
  const {
    view,
    query,
    roots,
    status,
    error,
    ready,
    scanning,
    addFolder,
    setQuery,
    retry,
    selecting,
    setSelecting,
    firstRun,
  } = useAppStore(
    useShallow((s) => ({
      view: s.libraryView,
      query: s.libraryQuery,
      roots: s.roots.length,
      status: s.libraryStatus,
      error: s.libraryError,
      ready: s.ready,
      scanning: s.scanProgress !== null,
      addFolder: s.addFolder,
      setQuery: s.setLibraryQuery,
      retry: s.refreshLibrary,
      selecting: s.selecting,
      setSelecting: s.setSelecting,
      firstRun: s.appInfo?.firstRunPending === true,
    })),
  );
  // Main sorts, filters and searches; a new query asks it for the first page of the new list.
  const key = queryKey(query);
  const shownKey = view.key;
  useEffect(() => {
    // Only for a query the rows on screen do not answer: the first load already asked for this one.
    if (ready && shownKey !== key) void retry();
  }, [key, shownKey, ready, retry]);
  const total = view.size;
  const shown = view.total;
  const noRoots = ready && roots === 0 && total === 0;

  let body;
  if (!ready) {
    body = <p className="muted loading-text">Loading your library…</p>;
  } else if (status === 'error' && total === 0) {
    body = (
      <div className="notice notice-error" role="alert">
        <p>Couldn't load the library: {error?.message}</p>
        <button type="button" className="button" onClick={() => void retry()}>
          Try again
        </button>
      </div>
    );
  } else if (noRoots) {
    body = <EmptyLibrary onAdd={() => void addFolder()} />;
  } else if (total === 0) {
    body = (
      <section className="empty-panel" aria-label="No titles yet">
        <h2>No titles yet</h2>
        <p>
          {scanning
            ? 'Trailerdeck is scanning your folders; titles appear here as they are found.'
            : 'No movies or series were found in your library folders. Each title needs its own folder.'}
        </p>
      </section>
    );
  } else if (shown === 0 && view.key === key) {
    body = (
      <div className="empty-panel">
        <h2>
          {query.text.trim() !== ''
            ? `No titles match “${query.text.trim()}”${query.type !== 'all' || query.trailer !== 'all' ? ' with these filters' : ''}`
            : 'No titles match these filters'}
        </h2>
        <button
          type="button"
          className="button"
          onClick={() => setQuery({ text: '', type: 'all', trailer: 'all' })}
        >
          Clear search and filters
        </button>
      </div>
    );
  } else {
    body = <LibraryGrid key={view.key} />;
  }

  return (
    // The query whose rows are on screen: benchmarks wait on it (the count may not change).
    <div className="library-page" data-shown-query={view.key}>
      <header className="page-header">
        <div>
          <h1>Library</h1>
          {ready && !noRoots && (
            <p className="muted count" aria-live="polite">
              {shown.toLocaleString()} of {total.toLocaleString()} {total === 1 ? 'title' : 'titles'}
            </p>
          )}
        </div>
        {!noRoots && (
          <div className="button-row">
            {total > 0 && (
              <button
                type="button"
                className="button"
                aria-pressed={selecting}
                onClick={() => setSelecting(!selecting)}
              >
                Select
              </button>
            )}
            {total > 0 && <DownloadMissingButton />}
            <button type="button" className="button button-primary" onClick={() => void addFolder()}>
              Add folder
            </button>
          </div>
        )}
      </header>
      {ready && firstRun && <FirstRunPanel />}
      <DiscoveryRunBar />
      {ready && !noRoots && total > 0 && <LibraryToolbar query={query} onChange={setQuery} />}
      {ready && selecting && total > 0 && <LibrarySelectionBar />}
      {body}
    </div>
  );
}
