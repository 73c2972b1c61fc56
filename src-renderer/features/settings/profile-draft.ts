import type { ProfileFields } from '../../../src-preload/contract';

type TypedFields =
  | 'audioLanguage'
  | 'subtitleLanguages'
  | 'customTemplate'
  | 'minDurationSeconds'
  | 'maxDurationSeconds'
  | 'excludeWords'
  | 'channelAllowList'
  | 'minScore'
  | 'maxVideosPerTitle';

/** The form's view of a profile: free text where the person types, parsed on save. */
export type ProfileDraft = Omit<ProfileFields, TypedFields> & Record<TypedFields, string>;

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
    searchTemplate: p.searchTemplate,
    acceptDetectedTrailers: p.acceptDetectedTrailers,
    skipWhenPlexHasTrailer: p.skipWhenPlexHasTrailer,
    wantedVideos: { ...p.wantedVideos },
    maxVideosPerTitle: String(p.maxVideosPerTitle),
    seasonTrailers: p.seasonTrailers,
    languages: [...p.languages],
    onePerLanguage: p.onePerLanguage,
    preferDubbed: p.preferDubbed,
    processing: { ...p.processing },
    audioLanguage: p.audioLanguage ?? '',
    subtitleLanguages: p.subtitleLanguages.join(', '),
    customTemplate: p.customTemplate ?? '',
    minDurationSeconds: p.minDurationSeconds === null ? '' : String(p.minDurationSeconds),
    maxDurationSeconds: p.maxDurationSeconds === null ? '' : String(p.maxDurationSeconds),
    excludeWords: joinList(p.excludeWords),
    channelAllowList: joinList(p.channelAllowList),
    minScore: String(p.minScore),
  };
}

/** "reaction, fan made, tv spot": commas only, since a word may hold a space. */
export function joinList(items: readonly string[]): string {
  return items.join(', ');
}

/** Splits on commas and new lines; blank entries and repeats (ignoring case) are dropped. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const item = raw.trim().replace(/\s+/g, ' ');
    const key = item.toLowerCase();
    if (item === '' || seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items;
}

// Empty means "no limit"; anything else goes to main as a number, which says what is wrong with it.
const seconds = (text: string) => (text.trim() === '' ? null : Number(text));

/** What the form can tell before asking main: a score main would refuse with a less helpful word. */
export function draftProblem(d: ProfileDraft): string | null {
  const text = d.minScore.trim();
  const score = Number(text);
  if (text === '' || !Number.isInteger(score) || score < 0 || score > 100) {
    return 'The minimum score is a whole number from 0 to 100.';
  }
  return null;
}

export function fromDraft(d: ProfileDraft): ProfileFields {
  return {
    ...d,
    audioLanguage: d.audioLanguage.trim() === '' ? null : d.audioLanguage.trim(),
    subtitleLanguages: d.subtitleLanguages.split(/[\s,;]+/).filter((l) => l !== ''),
    customTemplate: d.customTemplate.trim() === '' ? null : d.customTemplate,
    minDurationSeconds: seconds(d.minDurationSeconds),
    maxDurationSeconds: seconds(d.maxDurationSeconds),
    excludeWords: splitList(d.excludeWords),
    channelAllowList: splitList(d.channelAllowList),
    minScore: Number(d.minScore.trim()),
    // A type at 0 is left out: the stored wish lists what is fetched.
    wantedVideos: Object.fromEntries(Object.entries(d.wantedVideos).filter(([, count]) => (count ?? 0) > 0)),
    maxVideosPerTitle: Number(d.maxVideosPerTitle.trim()),
    languages: [...d.languages],
  };
}
