// The videos a profile wants for one title, as slots in the order they are filled: the title's
// trailer first, then a trailer per season on disk, then the other types; cut at the profile's
// cap, so a title with many seasons never fills with more than the person asked for. Pure: the
// library-wide count (discovery-store.ts) builds its SQL from the same lists.
import { videoTypes, type VideoSlot, type VideoType } from '../../../src-preload/contract/video-kinds';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';

export type SlotProfile = Pick<
  TrailerProfile,
  'wantedVideos' | 'maxVideosPerTitle' | 'seasonTrailers' | 'languages' | 'onePerLanguage'
>;

export interface SlotTitle {
  kind: 'movie' | 'series';
  /** Season numbers with a folder on disk (media_season). */
  seasons: readonly number[];
}

/** The slots' languages: one per listed language, or null ("the first of the list that exists"). */
export function slotLanguages(profile: Pick<SlotProfile, 'languages' | 'onePerLanguage'>): (string | null)[] {
  return profile.onePerLanguage && profile.languages.length > 0 ? [...new Set(profile.languages)] : [null];
}

/** The slots that do not depend on the title's seasons: the title trailer(s), then the other types. */
export function titleSlots(profile: SlotProfile): { first: VideoSlot[]; rest: VideoSlot[] } {
  const languages = slotLanguages(profile);
  const ofType = (type: VideoType): VideoSlot[] =>
    Array.from({ length: profile.wantedVideos[type] ?? 0 }, (_, i) => i + 1).flatMap((ordinal) =>
      languages.map((language) => ({ type, season: null, language, ordinal })),
    );
  return {
    first: ofType('trailer'),
    rest: videoTypes.filter((type) => type !== 'trailer').flatMap(ofType),
  };
}

/**
 * Seasons that get a trailer of their own: the numbered ones. Specials (season 0) are collections
 * of odds and ends that have no trailer to find.
 */
export function trailerSeasons(profile: SlotProfile, title: SlotTitle): number[] {
  if (!profile.seasonTrailers || title.kind !== 'series') return [];
  return [...new Set(title.seasons)].filter((season) => season > 0).sort((a, b) => a - b);
}

export function wantedSlots(profile: SlotProfile, title: SlotTitle): VideoSlot[] {
  const { first, rest } = titleSlots(profile);
  const seasons = trailerSeasons(profile, title).flatMap((season) =>
    slotLanguages(profile).map((language): VideoSlot => ({ type: 'trailer', season, language, ordinal: 1 })),
  );
  return [...first, ...seasons, ...rest].slice(0, profile.maxVideosPerTitle);
}
