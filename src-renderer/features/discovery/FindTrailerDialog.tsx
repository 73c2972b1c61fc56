import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Field } from '../../app/Field';
import { DialogHeader, ModalDialog } from '../../app/ModalDialog';
import { ProfileSelect, useProfilesFreshOnOpen } from '../../app/ProfileSelect';
import { videoLinkPlaceholder } from '../../app/video-link';
import { appStore, useAppStore } from '../../store';
import type { FindTrailerState } from '../../store/find-trailer-slice';
import { youtubeEmbedUrl } from '../../../src-preload/contract/youtube-embed';
import { CandidateItem } from './CandidateItem';
import { YoutubePreviewDialog, type PreviewTarget } from './YoutubePreviewDialog';

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
            placeholder={videoLinkPlaceholder}
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
  // Settings → Discovery: off (or not loaded yet), no candidate gets a Preview button or a frame.
  const previewOn = useAppStore((s) => s.discoverySettings?.youtubePreview === true);
  const [preview, setPreview] = useState<PreviewTarget | null>(null);
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
            {search.candidates.length === 1 ? '1 candidate' : `${search.candidates.length} candidates`} for
            the {search.slotLabel.toLowerCase()}, best first. {search.profileName} queues unattended from a
            score of {search.minScore}.{search.query && ` YouTube was searched for “${search.query}”.`}
          </p>
          <ol className="candidate-list" aria-label="Candidates">
            {search.candidates.map((c) => {
              // YouTube videos only: a link to another site has no video id, and so no preview.
              const videoId = previewOn && youtubeEmbedUrl(c.videoId) !== null ? c.videoId : null;
              return (
                <CandidateItem
                  key={c.key}
                  candidate={c}
                  minScore={search.minScore}
                  disabled={busy !== null}
                  busy={busy === c.key}
                  onPick={() => void appStore.getState().pickCandidate(c.key)}
                  onReject={() => void appStore.getState().rejectCandidate(c.key)}
                  onPreview={videoId === null ? undefined : () => setPreview({ videoId, title: c.title })}
                />
              );
            })}
          </ol>
          {previewOn && <YoutubePreviewDialog target={preview} onClose={() => setPreview(null)} />}
        </>
      )}
    </>
  );
}

/** Which video to search for: the profile's wanted ones for the title first, then every other kind. */
function SlotSelect({ dialog }: { dialog: FindTrailerState }) {
  const choices = dialog.search?.slotChoices ?? [];
  if (choices.length < 2) return null;
  return (
    <Field label="Video">
      {(id) => (
        <select
          id={id}
          value={dialog.search?.slot ?? ''}
          disabled={dialog.status === 'searching'}
          onChange={(e) => void appStore.getState().searchTrailers(undefined, e.target.value)}
        >
          {choices.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Ranked candidates for one title, with their reasons: pick one, reject one, or paste a link. */
export function FindTrailerDialog() {
  const { dialog, profiles, close } = useAppStore(
    useShallow((s) => ({ dialog: s.findTrailer, profiles: s.profiles, close: s.closeFindTrailer })),
  );
  useProfilesFreshOnOpen(dialog.open);
  // Whether candidates may be previewed, as saved now (perhaps in another window).
  useEffect(() => {
    if (dialog.open) void appStore.getState().loadDiscoverySettings();
  }, [dialog.open]);

  return (
    <ModalDialog open={dialog.open} label="Find trailer" className="find-dialog" onClose={close}>
      <div className="dialog-body" aria-busy={dialog.status === 'searching'}>
        <DialogHeader title="Find trailer" onClose={close} />
        <div className="find-top">
          <p className="muted">
            For <strong className="dialog-subject">{dialog.label}</strong>. Candidates come from your link,
            the NFO, TMDB and a YouTube search; rejected ones are not proposed again.
          </p>
          <ProfileSelect
            profiles={profiles}
            value={dialog.profileId}
            disabled={dialog.status === 'searching'}
            onChange={(profileId) => void appStore.getState().searchTrailers(profileId)}
          />
          <SlotSelect dialog={dialog} />
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
    </ModalDialog>
  );
}
