import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MediaDetail, TrailerProfile } from '../../../src-preload/contract';
import { Field } from '../../app/Field';
import { appStore, useAppStore } from '../../store';
import { titleWithYear } from '../library/media-labels';

function DownloadForm({ detail, profiles }: { detail: MediaDetail; profiles: TrailerProfile[] }) {
  const { dialog, enqueue, close } = useAppStore(
    useShallow((s) => ({ dialog: s.downloadDialog, enqueue: s.enqueue, close: s.closeDownloadDialog })),
  );
  const enabled = profiles.filter((p) => p.enabled);
  const fallback = enabled.find((p) => p.isDefault) ?? enabled[0];
  const [source, setSource] = useState(detail.trailerSource ?? detail.nfoTrailerId ?? '');
  const [profileId, setProfileId] = useState<number | null>(fallback?.id ?? null);
  // A profile list that arrives after opening still gets a choice made.
  const chosen = profileId ?? fallback?.id ?? null;
  const known = detail.trailerSource ? 'the link you set' : detail.nfoTrailerId ? "the NFO's trailer" : null;

  return (
    <form
      className="dialog-body"
      onSubmit={(e) => {
        e.preventDefault();
        void enqueue(source, chosen ?? undefined);
      }}
    >
      <header className="dialog-header">
        <h2>Download trailer</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={close}>
          ×
        </button>
      </header>
      <p className="muted">
        For <strong className="dialog-subject">{titleWithYear(detail)}</strong>. Paste a link to a video page
        or file, or a YouTube id{known ? `; prefilled with ${known}` : ''}.
      </p>
      <Field label="Video link or YouTube id">
        {(id) => (
          <input
            id={id}
            type="text"
            value={source}
            onChange={(e) => setSource(e.target.value)}
            placeholder="https://www.youtube.com/watch?v=… or dQw4w9WgXcQ"
            spellCheck={false}
            autoComplete="off"
            autoFocus
            aria-invalid={dialog.error ? true : undefined}
            aria-describedby={dialog.error ? 'download-error' : undefined}
          />
        )}
      </Field>
      <Field label="Profile">
        {(id) => (
          <select
            id={id}
            value={chosen ?? ''}
            disabled={enabled.length === 0}
            onChange={(e) => setProfileId(Number(e.target.value))}
          >
            {enabled.map((p) => (
              <option key={p.id} value={p.id}>
                {p.isDefault ? `${p.name} (default)` : p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {enabled.length === 0 && profiles.length > 0 && (
        <p className="muted">Every profile is switched off. Turn one on in Settings.</p>
      )}
      {dialog.error && (
        <p className="inline-error" role="alert" id="download-error">
          {dialog.error.message}
        </p>
      )}
      <footer className="dialog-footer">
        <span className="target" />
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={dialog.submitting || chosen === null}
        >
          {dialog.submitting ? 'Queueing…' : 'Download'}
        </button>
      </footer>
    </form>
  );
}

/** Asks for one title's trailer: a link or id and a profile. Refusals stay in the dialog. */
export function DownloadTrailerDialog({ detail }: { detail: MediaDetail }) {
  const { open, profiles, profilesStatus } = useAppStore(
    useShallow((s) => ({
      open: s.downloadDialog.open && s.downloadDialog.mediaId === detail.id,
      profiles: s.profiles,
      profilesStatus: s.profilesStatus,
    })),
  );
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    // Profiles may have changed in another window since they were last loaded.
    if (open) void appStore.getState().loadProfiles();
  }, [open]);

  // Leaving the page with the dialog open must not leave it open for the next title.
  useEffect(() => () => appStore.getState().closeDownloadDialog(), []);

  return (
    <dialog
      ref={dialogRef}
      className="dialog download-dialog"
      aria-label="Download trailer"
      onClose={() => {
        if (appStore.getState().downloadDialog.open) appStore.getState().closeDownloadDialog();
      }}
    >
      {open &&
        (profilesStatus === 'error' ? (
          <p className="inline-error dialog-body" role="alert">
            The trailer profiles could not be loaded. Close this dialog and try again.
          </p>
        ) : profilesStatus !== 'ready' && profiles.length === 0 ? (
          <p className="muted dialog-body">Loading profiles…</p>
        ) : (
          <DownloadForm detail={detail} profiles={profiles} />
        ))}
    </dialog>
  );
}
