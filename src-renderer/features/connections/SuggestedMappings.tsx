import { useEffect } from 'react';
import type { PathMapping, ProcedureInput } from '../../../src-preload/contract';
import { appStore, useAppStore } from '../../store';
import { plural } from '../../store/messages';

export interface SuggestionView extends PathMapping {
  /** Why it is suggested: "explains 12 titles (Alien, Heat…)", "Both hold Heat (1995)…". */
  detail: string;
  /** More of the evidence, as a tooltip. */
  hint?: string;
}

/** Rules proposed from what the app and this machine see; Accept adds one to the rows above. */
export function SuggestedMappingsList(props: {
  status: 'loading' | 'ready' | 'error';
  suggestions: SuggestionView[];
  /** Rules already in the form, so an accepted one is not offered again. */
  current: PathMapping[];
  /** What the list is made from, for the empty and failed cases. */
  source: string;
  onAccept(mapping: PathMapping): void;
}) {
  const same = (a: PathMapping, b: PathMapping) => a.remote === b.remote && a.local === b.local;
  const open = props.suggestions.filter((s) => !props.current.some((c) => same(c, s)));
  if (props.status === 'loading') return <p className="muted">Looking for suggested mappings…</p>;
  if (props.status === 'error') {
    return <p className="muted">No suggestions: {props.source} could not be asked. Test the connection.</p>;
  }
  if (open.length === 0) return null;
  return (
    <div className="mapping-suggested">
      <h4 className="field-label">Suggested</h4>
      <ul className="mapping-suggestions" aria-label="Suggested mappings">
        {open.map((s) => (
          <li key={`${s.remote}\u0000${s.local}`}>
            <span>
              <code>{s.remote}</code> → <code>{s.local}</code>{' '}
              <span className="muted" title={s.hint}>
                {s.detail}
              </span>
            </span>
            <button
              type="button"
              className="button"
              aria-label={`Accept ${s.remote} → ${s.local}`}
              onClick={() => props.onAccept({ remote: s.remote, local: s.local })}
            >
              Accept
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** " (Alien, Heat…)": two of the titles a rule explains, and "…" when it explains more. */
function examplesOf(examples: string[], titles: number): string {
  if (examples.length === 0) return '';
  const shown = examples.slice(0, 2);
  return ` (${shown.join(', ')}${titles > shown.length ? '…' : ''})`;
}

/** A saved Radarr's or Sonarr's suggestions: main matches its root and title folders to ours. */
export function ArrSuggestedMappings(props: {
  connectionId: number;
  appLabel: string;
  current: PathMapping[];
  onAccept(mapping: PathMapping): void;
}) {
  const view = useAppStore((s) =>
    s.mappingSuggestions?.connectionId === props.connectionId ? s.mappingSuggestions : null,
  );
  useEffect(() => {
    void appStore.getState().loadMappingSuggestions(props.connectionId);
    return () => appStore.getState().clearMappingSuggestions();
  }, [props.connectionId]);

  const status = !view || view.status === 'idle' ? 'loading' : view.status;
  return (
    <SuggestedMappingsList
      status={status}
      suggestions={(view?.found?.suggestions ?? []).map((s) => ({
        remote: s.remote,
        local: s.local,
        detail: `explains ${plural(s.titles, 'title')}${examplesOf(s.examples, s.titles)}`,
        hint: s.examples.join('\n'),
      }))}
      current={props.current}
      source={props.appLabel}
      onAccept={props.onAccept}
    />
  );
}

/**
 * A media server's suggestions: its library folders compared with ours. A saved server is asked at
 * once; a new one once its Test worked (`input` is then set).
 */
export function ServerSuggestedMappings(props: {
  input: ProcedureInput<'connections:serverLibraries'> | null;
  appLabel: string;
  current: PathMapping[];
  onAccept(mapping: PathMapping): void;
}) {
  const view = useAppStore((s) => s.editorServerLibraries);
  const key = JSON.stringify(props.input);
  useEffect(() => {
    const input = JSON.parse(key) as ProcedureInput<'connections:serverLibraries'> | null;
    if (input) void appStore.getState().loadEditorServerLibraries(input);
  }, [key]);
  useEffect(() => () => appStore.getState().clearEditorServerLibraries(), []);

  if (!view) return null;
  const status = view.status === 'idle' ? 'loading' : view.status;
  return (
    <SuggestedMappingsList
      status={view.found?.problem ? 'error' : status}
      suggestions={(view.found?.suggestions ?? []).map((s) => ({ ...s, detail: s.reason }))}
      current={props.current}
      source={props.appLabel}
      onAccept={props.onAccept}
    />
  );
}
