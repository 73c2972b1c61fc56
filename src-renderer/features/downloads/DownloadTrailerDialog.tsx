import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MediaDetail, TrailerProfile } from '../../../src-preload/contract';
import { Field } from '../../app/Field';
import { DialogHeader, ModalDialog } from '../../app/ModalDialog';
import { fallbackProfile, ProfileSelect, useProfilesFreshOnOpen } from '../../app/ProfileSelect';
import { videoLinkPlaceholder } from '../../app/video-link';
import { appStore, useAppStore } from '../../store';
import { titleWithYear } from '../library/media-labels';

function DownloadForm({ detail, profiles }: { detail: MediaDetail; profiles: TrailerProfile[] }) {
  const { dialog, enqueue, close } = useAppStore(
    useShallow((s) => ({ dialog: s.downloadDialog, enqueue: s.enqueue, close: s.closeDownloadDialog })),
  );
  const [source, setSource] = useState(detail.trailerSource ?? detail.nfoTrailerId ?? '');
  const [profileId, setProfileId] = useState<number | null>(null);
  // A profile list that arrives after opening still gets a choice made.
  const chosen = profileId ?? fallbackProfile(profiles)?.id ?? null;
  const known = detail.trailerSource ? 'the link you set' : detail.nfoTrailerId ? "the NFO's trailer" : null;
  const noneEnabled = profiles.length > 0 && !profiles.some((p) => p.enabled);

  return (
    <form
      className="dialog-body"
      onSubmit={(e) => {
        e.preventDefault();
        void enqueue(source, chosen ?? undefined);
      }}
    >
      <DialogHeader title="Download trailer" onClose={close} />
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
            placeholder={videoLinkPlaceholder}
            spellCheck={false}
            autoComplete="off"
            autoFocus
            aria-invalid={dialog.error ? true : undefined}
            aria-describedby={dialog.error ? 'download-error' : undefined}
          />
        )}
      </Field>
      <ProfileSelect profiles={profiles} value={chosen} onChange={setProfileId} />
      {noneEnabled && <p className="muted">Every profile is switched off. Turn one on in Settings.</p>}
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
  const { open, profiles, profilesStatus, close } = useAppStore(
    useShallow((s) => ({
      open: s.downloadDialog.open && s.downloadDialog.mediaId === detail.id,
      profiles: s.profiles,
      profilesStatus: s.profilesStatus,
      close: s.closeDownloadDialog,
    })),
  );

  useProfilesFreshOnOpen(open);
  // Leaving the page with the dialog open must not leave it open for the next title.
  useEffect(() => () => appStore.getState().closeDownloadDialog(), []);

  return (
    <ModalDialog open={open} label="Download trailer" className="download-dialog" onClose={close}>
      {profilesStatus === 'error' ? (
        <p className="inline-error dialog-body" role="alert">
          The trailer profiles could not be loaded. Close this dialog and try again.
        </p>
      ) : profilesStatus !== 'ready' && profiles.length === 0 ? (
        <p className="muted dialog-body">Loading profiles…</p>
      ) : (
        <DownloadForm detail={detail} profiles={profiles} />
      )}
    </ModalDialog>
  );
}
