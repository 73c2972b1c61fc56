import { useEffect, useState, type ReactNode } from 'react';
import type { ContractError, DiscoverySettings } from '../../../src-preload/contract';
import { appStore, useAppStore } from '../../store';
import { formatRelative } from '../../app/dates';
import {
  fieldError,
  parseDiscoveryDraft,
  toDiscoveryDraft,
  type CookieBrowser,
  type DiscoveryDraftErrors,
  type DiscoveryField,
  type DiscoverySettingsDraft,
} from './discovery-settings-draft';
import {
  NotedField,
  plainTextInput,
  SettingsFormFooter,
  wholeNumberInput,
  type NotedControlProps,
} from './NotedField';
import { cookieBrowsers } from '../../../src-preload/contract/values';

/** A discovery setting's field, its note id derived from the setting it edits. */
function Row(props: {
  name: DiscoveryField;
  label: string;
  help: ReactNode;
  error: string | undefined;
  className?: string;
  children(control: NotedControlProps): ReactNode;
}) {
  const { name, ...rest } = props;
  return <NotedField noteFor={`discovery-${name}`} {...rest} />;
}

function DiscoveryForm({ settings }: { settings: DiscoverySettings }) {
  const [draft, setDraft] = useState<DiscoverySettingsDraft>(() => toDiscoveryDraft(settings));
  const [errors, setErrors] = useState<DiscoveryDraftErrors>({});
  const [refused, setRefused] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);
  const parsed = parseDiscoveryDraft(draft, settings);
  const changed = !parsed.ok || Object.keys(parsed.patch).length > 0;
  const edit = (patch: Partial<DiscoverySettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    setRefused(null);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    setSaving(true);
    const error = await appStore.getState().updateDiscoverySettings(parsed.patch);
    setSaving(false);
    if (!error) return;
    const placed = fieldError(error);
    if (placed) setErrors({ [placed.field]: placed.message });
    else setRefused(error);
  };

  const keyHelp = settings.tmdbKeySet
    ? 'A key is set. Type a new one to replace it, or empty the field and save to remove it.'
    : 'Optional. A TMDB API key (v3) or read access token (v4) finds official trailers first.';

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!saving) void save();
      }}
    >
      <div className="discovery-form">
        <Row name="tmdbApiKey" label="TMDB API key" help={keyHelp} error={errors.tmdbApiKey}>
          {(control) => (
            <input
              {...control}
              type="password"
              value={draft.tmdbApiKey}
              placeholder={settings.tmdbKeySet ? 'A key is set' : 'Paste your key'}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => edit({ tmdbApiKey: e.target.value, keyEdited: true })}
            />
          )}
        </Row>
        <Row
          name="tmdbBaseUrl"
          label="TMDB base URL"
          help="Change only for a mirror or proxy"
          error={errors.tmdbBaseUrl}
        >
          {(control) => (
            <input
              {...control}
              {...plainTextInput}
              value={draft.tmdbBaseUrl}
              onChange={(e) => edit({ tmdbBaseUrl: e.target.value })}
            />
          )}
        </Row>
        <Row
          name="searchResults"
          label="Results per YouTube search"
          help="1 to 30"
          error={errors.searchResults}
        >
          {(control) => (
            <input
              {...control}
              {...wholeNumberInput(1, 30)}
              value={draft.searchResults}
              onChange={(e) => edit({ searchResults: e.target.value })}
            />
          )}
        </Row>
        <Row
          name="cookiesFile"
          label="Cookies file"
          help="A cookies.txt exported from a browser signed in to YouTube; passed to yt-dlp as --cookies"
          error={errors.cookiesFile}
          className="span-2"
        >
          {(control) => (
            <input
              {...control}
              {...plainTextInput}
              value={draft.cookiesFile}
              placeholder="/path/to/cookies.txt (empty: none)"
              onChange={(e) => edit({ cookiesFile: e.target.value })}
            />
          )}
        </Row>
        <Row
          name="cookiesFromBrowser"
          label="Cookies from browser"
          help="Or let yt-dlp read them from a browser on this machine"
          error={errors.cookiesFromBrowser}
        >
          {(control) => (
            <select
              {...control}
              value={draft.cookiesFromBrowser}
              onChange={(e) => edit({ cookiesFromBrowser: e.target.value as '' | CookieBrowser })}
            >
              <option value="">None</option>
              {cookieBrowsers.map((b) => (
                <option key={b} value={b}>
                  {b.charAt(0).toUpperCase() + b.slice(1)}
                </option>
              ))}
            </select>
          )}
        </Row>
        <div className="discovery-schedule span-3">
          <label className="check">
            <input
              type="checkbox"
              checked={draft.scheduleOn}
              onChange={(e) => edit({ scheduleOn: e.target.checked })}
            />
            Check for missing trailers on a schedule
          </label>
          <Row
            name="scheduleHours"
            label="Hours between checks"
            help={
              settings.lastScheduledRunAt
                ? `Last scheduled run ${formatRelative(settings.lastScheduledRunAt)}`
                : 'No scheduled run yet'
            }
            error={errors.scheduleHours}
          >
            {(control) => (
              <input
                {...control}
                {...wholeNumberInput(1, 720)}
                disabled={!draft.scheduleOn}
                value={draft.scheduleHours}
                onChange={(e) => edit({ scheduleHours: e.target.value })}
              />
            )}
          </Row>
        </div>
        <div className="discovery-preview span-3">
          <label className="check">
            <input
              type="checkbox"
              checked={draft.youtubePreview}
              aria-describedby="discovery-youtubePreview-note"
              onChange={(e) => edit({ youtubePreview: e.target.checked })}
            />
            Preview YouTube videos in Find trailer (contacts YouTube)
          </label>
          <span
            id="discovery-youtubePreview-note"
            className={errors.youtubePreview ? 'field-error' : 'muted field-help'}
          >
            {errors.youtubePreview ??
              'Adds a Preview button to each YouTube candidate. Turning this on lets the window contact youtube-nocookie.com to play the video you preview.'}
          </span>
        </div>
      </div>
      <SettingsFormFooter
        refused={refused}
        saving={saving}
        changed={changed}
        saveLabel="Save discovery settings"
        onUndo={() => {
          setDraft(toDiscoveryDraft(settings));
          setErrors({});
          setRefused(null);
        }}
      />
    </form>
  );
}

/** Settings' discovery section: TMDB, the YouTube search, cookies for bot checks, the schedule. */
export function DiscoverySection() {
  const settings = useAppStore((s) => s.discoverySettings);
  const status = useAppStore((s) => s.discoverySettingsStatus);

  useEffect(() => {
    void appStore.getState().loadDiscoverySettings();
  }, []);

  // Saved (here or in another window): the form starts over from the stored values. A scheduled
  // run only moves its time, which must not throw away what the person is typing.
  const key = settings ? JSON.stringify({ ...settings, lastScheduledRunAt: null }) : '';

  return (
    <section className="settings-section" aria-labelledby="discovery-heading">
      <div className="section-header">
        <div>
          <h2 id="discovery-heading">Discovery</h2>
          <p className="muted">
            Where trailers are looked for when a title has none: your link, the NFO, TMDB, then a YouTube
            search.
          </p>
        </div>
      </div>
      {settings ? (
        <DiscoveryForm key={key} settings={settings} />
      ) : status === 'error' ? (
        <p className="inline-error" role="alert">
          The discovery settings could not be loaded. Reopen Settings to try again.
        </p>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}
