import type { ProfileFields } from '../../../src-preload/contract';

/** The form's view of a profile: free text where the person types, parsed on save. */
export type ProfileDraft = Omit<
  ProfileFields,
  'audioLanguage' | 'subtitleLanguages' | 'customTemplate' | 'minDurationSeconds' | 'maxDurationSeconds'
> & {
  audioLanguage: string;
  subtitleLanguages: string;
  customTemplate: string;
  minDurationSeconds: string;
  maxDurationSeconds: string;
};

export function toDraft(p: ProfileFields): ProfileDraft {
  // Named one by one: a stored profile also carries id, default flag and timestamps, which the
  // contract refuses in an edit.
  return {
    name: p.name,
    enabled: p.enabled,
    maxResolution: p.maxResolution,
    videoCodec: p.videoCodec,
    audioCodec: p.audioCodec,
    container: p.container,
    subtitlesEnabled: p.subtitlesEnabled,
    includeAutoSubtitles: p.includeAutoSubtitles,
    placement: p.placement,
    embedMetadata: p.embedMetadata,
    audioLanguage: p.audioLanguage ?? '',
    subtitleLanguages: p.subtitleLanguages.join(', '),
    customTemplate: p.customTemplate ?? '',
    minDurationSeconds: p.minDurationSeconds === null ? '' : String(p.minDurationSeconds),
    maxDurationSeconds: p.maxDurationSeconds === null ? '' : String(p.maxDurationSeconds),
  };
}

// Empty means "no limit"; anything else goes to main as a number, which says what is wrong with it.
const seconds = (text: string) => (text.trim() === '' ? null : Number(text));

export function fromDraft(d: ProfileDraft): ProfileFields {
  return {
    ...d,
    audioLanguage: d.audioLanguage.trim() === '' ? null : d.audioLanguage.trim(),
    subtitleLanguages: d.subtitleLanguages.split(/[\s,;]+/).filter((l) => l !== ''),
    customTemplate: d.customTemplate.trim() === '' ? null : d.customTemplate,
    minDurationSeconds: seconds(d.minDurationSeconds),
    maxDurationSeconds: seconds(d.maxDurationSeconds),
  };
}
