import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TrailerProfile } from '../../../src-preload/contract';
import { Field } from '../../app/Field';
import { appStore, useAppStore } from '../../store';
import type { FindTrailerState } from '../../store/find-trailer-slice';
import { CandidateItem } from './CandidateItem';

function ProfileChoice({ dialog, profiles }: { dialog: FindTrailerState; profiles: TrailerProfile[] }) {
  const enabled = profiles.filter((p) => p.enabled);
  const fallback = enabled.find((p) => p.isDefault) ?? enabled[0];
  const value = dialog.profileId ?? fallback?.id ?? '';
  return (
    <Field label="Profile">
      {(id) => (
        <select
          id={id}
          value={value}
          disabled={enabled.length === 0 || dialog.status === 'searching'}
          onChange={(e) => void appStore.getState().searchTrailers(Number(e.target.value))}
        >
          {enabled.map((p) => (
            <option key={p.id} value={p.id}>
              {p.isDefault ? `${p.name} (default)` : p.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function PasteLink({ busy }: { busy: boolean }) {
  const [source, setSource] = useState('');
  return (
    <form
      className="find-paste"
      onSubmit={(e) => {
        e.preventDefault();
        if (source.trim() !== '') void appStore.getState().downloadPasted(source);
      }}
    >
      <Field label="Paste a link instead" className="field-grow">
        {(id) => (
          <input
            id={id}
            type="text"
            value={source}
            onChange={(e) => setSource(e.target.value)}
            placeholder="https://www.youtube.com/watch?v=… or dQw4w9WgXcQ"
            spellCheck={false}
            autoComplete="off"
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={busy || source.trim() === ''}>
        Download link
      </button>
    </form>
  );
}

function Results({ dialog }: { dialog: FindTrailerState }) {
  const { search, status, busy } = dialog;
  if (status === 'searching') {
    return (
      <p className="find-searching" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        Searching… Asking the NFO, TMDB and YouTube can take several seconds.
      </p>
    );
  }
  if (status === 'error') {
    return (
      <div className="notice notice-error" role="alert">
        <p>The search failed: {dialog.searchError?.message}</p>
        <button
          type="button"
          className="button button-small"
          onClick={() => void appStore.getState().searchTrailers()}
        >
          Search again
        </button>
      </div>
    );
  }
  if (!search) return null;
  return (
    <>
      {search.warnings.length > 0 && (
        <ul className="notice notice-warn find-warnings" aria-label="Search warnings">
          {search.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      {search.candidates.length === 0 ? (
        <div className="empty-inline find-empty">
          <p>No candidate found{search.query ? ` for “${search.query}”` : ''}.</p>
          <p>Paste a link below, or adjust the profile's YouTube search and excluded words in Settings.</p>
        </div>
      ) : (
        <>
          <p className="muted find-summary" aria-live="polite">
            {search.candidates.length === 1 ? '1 candidate' : `${search.candidates.length} candidates`}, best
            first. {search.profileName} queues unattended from a score of {search.minScore}.
            {search.query && ` YouTube was searched for “${search.query}”.`}
          </p>
          <ol className="candidate-list" aria-label="Candidates">
            {search.candidates.map((c) => (
              <CandidateItem
                key={c.key}
                candidate={c}
                minScore={search.minScore}
                disabled={busy !== null}
                busy={busy === c.key}
                onPick={() => void appStore.getState().pickCandidate(c.key)}
                onReject={() => void appStore.getState().rejectCandidate(c.key)}
              />
            ))}
          </ol>
        </>
      )}
    </>
  );
}

/** Ranked candidates for one title, with their reasons: pick one, reject one, or paste a link. */
export function FindTrailerDialog() {
  const { dialog, profiles, close } = useAppStore(
    useShallow((s) => ({ dialog: s.findTrailer, profiles: s.profiles, close: s.closeFindTrailer })),
  );
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { open } = dialog;

  useEffect(() => {
    const element = dialogRef.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  useEffect(() => {
    // Profiles may have changed in another window since they were last loaded.
    if (open) void appStore.getState().loadProfiles();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="dialog find-dialog"
      aria-label="Find trailer"
      onClose={() => {
        if (appStore.getState().findTrailer.open) close();
      }}
    >
      {open && (
        <div className="dialog-body" aria-busy={dialog.status === 'searching'}>
          <header className="dialog-header">
            <h2>Find trailer</h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={close}>
              ×
            </button>
          </header>
          <div className="find-top">
            <p className="muted">
              For <strong className="dialog-subject">{dialog.label}</strong>. Candidates come from your link,
              the NFO, TMDB and a YouTube search; rejected ones are not proposed again.
            </p>
            <ProfileChoice dialog={dialog} profiles={profiles} />
          </div>
          {dialog.actionError && (
            <p className="inline-error" role="alert">
              {dialog.actionError.message}
            </p>
          )}
          <div className="find-results">
            <Results dialog={dialog} />
          </div>
          <footer className="dialog-footer find-footer">
            <PasteLink busy={dialog.busy !== null} />
          </footer>
        </div>
      )}
    </dialog>
  );
}
