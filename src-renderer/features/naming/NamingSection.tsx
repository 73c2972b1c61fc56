import { useEffect, useState } from 'react';
import type { ContractError, NamingSettings } from '../../../src-preload/contract';
import { appStore, useAppStore } from '../../store';
import { Select } from '../settings/FormControls';
import { SettingsFormFooter } from '../settings/NotedField';
import { namingPresetHint, namingPresetOptions } from './naming-presets';

type NamingPreset = NamingSettings['preset'];

function NamingPreviewList({ preset }: { preset: NamingPreset }) {
  const preview = useAppStore((s) => s.namingPreview);
  useEffect(() => {
    void appStore.getState().previewNaming(preset);
  }, [preset]);

  if (preview?.preset === preset && preview.status === 'error') {
    return (
      <p className="inline-error" role="alert">
        The preview could not be made. Check the default profile in Trailer profiles.
      </p>
    );
  }
  const examples = preview?.preset === preset ? preview.examples : [];
  return (
    <dl className="facts" aria-label="Names this preset writes" aria-busy={preview?.status === 'loading'}>
      {examples.map((example) => (
        <div className="fact" key={example.label}>
          <dt>{example.label}</dt>
          <dd>
            <code>{example.path}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function NamingForm({ settings }: { settings: NamingSettings }) {
  const [preset, setPreset] = useState<NamingPreset>(settings.preset);
  const [refused, setRefused] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    setRefused(await appStore.getState().saveNamingPreset(preset));
    setSaving(false);
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!saving) void save();
      }}
    >
      <Select<NamingPreset>
        label="Name videos for"
        value={preset}
        options={namingPresetOptions}
        onChange={setPreset}
      />
      <p className="muted">{namingPresetHint(preset)}</p>
      <NamingPreviewList preset={preset} />
      <SettingsFormFooter
        refused={refused}
        saving={saving}
        changed={preset !== settings.preset}
        saveLabel="Save naming"
        onUndo={() => {
          setPreset(settings.preset);
          setRefused(null);
        }}
      />
    </form>
  );
}

/** Settings' naming section: which media server's names downloads are filed under, with examples. */
export function NamingSection() {
  const settings = useAppStore((s) => s.namingSettings);
  const status = useAppStore((s) => s.namingStatus);
  useEffect(() => {
    void appStore.getState().loadNamingSettings();
  }, []);

  return (
    <section className="settings-section" aria-labelledby="naming-heading">
      <div className="section-header">
        <div>
          <h2 id="naming-heading">Naming</h2>
          <p className="muted">
            How trailers and extras are named and where they go, so your media server shows them. Files
            already in your library stay as they are; the profile chooses next to the movie or in folders.
          </p>
        </div>
      </div>
      {settings ? (
        <NamingForm key={settings.preset} settings={settings} />
      ) : status === 'error' ? (
        <p className="inline-error" role="alert">
          The naming settings could not be loaded. Reopen Settings to try again.
        </p>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}
