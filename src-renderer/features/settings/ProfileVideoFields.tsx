import { languageName } from '../../../src-preload/contract/language-names';
import {
  maxPerType,
  videoTypeLabels,
  videoTypes,
  type VideoType,
} from '../../../src-preload/contract/video-kinds';
import { Check, Select } from './FormControls';
import { LanguageList } from './LanguageList';
import type { ProfileDraft } from './profile-draft';
import { capNote, type VideoField, type VideoProblem } from './profile-videos-draft';

interface Props {
  draft: ProfileDraft;
  set<K extends keyof ProfileDraft>(key: K): (value: ProfileDraft[K]) => void;
  /** The form's or main's refusal of one of these fields. */
  problem: VideoProblem | null;
}

const countOptions = Array.from({ length: maxPerType + 1 }, (_, n) => ({
  value: String(n) as `${number}`,
  label: n === 0 ? 'None' : String(n),
}));

/** Which videos a title gets (how many of each type, the cap, season trailers) and in which languages. */
export function ProfileVideoFields({ draft, set, problem }: Props) {
  const errorOf = (field: VideoField) => (problem?.field === field ? problem.message : undefined);
  const setCount = (type: VideoType) => (value: string) =>
    set('wantedVideos')({ ...draft.wantedVideos, [type]: Number(value) });
  const wantedError = errorOf('wantedVideos');
  const capError = errorOf('maxVideosPerTitle');
  const perLanguageError = errorOf('onePerLanguage');
  const firstLanguage = languageName(draft.languages[0]) ?? draft.languages[0];

  return (
    <>
      <h3 className="span-2 form-subheading">Which videos</h3>
      <fieldset
        className="span-2 video-counts"
        aria-describedby="profile-wanted-note"
        aria-invalid={wantedError ? true : undefined}
      >
        <legend className="field-label">Videos per title, by type</legend>
        {videoTypes.map((type) => (
          <Select
            key={type}
            label={videoTypeLabels[type]}
            value={String(draft.wantedVideos[type] ?? 0) as `${number}`}
            options={countOptions}
            onChange={setCount(type)}
          />
        ))}
      </fieldset>
      <span
        id="profile-wanted-note"
        className={`span-2 ${wantedError ? 'field-error' : 'muted field-help'}`}
        role={wantedError ? 'alert' : undefined}
      >
        {wantedError ?? 'A type set to None is not fetched.'}
      </span>

      <div className="field">
        <label className="field-label" htmlFor="profile-cap">
          At most, videos per title
        </label>
        <input
          id="profile-cap"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={draft.maxVideosPerTitle}
          aria-invalid={capError ? true : undefined}
          aria-describedby="profile-cap-note"
          onChange={(e) => set('maxVideosPerTitle')(e.target.value)}
        />
      </div>
      <Check
        label="A trailer for each season (series)"
        checked={draft.seasonTrailers}
        onChange={set('seasonTrailers')}
      />
      <span
        id="profile-cap-note"
        className={`span-2 ${capError ? 'field-error' : 'muted field-help'}`}
        role={capError ? 'alert' : undefined}
      >
        {capError ?? capNote(draft)}
      </span>

      <h3 className="span-2 form-subheading">Languages</h3>
      <LanguageList languages={draft.languages} onChange={set('languages')} error={errorOf('languages')} />
      <Check label="One video per language" checked={draft.onePerLanguage} onChange={set('onePerLanguage')} />
      <Check
        label="Prefer dubbed over subtitled"
        checked={draft.preferDubbed}
        onChange={set('preferDubbed')}
      />
      <span
        className={`span-2 ${perLanguageError ? 'field-error' : 'muted field-help'}`}
        role={perLanguageError ? 'alert' : undefined}
      >
        {perLanguageError ??
          (draft.languages.length === 0
            ? 'With no language listed, any language will do.'
            : draft.onePerLanguage
              ? 'Each listed language gets its own videos, filed with its language in the name.'
              : `The videos come in ${firstLanguage} when there is one, else in the next language.`)}{' '}
        With dubbed preferred, a video spoken in the language beats one only subtitled in it.
      </span>
    </>
  );
}
