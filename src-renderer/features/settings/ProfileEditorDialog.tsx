import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TrailerProfile } from '../../../src-preload/contract';
import { DialogHeader, ModalDialog } from '../../app/ModalDialog';
import { useAppStore } from '../../store';
import type { TitlesToDownloadFields } from '../../store/profiles-slice';
import { Check, Select, TextField } from './FormControls';
import { draftProblem, fromDraft, toDraft, type ProfileDraft } from './profile-draft';
import {
  audioCodecOptions,
  containerOptions,
  placementOptions,
  resolutionOptions,
  videoCodecOptions,
} from './profile-labels';
import { ProfileSearchFields } from './ProfileSearchFields';
import { EnableProfileCheck } from './EnableProfileCheck';
import { ProfileVideoFields } from './ProfileVideoFields';
import { ProfileProcessingFields } from './ProfileProcessingFields';
import { placeVideoError, videoDraftProblem, type VideoProblem } from './profile-videos-draft';

/** The draft's fields the enable question counts with (the saved profile's are not what is edited). */
function countedFields(draft: ProfileDraft): TitlesToDownloadFields {
  const {
    acceptDetectedTrailers,
    wantedVideos,
    maxVideosPerTitle,
    seasonTrailers,
    languages,
    onePerLanguage,
  } = fromDraft(draft);
  return {
    acceptDetectedTrailers,
    wantedVideos,
    maxVideosPerTitle,
    seasonTrailers,
    languages,
    onePerLanguage,
  };
}

function ProfileForm({ initial, profileId }: { initial: ProfileDraft; profileId: number | null }) {
  const isNew = profileId === null;
  const { editor, save, close } = useAppStore(
    useShallow((s) => ({ editor: s.profileEditor, save: s.saveProfile, close: s.closeProfileEditor })),
  );
  const [draft, setDraft] = useState(initial);
  // Checked here first: main's word for a typed score that is not a number says less.
  const [problem, setProblem] = useState<string | null>(null);
  const [videoProblem, setVideoProblem] = useState<VideoProblem | null>(null);
  const set =
    <K extends keyof ProfileDraft>(key: K) =>
    (value: ProfileDraft[K]) => {
      setDraft((d) => ({ ...d, [key]: value }));
      setProblem(null);
      setVideoProblem(null);
    };
  // Main's refusal of a video field is shown by that field, not under the form.
  const mainVideoProblem = placeVideoError(editor.error);
  const formError = problem ?? (mainVideoProblem ? null : editor.error?.message);

  return (
    <form
      className="dialog-body"
      onSubmit={(e) => {
        e.preventDefault();
        if (editor.saving) return;
        const found = draftProblem(draft);
        const foundVideo = videoDraftProblem(draft);
        setProblem(found);
        setVideoProblem(foundVideo);
        if (!found && !foundVideo) void save(fromDraft(draft));
      }}
    >
      <DialogHeader title={isNew ? 'New profile' : 'Edit profile'} onClose={close} />

      <div className="profile-form">
        <TextField label="Name" value={draft.name} onChange={set('name')} className="span-2" />
        <EnableProfileCheck
          checked={draft.enabled}
          wasEnabled={initial.enabled}
          profileId={profileId}
          name={draft.name}
          counted={countedFields(draft)}
          onChange={set('enabled')}
        />
        <Check label="Embed metadata" checked={draft.embedMetadata} onChange={set('embedMetadata')} />

        <Select
          label="Maximum resolution"
          value={draft.maxResolution}
          options={resolutionOptions}
          onChange={set('maxResolution')}
        />
        <Select
          label="Container"
          value={draft.container}
          options={containerOptions}
          onChange={set('container')}
        />
        <Select
          label="Video codec"
          value={draft.videoCodec}
          options={videoCodecOptions}
          onChange={set('videoCodec')}
        />
        <Select
          label="Audio codec"
          value={draft.audioCodec}
          options={audioCodecOptions}
          onChange={set('audioCodec')}
        />

        <TextField
          label="Audio language"
          value={draft.audioLanguage}
          onChange={set('audioLanguage')}
          placeholder="e.g. en (empty: the video's own)"
        />
        <span />
        <TextField
          label="Minimum duration (seconds)"
          type="number"
          value={draft.minDurationSeconds}
          onChange={set('minDurationSeconds')}
          placeholder="empty: no limit"
        />
        <TextField
          label="Maximum duration (seconds)"
          type="number"
          value={draft.maxDurationSeconds}
          onChange={set('maxDurationSeconds')}
          placeholder="empty: no limit"
        />

        <Check label="Subtitles" checked={draft.subtitlesEnabled} onChange={set('subtitlesEnabled')} />
        <Check
          label="Include auto-generated subtitles"
          checked={draft.includeAutoSubtitles}
          onChange={set('includeAutoSubtitles')}
        />
        <TextField
          label="Subtitle languages"
          value={draft.subtitleLanguages}
          onChange={set('subtitleLanguages')}
          placeholder="e.g. en, de"
          className="span-2"
        />

        <Select
          label="Placement"
          value={draft.placement}
          options={placementOptions}
          onChange={set('placement')}
        />
        {draft.placement === 'custom' ? (
          <TextField
            label="File name template"
            value={draft.customTemplate}
            onChange={set('customTemplate')}
            placeholder="{title} ({year})-trailer"
          />
        ) : (
          <span />
        )}
        {draft.placement === 'custom' && (
          <p className="muted span-2 hint">
            Relative to the title's folder, without extension. Tokens:{' '}
            {'{title} {year} {resolution} {vcodec} {acodec} {youtube_id} {profile}'}
          </p>
        )}

        <ProfileProcessingFields draft={draft} set={set} />
        <ProfileVideoFields draft={draft} set={set} problem={videoProblem ?? mainVideoProblem} />
        <ProfileSearchFields draft={draft} set={set} />
      </div>

      {formError && (
        <p className="inline-error" role="alert">
          {formError}
        </p>
      )}
      {(videoProblem ?? mainVideoProblem) && (
        <p className="inline-error">Something under “Which videos” or “Languages” needs a look.</p>
      )}

      <footer className="dialog-footer">
        <span className="target" />
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={editor.saving}>
          {editor.saving ? 'Saving…' : 'Save'}
        </button>
      </footer>
    </form>
  );
}

/** Creates or edits one trailer profile; a refused save keeps the dialog open with the reason. */
export function ProfileEditorDialog() {
  const { editor, profiles, close } = useAppStore(
    useShallow((s) => ({ editor: s.profileEditor, profiles: s.profiles, close: s.closeProfileEditor })),
  );
  const editing: TrailerProfile | undefined =
    editor.profileId === null ? undefined : profiles.find((p) => p.id === editor.profileId);
  // A new profile starts from the default one's settings.
  const base = editing ?? profiles.find((p) => p.isDefault);

  return (
    <ModalDialog open={editor.open} label="Edit profile" className="profile-dialog" onClose={close}>
      {base && (
        <ProfileForm
          key={editor.profileId ?? 'new'}
          profileId={editing?.id ?? null}
          // A new profile starts off: switching it on is asked about (EnableProfileCheck).
          initial={editing ? toDraft(editing) : { ...toDraft(base), name: '', enabled: false }}
        />
      )}
    </ModalDialog>
  );
}
