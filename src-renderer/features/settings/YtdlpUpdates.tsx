import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ToolsStatus, YtdlpChannel } from '../../../src-preload/contract';
import { Field } from '../../app/Field';
import { appStore, useAppStore } from '../../store';
import { formatRelative } from '../../app/dates';
import { Check, Select } from './FormControls';
import { describeInstallProgress, fieldMessage } from './tools-format';

const channels: ReadonlyArray<{ value: YtdlpChannel; label: string }> = [
  { value: 'stable', label: 'Stable' },
  { value: 'nightly', label: 'Nightly (newest fixes, less tested)' },
];

/** The managed copy's download: bytes of total, then the checksum step. */
function InstallProgressBar() {
  const { progress, running } = useAppStore(
    useShallow((s) => ({
      progress: s.installProgress,
      running: s.toolsBusy === 'installing' || (s.toolsStatus?.installing ?? false),
    })),
  );
  if (!running && !progress) return null;
  const { text, percent } = describeInstallProgress(progress);
  return (
    <div className="install-progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label="yt-dlp download"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent === null ? undefined : Math.round(percent)}
        aria-valuetext={text}
      >
        <div
          className={percent === null ? 'progress-fill progress-indeterminate' : 'progress-fill'}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <span className="install-progress-text">{text}</span>
    </div>
  );
}

/** The release address: empty means the official GitHub releases of the chosen channel. */
function ReleaseUrlForm({ current }: { current: string | null }) {
  const [draft, setDraft] = useState(current ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const noteId = useId();
  const value = draft.trim() === '' ? null : draft.trim();

  return (
    <form
      className="release-url-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (saving) return;
        setSaving(true);
        setError(null);
        void appStore
          .getState()
          .updateToolsSettings({ releaseBaseUrl: value })
          .then((refused) => {
            setSaving(false);
            if (refused) setError(fieldMessage(refused));
          });
      }}
    >
      <Field label="Release address" className="field-grow">
        {(id) => (
          <>
            <input
              id={id}
              type="text"
              value={draft}
              placeholder="Empty: the official yt-dlp releases on GitHub"
              spellCheck={false}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={noteId}
              onChange={(e) => setDraft(e.target.value)}
            />
            <span id={noteId} className={error ? 'field-error' : 'muted field-help'}>
              {error ??
                'A mirror laid out like the release page (the program files and SHA2-256SUMS). Every download is checked against that file.'}
            </span>
          </>
        )}
      </Field>
      <button type="submit" className="button" disabled={saving || value === current}>
        Save address
      </button>
    </form>
  );
}

/** Trailerdeck's own copy of yt-dlp: install, update, the channel and the start-up check. */
export function YtdlpUpdates({ status }: { status: ToolsStatus }) {
  const busy = useAppStore((s) => s.toolsBusy);
  const headingId = useId();
  const { managedYtdlp: managed, settings } = status;
  const installing = busy === 'installing' || status.installing;
  const save = (patch: { ytdlpChannel?: YtdlpChannel; checkAtStartup?: boolean }) =>
    void appStore
      .getState()
      .updateToolsSettings(patch)
      .then((refused) => refused && appStore.getState().pushToast('error', refused.message));

  return (
    <div className="ytdlp-updates" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>yt-dlp updates</h3>
      <p className="muted">
        Sites change often, and a newer yt-dlp is usually what fixes downloads that stopped working.
        Trailerdeck can keep its own copy in its data folder, downloaded from the official release and checked
        against its checksums; the copy it replaces is kept until the new one works.
      </p>
      <dl className="facts">
        <div className="fact">
          <dt>Trailerdeck's copy</dt>
          <dd>
            {managed.version ? (
              <>
                {managed.version} <code className="path">{managed.path}</code>
              </>
            ) : (
              'None yet'
            )}
          </dd>
        </div>
        <div className="fact">
          <dt>Last checked</dt>
          <dd>{managed.checkedAt ? formatRelative(managed.checkedAt) : 'Never'}</dd>
        </div>
      </dl>
      {managed.updateAvailable && (
        <p className="notice notice-warn update-available">
          <strong>A newer yt-dlp is available.</strong>{' '}
          {managed.version ? 'Choose Update yt-dlp to install it.' : 'Choose Install yt-dlp to get it.'}
        </p>
      )}
      <div className="ytdlp-settings">
        <Select
          label="Channel"
          value={settings.ytdlpChannel}
          options={channels}
          onChange={(ytdlpChannel) => save({ ytdlpChannel })}
        />
        <Check
          label="Check for a newer yt-dlp at start-up"
          checked={settings.checkAtStartup}
          onChange={(checkAtStartup) => save({ checkAtStartup })}
        />
      </div>
      <details className="advanced">
        <summary>Advanced</summary>
        <ReleaseUrlForm key={settings.releaseBaseUrl ?? ''} current={settings.releaseBaseUrl} />
      </details>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy !== null || installing}
          onClick={() => void appStore.getState().installYtdlp()}
        >
          {managed.version ? 'Update yt-dlp' : 'Install yt-dlp'}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null || installing}
          onClick={() => void appStore.getState().checkYtdlpUpdate()}
        >
          {busy === 'checking' && <span className="spinner" aria-hidden="true" />}
          Check for update
        </button>
      </div>
      <InstallProgressBar />
    </div>
  );
}
