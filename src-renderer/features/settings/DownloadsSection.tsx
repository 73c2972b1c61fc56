import { useState } from 'react';
import type { ContractError, DownloadSettings } from '../../../src-preload/contract';
import { appStore, useAppStore } from '../../store';
import {
  parseSettingsDraft,
  settingBounds,
  toSettingsDraft,
  type DownloadSettingsDraft,
  type DownloadSettingsFields,
  type DraftErrors,
} from './download-settings-draft';
import { NotedField, SettingsFormFooter, wholeNumberInput } from './NotedField';

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
          return (
            <NotedField key={key} noteFor={`downloads-${key}`} label={label} help={help} error={errors[key]}>
              {(control) => (
                <input
                  {...control}
                  {...wholeNumberInput(settingBounds[key].min, settingBounds[key].max)}
                  value={draft[key]}
                  onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
                />
              )}
            </NotedField>
          );
        })}
      </div>
      <SettingsFormFooter
        refused={refused}
        saving={saving}
        changed={changed}
        saveLabel="Save download settings"
        onUndo={() => {
          setDraft(initial);
          setErrors({});
          setRefused(null);
        }}
      />
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
