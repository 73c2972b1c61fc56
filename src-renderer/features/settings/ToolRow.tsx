import { useId, useState } from 'react';
import type { ToolInfo } from '../../../src-preload/contract';
import { Field } from '../../app/Field';
import { appStore } from '../../store';
import { toolSourceLabel, toolWorks } from '../diagnostics/diagnostics-format';
import { fieldMessage } from './tools-format';

/** The path field: a program the person points at, or empty to let Trailerdeck look for it. */
function ToolPathForm({ tool, configured }: { tool: ToolInfo; configured: string | null }) {
  const [draft, setDraft] = useState(configured ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const noteId = useId();
  const trimmed = draft.trim();

  const save = async (value: string | null) => {
    setSaving(true);
    setError(null);
    const refused = await appStore.getState().updateToolsSettings({ path: { tool: tool.name, value } });
    setSaving(false);
    if (refused) setError(fieldMessage(refused));
    else if (value === null) setDraft('');
  };

  return (
    <form
      className="tool-path-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (saving) return;
        if (trimmed === '')
          setError('Enter the path of the program, or choose Clear to let Trailerdeck look for it.');
        else void save(trimmed);
      }}
    >
      <Field label={`${tool.label} path`} className="field-grow">
        {(id) => (
          <>
            <input
              id={id}
              type="text"
              value={draft}
              placeholder="Empty: Trailerdeck looks for it"
              spellCheck={false}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={noteId}
              onChange={(e) => setDraft(e.target.value)}
            />
            <span id={noteId} className={error ? 'field-error' : 'muted field-help'}>
              {error ??
                (configured
                  ? 'Trailerdeck runs this program. Clear it to let Trailerdeck look for one.'
                  : `The full path of the ${tool.label} program, if Trailerdeck should use a particular one.`)}
            </span>
          </>
        )}
      </Field>
      <div className="button-row tool-path-buttons">
        <button type="submit" className="button" disabled={saving || trimmed === (configured ?? '')}>
          Use this program
        </button>
        {configured !== null && (
          <button
            type="button"
            className="button button-quiet"
            disabled={saving}
            onClick={() => void save(null)}
          >
            Clear
          </button>
        )}
      </div>
    </form>
  );
}

/** One program: where it was found, its version, what is wrong, and its path setting. */
export function ToolRow({ tool, configured }: { tool: ToolInfo; configured: string | null }) {
  const headingId = useId();
  const works = toolWorks(tool);
  return (
    <li className="tool-row" aria-labelledby={headingId}>
      <div className="tool-head">
        <h3 id={headingId}>{tool.label}</h3>
        {works ? (
          <span className="badge badge-ok">Works</span>
        ) : (
          <span className="badge badge-error">{tool.path === null ? 'Not found' : 'Does not run'}</span>
        )}
      </div>
      <dl className="facts tool-facts">
        <div className="fact">
          <dt>Version</dt>
          <dd>{tool.version ?? '—'}</dd>
        </div>
        <div className="fact">
          <dt>Found</dt>
          <dd>{toolSourceLabel(tool.source)}</dd>
        </div>
        <div className="fact tool-path-fact">
          <dt>Path</dt>
          <dd>{tool.path ? <code className="path">{tool.path}</code> : '—'}</dd>
        </div>
      </dl>
      {(tool.problem ?? tool.outdated) && (
        <div className="check-problem">
          <p>{tool.problem ?? tool.outdated}</p>
          {tool.fix && <p className="check-fix">{tool.fix}</p>}
        </div>
      )}
      {/* Saved elsewhere (or cleared): the field starts over from the stored value. */}
      <ToolPathForm key={configured ?? ''} tool={tool} configured={configured} />
    </li>
  );
}
