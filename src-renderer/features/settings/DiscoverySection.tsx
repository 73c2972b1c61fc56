import { useEffect, useState, type ReactNode } from 'react';
import type { ContractError, DiscoverySettings } from '../../../src-preload/contract';
import { Field } from '../../app/Field';
import { appStore, useAppStore } from '../../store';
import { formatRelative } from '../title/format';
import {
  fieldError,
  parseDiscoveryDraft,
  toDiscoveryDraft,
  type CookieBrowser,
  type DiscoveryDraftErrors,
  type DiscoveryField,
  type DiscoverySettingsDraft,
} from './discovery-settings-draft';
import { cookieBrowsers } from './search-defaults';

/** A labelled control with its help line, which turns into the error when there is one. */
function Row(props: {
  name: DiscoveryField;
  label: string;
  help: ReactNode;
  error: string | undefined;
  className?: string;
  children(id: string, describedBy: string, invalid: true | undefined): ReactNode;
}) {
  const noteId = `discovery-${props.name}-note`;
  return (
    <Field label={props.label} className={props.className}>
      {(id) => (
        <>
          {props.children(id, noteId, props.error ? true : undefined)}
          <span id={noteId} className={props.error ? 'field-error' : 'muted field-help'}>
            {props.error ?? props.help}
          </span>
        </>
      )}
    </Field>
  );
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
          {(id, note, invalid) => (
            <input
              id={id}
              type="password"
              value={draft.tmdbApiKey}
              placeholder={settings.tmdbKeySet ? 'A key is set' : 'Paste your key'}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={invalid}
              aria-describedby={note}
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
          {(id, note, invalid) => (
            <input
              id={id}
              type="text"
              value={draft.tmdbBaseUrl}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={invalid}
              aria-describedby={note}
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
          {(id, note, invalid) => (
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={1}
              max={30}
              step={1}
              value={draft.searchResults}
              aria-invalid={invalid}
              aria-describedby={note}
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
          {(id, note, invalid) => (
            <input
              id={id}
              type="text"
              value={draft.cookiesFile}
              placeholder="/path/to/cookies.txt (empty: none)"
              spellCheck={false}
              autoComplete="off"
              aria-invalid={invalid}
              aria-describedby={note}
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
          {(id, note, invalid) => (
            <select
              id={id}
              value={draft.cookiesFromBrowser}
              aria-invalid={invalid}
              aria-describedby={note}
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
            {(id, note, invalid) => (
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={1}
                max={720}
                step={1}
                disabled={!draft.scheduleOn}
                value={draft.scheduleHours}
                aria-invalid={invalid}
                aria-describedby={note}
                onChange={(e) => edit({ scheduleHours: e.target.value })}
              />
            )}
          </Row>
        </div>
      </div>
      {refused && (
        <p className="inline-error" role="alert">
          {refused.message}
        </p>
      )}
      <div className="downloads-form-footer">
        <button type="submit" className="button button-primary" disabled={saving || !changed}>
          {saving ? 'Saving…' : 'Save discovery settings'}
        </button>
        {changed && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setDraft(toDiscoveryDraft(settings));
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
