import { useEffect, useId, useState } from 'react';
import type { LogLevel } from '../../../src-preload/contract';
import { Field } from '../../app/Field';
import { SearchIcon } from '../../app/icons';
import { useAppStore } from '../../store';
import { levelsMildestFirst, logLevelLabels } from '../../store/log-state';

/** Typing waits this long before asking main, so each keystroke does not fetch the log. */
export const searchDelayMs = 300;

/** The level ("this level and worse") and a search over source, message and details. */
export function LogsToolbar() {
  const query = useAppStore((s) => s.logQuery);
  const setQuery = useAppStore((s) => s.setLogQuery);
  const [text, setText] = useState(query.search);
  const levelNoteId = useId();

  useEffect(() => {
    if (text === query.search) return;
    const timer = setTimeout(() => void setQuery({ search: text }), searchDelayMs);
    return () => clearTimeout(timer);
  }, [text, query.search, setQuery]);

  return (
    <div className="toolbar logs-toolbar" role="search">
      <div className="search-field">
        <span className="search-icon">
          <SearchIcon />
        </span>
        <input
          type="search"
          aria-label="Search logs"
          value={text}
          maxLength={200}
          placeholder="Search source, message or details"
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <Field label="Level">
        {(id) => (
          <select
            id={id}
            value={query.level}
            aria-describedby={levelNoteId}
            onChange={(e) => void setQuery({ level: e.target.value as LogLevel })}
          >
            {levelsMildestFirst.map((level) => (
              <option key={level} value={level}>
                {logLevelLabels[level]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="muted logs-level-note" id={levelNoteId}>
        Shows the chosen level and worse.
      </p>
    </div>
  );
}
