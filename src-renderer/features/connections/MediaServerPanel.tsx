import { useState } from 'react';
import type { Connection, ServerLibrary } from '../../../src-preload/contract';
import { formatDateTime, formatRelative } from '../../app/dates';
import { appStore, useAppStore } from '../../store';
import { plural } from '../../store/messages';
import { connectionKinds, problemAdvice } from './connection-kinds';

function LibraryRow({ library }: { library: ServerLibrary }) {
  return (
    <li>
      <span className="server-library-name">
        {library.name} <span className="muted">({library.type})</span>
      </span>
      <ul className="server-folders">
        {library.folders.map((folder) => (
          <li key={folder.remote}>
            <code className="path">{folder.remote}</code>
            {folder.local === null ? (
              <span className="muted"> → no path here: add a path mapping for it</span>
            ) : (
              <>
                {folder.local !== folder.remote && (
                  <>
                    {' '}
                    → <code className="path">{folder.local}</code>
                  </>
                )}{' '}
                {folder.inLibrary ? (
                  <span className="badge badge-ok">In your library</span>
                ) : (
                  <span className="badge badge-warn">Not in a library folder here</span>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** A Plex, Jellyfin or Emby card: its last refresh, and its libraries with their paths here. */
export function MediaServerPanel({ connection }: { connection: Connection }) {
  const [open, setOpen] = useState(false);
  const view = useAppStore((s) => s.serverLibraries[connection.id]);
  const found = view?.found;
  const refresh = connection.lastRefresh;

  return (
    <div className="server-panel">
      <p className="muted" aria-label="Last refresh">
        {refresh ? (
          <>
            Last refresh{' '}
            <time dateTime={refresh.at} title={formatDateTime(refresh.at)}>
              {formatRelative(refresh.at)}
            </time>
            : {plural(refresh.titles, 'title folder')}
          </>
        ) : (
          'Not refreshed yet: it is told when a trailer is filed, replaced or deleted.'
        )}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-quiet"
          aria-expanded={open}
          onClick={() => {
            if (!open) void appStore.getState().loadServerLibraries(connection.id);
            setOpen(!open);
          }}
        >
          {open ? 'Hide libraries' : 'Libraries'}
        </button>
      </div>
      {open &&
        (view?.status === 'error' ? (
          <p className="inline-error" role="alert">
            The libraries could not be loaded. Test the connection.
          </p>
        ) : found?.problem ? (
          <p className="inline-error" role="alert">
            {found.problem.message} {problemAdvice(connection.kind, found.problem.code) ?? ''}
          </p>
        ) : found ? (
          <ul className="server-libraries" aria-label={`Libraries of ${connection.name}`}>
            {found.libraries.length === 0 && (
              <li className="muted">{connectionKinds[connection.kind].label} has no libraries.</li>
            )}
            {found.libraries.map((library) => (
              <LibraryRow key={library.id} library={library} />
            ))}
          </ul>
        ) : (
          <p className="muted">Loading…</p>
        ))}
    </div>
  );
}
