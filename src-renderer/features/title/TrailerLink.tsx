import { useState } from 'react';
import type { ContractError, MediaDetail } from '../../../src-preload/contract';
import { appStore } from '../../store';
import { youtubeUrl } from './trailer-columns';

/** A link for a source the window may open: http(s) as typed, or a YouTube id. */
export function sourceHref(source: string): string | null {
  if (/^https?:\/\//i.test(source)) return source;
  return youtubeUrl(source);
}

/** The title's own trailer link: shown, edited and cleared in place. It wins over the NFO's. */
export function TrailerLink({ detail }: { detail: MediaDetail }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const current = detail.trailerSource;

  const save = async (source: string | null) => {
    setBusy(true);
    setError(null);
    const refused = await appStore.getState().setTrailerSource(detail.id, source);
    setBusy(false);
    if (refused) setError(refused);
    else setEditing(false);
  };

  if (!editing) {
    const href = current ? sourceHref(current) : null;
    return (
      <span className="trailer-link">
        {current === null ? (
          <span className="muted">{detail.nfoTrailerId ? 'None (the NFO trailer is used)' : 'None'}</span>
        ) : href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" className="external trailer-link-value">
            {current}
          </a>
        ) : (
          <code className="trailer-link-value">{current}</code>
        )}
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={current === null ? 'Set trailer link' : 'Edit trailer link'}
          onClick={() => {
            setValue(current ?? '');
            setError(null);
            setEditing(true);
          }}
        >
          {current === null ? 'Set' : 'Edit'}
        </button>
        {current !== null && (
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label="Clear trailer link"
            disabled={busy}
            onClick={() => void save(null)}
          >
            Clear
          </button>
        )}
      </span>
    );
  }

  return (
    <form
      className="trailer-link-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save(value.trim() === '' ? null : value);
      }}
    >
      <input
        type="text"
        aria-label="Trailer link"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        placeholder="Video link or YouTube id"
        spellCheck={false}
        autoComplete="off"
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'trailer-link-error' : undefined}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setEditing(false);
        }}
      />
      <button type="submit" className="button button-small" disabled={busy}>
        {busy ? 'Saving…' : 'Save'}
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => setEditing(false)}>
        Cancel
      </button>
      {error && (
        <p className="inline-error trailer-link-error" role="alert" id="trailer-link-error">
          {error.message}
        </p>
      )}
    </form>
  );
}
