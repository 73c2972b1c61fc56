import type { CandidateSource, NeedsChoice, ScoreReason } from '../../../src-preload/contract';

export const sourceLabels: Record<CandidateSource, string> = {
  manual: 'Your link',
  nfo: 'NFO',
  radarr: 'Radarr',
  tmdb: 'TMDB',
  'youtube-search': 'YouTube search',
};

/** "+25", "−40" (a real minus sign), "±0". */
export function formatPoints(points: number): string {
  const rounded = Math.round(points);
  if (rounded === 0) return '±0';
  return rounded > 0 ? `+${rounded}` : `\u2212${Math.abs(rounded)}`;
}

/** "+25 Title matches". */
export function reasonText(reason: ScoreReason): string {
  return `${formatPoints(reason.points)} ${reason.label}`;
}

/** A score kept within 0–100 and whole, for the bar and its text. */
export function clampScore(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.min(100, Math.max(0, Math.round(score)));
}

/** "72 / 100". */
export function scoreText(score: number): string {
  return `${clampScore(score)} / 100`;
}

/** Reasons that moved the score most first, gains before losses of the same size. */
export function sortReasons(reasons: readonly ScoreReason[]): ScoreReason[] {
  return [...reasons].sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || b.points - a.points);
}

export const outcomeLabels: Record<NeedsChoice['outcome'], string> = {
  'needs-choice': 'Needs a choice',
  'no-candidates': 'Nothing found',
  error: 'Search failed',
};

/** "42 / 100", or "—" when nothing was found to score. */
export function bestScoreText(row: Pick<NeedsChoice, 'bestScore'>): string {
  return row.bestScore === null ? '—' : scoreText(row.bestScore);
}

/** Main's explanation, or a plain one for the outcome when it gave none. */
export function reviewMessage(row: Pick<NeedsChoice, 'outcome' | 'message'>): string {
  if (row.message) return row.message;
  if (row.outcome === 'needs-choice') return 'The best candidate scored below the profile’s minimum.';
  if (row.outcome === 'no-candidates') return 'No video looked like this title’s trailer.';
  return 'The search failed.';
}
