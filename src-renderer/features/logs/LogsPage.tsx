import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { appStore, useAppStore } from '../../store';
import { logLevelLabels, maxLogEntries } from '../../store/log-state';
import { LogList } from './LogList';
import { LogsToolbar } from './LogsToolbar';

/** What the app did and what went wrong, newest first, live; failed tools with their command line. */
export function LogsPage() {
  const { entries, status, query, dataDir } = useAppStore(
    useShallow((s) => ({
      entries: s.logEntries,
      status: s.logsStatus,
      query: s.logQuery,
      dataDir: s.appInfo?.dataDir ?? null,
    })),
  );

  useEffect(() => {
    void appStore.getState().loadLogs();
  }, []);

  const filtered = query.search.trim() !== '' || query.level !== 'debug';
  let body;
  if (status === 'idle' || (status === 'loading' && entries.length === 0)) {
    body = <p className="muted loading-text">Loading the log…</p>;
  } else if (status === 'error' && entries.length === 0) {
    body = (
      <div className="notice notice-error" role="alert">
        <p>The log could not be loaded.</p>
        <button type="button" className="button" onClick={() => void appStore.getState().loadLogs()}>
          Try again
        </button>
      </div>
    );
  } else if (entries.length === 0) {
    body = (
      <div className="empty-inline">
        {filtered ? (
          <p>
            No entries at level {logLevelLabels[query.level]} or worse
            {query.search.trim() ? ` match “${query.search.trim()}”` : ''}. New ones appear here as they are
            written.
          </p>
        ) : (
          <p>Nothing has been logged yet. New entries appear here as they are written.</p>
        )}
      </div>
    );
  } else {
    body = <LogList entries={entries} />;
  }

  return (
    <div className="logs-page">
      <header className="page-header">
        <div>
          <h1>Logs</h1>
          <p className="muted count" aria-live="polite">
            {status === 'ready' &&
              (entries.length >= maxLogEntries
                ? `The newest ${maxLogEntries.toLocaleString()} entries`
                : `${entries.length.toLocaleString()} ${entries.length === 1 ? 'entry' : 'entries'}`)}
          </p>
        </div>
        {dataDir && (
          <p className="muted logs-file-note">
            Also written to a log file in <code className="path">{dataDir}</code>
          </p>
        )}
      </header>
      <LogsToolbar />
      {body}
    </div>
  );
}
