import { useState } from 'react';
import type { ArrSyncProgress, Connection } from '../../../src-preload/contract';
import { formatDateTime, formatRelative } from '../../app/dates';
import { appStore, useAppStore } from '../../store';
import { plural } from '../../store/messages';
import { NotOnDiskList } from './NotOnDiskList';
import { WebhookPanel } from './WebhookPanel';

function SyncBar({ progress }: { progress: ArrSyncProgress }) {
  const counted = progress.phase === 'linking' && progress.total > 0;
  const label =
    progress.phase === 'fetching'
      ? 'Asking for its titles…'
      : `Linking titles: ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}`;
  return (
    <div className="sync-progress">
      <span className="muted">{label}</span>
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Sync progress"
        aria-valuemin={0}
        aria-valuemax={counted ? progress.total : undefined}
        aria-valuenow={counted ? progress.done : undefined}
      >
        <div
          className={counted ? 'progress-fill' : 'progress-fill progress-indeterminate'}
          style={counted ? { width: `${(100 * progress.done) / progress.total}%` } : undefined}
        />
      </div>
    </div>
  );
}

function LastSync({ progress, shownError }: { progress: ArrSyncProgress; shownError: string | null }) {
  const last = progress.last;
  if (!last) return <p className="muted">Not synced yet.</p>;
  const when = (
    <time dateTime={last.finishedAt} title={formatDateTime(last.finishedAt)}>
      {formatRelative(last.finishedAt)}
    </time>
  );
  if (last.error) {
    return (
      <p className="sync-summary">
        <span className="badge badge-error">Sync failed</span> {when}
        {/* Usually the card's last error or Test already says why. */}
        {last.error !== shownError && `: ${last.error}`}
      </p>
    );
  }
  return (
    <p className="sync-summary" aria-label="Last sync">
      Last sync {when}: {plural(last.titles, 'title')} imported · {last.linked.toLocaleString()} linked to
      folders here · {last.notOnDisk.toLocaleString()} not on disk · {last.removed.toLocaleString()} removed
      from the app
      {last.idsFilled > 0 && ` · ids filled in on ${plural(last.idsFilled, 'title')}`}
    </p>
  );
}

/** A Radarr's or Sonarr's card: Sync now with its progress, the last sync, what is not on disk, the webhook. */
export function ArrSyncPanel({ connection }: { connection: Connection }) {
  const progress = useAppStore((s) => s.arrSync[connection.id]);
  const listOpen = useAppStore((s) => s.notOnDisk?.connectionId === connection.id);
  const [webhookOpen, setWebhookOpen] = useState(false);
  const store = appStore.getState;
  const running = progress?.running ?? false;
  const notOnDisk = progress?.last?.notOnDisk ?? 0;

  return (
    <div className="arr-sync">
      {running && progress ? (
        <SyncBar progress={progress} />
      ) : (
        progress && <LastSync progress={progress} shownError={connection.lastError?.message ?? null} />
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-label={`Sync ${connection.name} now`}
          disabled={running || !connection.enabled}
          title={connection.enabled ? undefined : 'Switch the connection on to sync it'}
          onClick={() => void store().startArrSync(connection.id)}
        >
          {running ? 'Syncing…' : 'Sync now'}
        </button>
        {notOnDisk > 0 && (
          <button
            type="button"
            className="button button-quiet"
            aria-expanded={listOpen}
            onClick={() => void store().showNotOnDisk(listOpen ? null : connection.id)}
          >
            {listOpen ? 'Hide' : 'Show'} {plural(notOnDisk, 'title')} not on disk
          </button>
        )}
        <button
          type="button"
          className="button button-quiet"
          aria-expanded={webhookOpen}
          onClick={() => setWebhookOpen((open) => !open)}
        >
          Webhook set-up
        </button>
      </div>
      {listOpen && <NotOnDiskList connection={connection} />}
      {webhookOpen && <WebhookPanel connection={connection} />}
    </div>
  );
}
