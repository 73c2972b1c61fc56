import { useId, useState, type ReactNode } from 'react';
import type { Connection } from '../../../src-preload/contract';
import { formatDateTime, formatRelative } from '../../app/dates';
import { InlineConfirm } from '../../app/InlineConfirm';
import { appStore, useAppStore } from '../../store';
import { connectionKinds } from './connection-kinds';
import { TestResultView } from './TestResultView';

/** One connection: what it is, whether it works, and its actions. */
export function ConnectionCard({ connection, children }: { connection: Connection; children?: ReactNode }) {
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const testing = useAppStore((s) => s.connectionsTesting.includes(connection.id));
  const headingId = useId();
  const store = appStore.getState;
  const info = connectionKinds[connection.kind];
  const address = connection.url + connection.urlBase;

  const remove = async () => {
    setRemoving(true);
    // On success the card unmounts with the list.
    if (!(await store().removeConnection(connection.id))) {
      setRemoving(false);
      setConfirming(false);
    }
  };

  return (
    <li className="connection-card" aria-labelledby={headingId}>
      <div className="connection-main">
        <h4 id={headingId} className="connection-name">
          {connection.name}
          <span className="badge">{info.label}</span>
          {!connection.enabled && <span className="badge badge-warn">Off</span>}
        </h4>
        <code className="path connection-address" title={address}>
          {address}
        </code>
        <div className="connection-status">
          {testing ? (
            <p className="muted">Testing…</p>
          ) : connection.lastTest ? (
            <TestResultView
              result={connection.lastTest}
              kind={connection.kind}
              showWhen
              showLibraries={info.group === 'arr'}
            />
          ) : (
            <p className="muted">Not tested yet: click Test to check the address and the key.</p>
          )}
        </div>
        {connection.lastError && connection.lastError.message !== connection.lastTest?.problem?.message && (
          <p className="notice notice-error connection-error">
            <span className="badge badge-error">Last error</span> {connection.lastError.message}{' '}
            <time
              className="muted"
              dateTime={connection.lastError.at}
              title={formatDateTime(connection.lastError.at)}
            >
              ({formatRelative(connection.lastError.at)})
            </time>
          </p>
        )}
        {children}
      </div>

      <div className="connection-side">
        <label className="check">
          <input
            type="checkbox"
            role="switch"
            checked={connection.enabled}
            aria-label={`Use ${connection.name}`}
            onChange={(e) => void store().setConnectionEnabled(connection.id, e.target.checked)}
          />
          In use
        </label>
        {confirming ? (
          <InlineConfirm
            label="Confirm removal"
            confirmLabel="Remove connection"
            busyLabel="Removing…"
            busy={removing}
            onCancel={() => setConfirming(false)}
            onConfirm={() => void remove()}
          >
            Remove {connection.name}? Titles it brought in stay in the library, and nothing changes in{' '}
            {info.label}.
          </InlineConfirm>
        ) : (
          <div className="button-row">
            <button
              type="button"
              className="button"
              aria-label={`Edit ${connection.name}`}
              onClick={() => store().openConnectionEditor(connection.kind, connection.id)}
            >
              Edit
            </button>
            <button
              type="button"
              className="button"
              aria-label={`Test ${connection.name}`}
              disabled={testing}
              onClick={() => void store().testConnection(connection.id)}
            >
              Test
            </button>
            <button
              type="button"
              className="button button-quiet"
              aria-label={`Remove ${connection.name}`}
              onClick={() => setConfirming(true)}
            >
              Remove
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
