import type { MediaKind, MediaSummary } from '../../../src-preload/contract';

/** "The Matrix (1999)", or just the title when the year is unknown. */
export function titleWithYear(media: Pick<MediaSummary, 'title' | 'year'>): string {
  return media.year === null ? media.title : `${media.title} (${media.year})`;
}

/** "Title (Year)" for a row that names its title as mediaTitle/mediaYear (jobs, the review list). */
export const mediaLabel = (row: { mediaTitle: string; mediaYear: number | null }): string =>
  titleWithYear({ title: row.mediaTitle, year: row.mediaYear });

export function kindLabel(kind: MediaKind): string {
  return kind === 'movie' ? 'Movie' : 'Series';
}

/** Up to two letters for a poster placeholder, skipping a leading article. */
export function initials(title: string): string {
  const words = title
    .replace(/^(the|a|an|le|la|les|der|die|das|el)\s+/i, '')
    .split(/[\s\-:_.]+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  const letters = words.slice(0, 2).map((w) => Array.from(w.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '');
  return letters.join('').toUpperCase() || '?';
}

/** A stable, muted hue per title so placeholders are told apart without shouting. */
export function placeholderHue(title: string): number {
  let hash = 0;
  for (let i = 0; i < title.length; i++) hash = (hash * 31 + title.charCodeAt(i)) >>> 0;
  return hash % 360;
}

/** "+1 extra", "+3 extras"; null without any. */
export function extrasLabel(extraCount: number): string | null {
  if (extraCount <= 0) return null;
  return `+${extraCount} ${extraCount === 1 ? 'extra' : 'extras'}`;
}

/** "Seasons 1/3": seasons with a trailer of their own, of the season folders on disk; null without seasons. */
export function seasonTrailersLabel(
  media: Pick<MediaSummary, 'seasonCount' | 'seasonTrailerCount'>,
): string | null {
  if (media.seasonCount <= 0) return null;
  return `Seasons ${media.seasonTrailerCount}/${media.seasonCount}`;
}
