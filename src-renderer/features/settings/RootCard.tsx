import { useId, useState } from 'react';
import { InlineConfirm } from '../../app/InlineConfirm';
import type { LibraryKind, LibraryRoot } from '../../../src-preload/contract';
import { Field } from '../../app/Field';
import { appStore } from '../../store';
import { plural } from '../../store/messages';
import { formatDateTime, formatRelative } from '../../app/dates';
import { ScanIssues } from './ScanIssues';

function LastScan({ root, scanning }: { root: LibraryRoot; scanning: boolean }) {
  if (scanning) return <span>Scanning now…</span>;
  if (!root.lastScanAt) return <span className="muted">Not scanned yet</span>;
  const issues = root.lastScan?.issues.length ?? 0;
  return (
    <span>
      Last scan{' '}
      <time dateTime={root.lastScanAt} title={formatDateTime(root.lastScanAt)}>
        {formatRelative(root.lastScanAt)}
      </time>
      {root.lastScan && !root.lastScan.rootUnreachable && (
        <span className="muted">
          {' '}
          · {plural(root.lastScan.foldersScanned, 'folder')} read ·{' '}
          {issues === 0 ? 'no issues' : plural(issues, 'issue')}
        </span>
      )}
    </span>
  );
}

export function RootCard({ root, scanning }: { root: LibraryRoot; scanning: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const headingId = useId();
  const store = appStore.getState;

  const remove = async () => {
    setRemoving(true);
    const removed = await store().removeRoot(root.id);
    // On success the card unmounts with the refetched list.
    if (!removed) {
      setRemoving(false);
      setConfirming(false);
    }
  };

  return (
    <li className="root-card" aria-labelledby={headingId}>
      <div className="root-main">
        <h3 id={headingId} className="root-path">
          <code>{root.path}</code>
        </h3>
        <div className="root-stats">
          <span>{plural(root.titleCount, 'title')}</span>
          <span>{plural(root.trailerCount, 'trailer')}</span>
          <LastScan root={root} scanning={scanning} />
        </div>
        {!root.reachable && (
          <div className="notice notice-warn">
            <span className="badge badge-warn">Unreachable</span> Trailerdeck couldn't read this folder at the
            last scan, so nothing in it was changed. If it's on a removable drive or network share, connect it
            and rescan.
          </div>
        )}
        {root.lastScan && root.lastScan.issues.length > 0 && <ScanIssues issues={root.lastScan.issues} />}
      </div>

      <div className="root-side">
        <Field label="Folder type">
          {(id) => (
            <span className="select-with-note">
              <select
                id={id}
                value={root.kind}
                onChange={(e) => void store().setRootKind(root.id, e.target.value as LibraryKind)}
              >
                <option value="movies">Movies</option>
                <option value="series">Series</option>
              </select>
              {root.kindSource === 'auto' && <span className="muted">(detected)</span>}
            </span>
          )}
        </Field>
        {confirming ? (
          <InlineConfirm
            label="Confirm removal"
            confirmLabel="Remove folder"
            busyLabel="Removing…"
            busy={removing}
            onCancel={() => setConfirming(false)}
            onConfirm={() => void remove()}
          >
            Remove this folder from Trailerdeck? Nothing on disk is deleted.
          </InlineConfirm>
        ) : (
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => void store().rescan(root.id)}
              disabled={scanning}
            >
              Rescan
            </button>
            <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
              Remove
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
