import { useState } from 'react';
import type { ContractError, DownloadSettings } from '../../../src-preload/contract';
import { Field } from '../../app/Field';
import { appStore, useAppStore } from '../../store';
import {
  parseSettingsDraft,
  settingBounds,
  toSettingsDraft,
  type DownloadSettingsDraft,
  type DownloadSettingsFields,
  type DraftErrors,
} from './download-settings-draft';

const fields: ReadonlyArray<{ key: keyof DownloadSettingsFields; label: string; help: string }> = [
  { key: 'concurrency', label: 'Downloads at a time', help: '1 to 6' },
  {
    key: 'youtubePauseSeconds',
    label: 'Pause between YouTube downloads (seconds)',
    help: 'Keeps a whole-library run from looking like a bot',
  },
  { key: 'maxAttempts', label: 'Attempts for network errors', help: '1 to 10, with a growing wait' },
];

function DownloadsForm({ settings }: { settings: DownloadSettings }) {
  const [draft, setDraft] = useState<DownloadSettingsDraft>(() => toSettingsDraft(settings));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [refused, setRefused] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);
  const initial = toSettingsDraft(settings);
  const changed = (Object.keys(draft) as (keyof DownloadSettingsDraft)[]).some(
    (k) => draft[k] !== initial[k],
  );

  const save = async () => {
    const parsed = parseSettingsDraft(draft);
    setRefused(null);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    const error = await appStore.getState().updateDownloadSettings(parsed.value);
    setSaving(false);
    setRefused(error);
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!saving) void save();
      }}
    >
      <div className="downloads-form">
        {fields.map(({ key, label, help }) => {
          const error = errors[key];
          const noteId = `downloads-${key}-note`;
          return (
            <Field key={key} label={label}>
              {(id) => (
                <>
                  <input
                    id={id}
                    type="number"
                    inputMode="numeric"
                    min={settingBounds[key].min}
                    max={settingBounds[key].max}
                    step={1}
                    value={draft[key]}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={noteId}
                    onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
                  />
                  <span id={noteId} className={error ? 'field-error' : 'muted field-help'}>
                    {error ?? help}
                  </span>
                </>
              )}
            </Field>
          );
        })}
      </div>
      {refused && (
        <p className="inline-error" role="alert">
          {refused.message}
        </p>
      )}
      <div className="downloads-form-footer">
        <button type="submit" className="button button-primary" disabled={saving || !changed}>
          {saving ? 'Saving…' : 'Save download settings'}
        </button>
        {changed && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setDraft(initial);
              setErrors({});
              setRefused(null);
            }}
          >
            Undo changes
          </button>
        )}
      </div>
    </form>
  );
}

/** Settings' queue section: how many downloads run, how YouTube is paced, how often to retry. */
export function DownloadsSection() {
  const settings = useAppStore((s) => s.downloadSettings);
  const status = useAppStore((s) => s.downloadsStatus);
  // Saved elsewhere (another window, say): start over from the new values.
  const key = settings
    ? `${settings.concurrency}/${settings.youtubePauseSeconds}/${settings.maxAttempts}`
    : '';

  return (
    <section className="settings-section" aria-labelledby="downloads-heading">
      <div className="section-header">
        <div>
          <h2 id="downloads-heading">Downloads</h2>
          <p className="muted">
            How the download queue runs. Changes apply at once, also to queued downloads.
          </p>
        </div>
      </div>
      {settings ? (
        <DownloadsForm key={key} settings={settings} />
      ) : status === 'error' || status === 'ready' ? (
        <p className="inline-error" role="alert">
          The download settings could not be loaded. Reopen Settings to try again.
        </p>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}
