import type { ReactNode } from 'react';
import { KitTextField } from './ConnectionFieldKit';
import { mappingRow, type DraftErrors, type MappingRow } from './connection-draft';

interface Props {
  appLabel: string;
  rows: MappingRow[];
  errors: DraftErrors;
  onChange(rows: MappingRow[]): void;
  /** The suggestions' list, when the app can suggest rules. */
  children?: ReactNode;
}

/** "Their path → this machine's path" rules, one row each. */
export function PathMappingsEditor({ appLabel, rows, errors, onChange, children }: Props) {
  const edit = (key: number, patch: Partial<MappingRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <fieldset className="mappings span-2">
      <legend>Path mappings</legend>
      <p className="muted mappings-help">
        Only needed when {appLabel} sees your library under other paths than this machine: if {appLabel} (in
        Docker, say) shows <code>/movies/Alien (1979)</code> where this machine reads{' '}
        <code>/mnt/nas/Movies/Alien (1979)</code>, the rule <code>/movies</code> →{' '}
        <code>/mnt/nas/Movies</code> joins the two.
      </p>
      {errors.pathMappings && (
        <p className="field-error" role="alert">
          {errors.pathMappings}
        </p>
      )}
      {rows.length > 0 && (
        <ol className="mapping-rows" aria-label="Path mappings">
          {rows.map((row, index) => (
            <li key={row.key} className="mapping-row">
              <KitTextField
                name={`pathMappings.${index}.remote`}
                label={`Their path (${index + 1})`}
                help={`As ${appLabel} shows it`}
                errors={errors}
                value={row.remote}
                placeholder="/movies"
                onChange={(remote) => edit(row.key, { remote })}
              />
              <span className="mapping-arrow" aria-hidden="true">
                →
              </span>
              <KitTextField
                name={`pathMappings.${index}.local`}
                label={`This machine's path (${index + 1})`}
                help="The same folder here"
                errors={errors}
                value={row.local}
                placeholder="/mnt/nas/Movies"
                onChange={(local) => edit(row.key, { local })}
              />
              <button
                type="button"
                className="button button-quiet mapping-remove"
                aria-label={`Remove mapping ${index + 1}`}
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => onChange([...rows, mappingRow()])}>
          Add a mapping
        </button>
      </div>
      {children}
    </fieldset>
  );
}
