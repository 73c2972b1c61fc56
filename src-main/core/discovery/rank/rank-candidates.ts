// Ranks search results (or TMDB videos) for one title: every candidate gets a score from 0 to 100
// and the reasons behind it; shorts, live and upcoming videos are set aside with the reason why.
//
// Order: the higher score first. Equal scores are broken by one rule, in this order: the earlier
// season (the series' general trailer, naming no season, then season 1, 2, …, the final season
// last), then more views, then the order the source listed them in. So the result is the same
// for the same list, and a later season's trailer never wins a tie with the series' own.
import { analyse, excludePhrases, type Analysis } from './analyse';
import { languageReasons } from './rules-language';
import {
  channelReasons,
  durationReasons,
  excludeReasons,
  notTrailerReasons,
  wordingReasons,
} from './rules-content';
import {
  newerNamesakeYear,
  seasonReasons,
  titleReasons,
  unprovenNamesake,
  yearReasons,
} from './rules-identity';
import { seasonSlotReasons, typeReasons, wantedType } from './rules-slot';
import { seasonOrder } from './season';
import { namesType } from './type-words';
import { videoTypes } from '../../../../src-preload/contract/video-kinds';
import { titleVariants } from './title-match';
import { type FlatCandidate, type RankContext, type RankedCandidate, type Ranking } from './types';
import { defaultExcludeWords } from './vocabulary';

/** A best score at or above this is good enough to queue without asking the person. */
export const THRESHOLD = 50;

const UNAVAILABLE: Record<string, string> = {
  private: 'Private video',
  premium_only: 'Needs YouTube Premium',
  subscriber_only: "Only for the channel's members",
  needs_auth: 'Needs a signed-in account',
};

/** Why a candidate can never be the trailer, or null when it can. */
export function exclusionReason(candidate: FlatCandidate): string | null {
  if (!candidate.id) return 'No video id';
  if (!candidate.title?.trim()) return 'No title';
  if (candidate.live_status === 'is_live') return 'A live stream';
  if (candidate.live_status === 'is_upcoming') return 'An upcoming premiere or stream, not out yet';
  // A Shorts URL means YouTube shows it in the vertical Shorts player, whatever its length.
  if (candidate.url && /youtube\.com\/shorts\//i.test(candidate.url)) return 'A YouTube Short';
  if (/#shorts?\b/i.test(candidate.title)) return 'A YouTube Short (#shorts)';
  const unavailable = candidate.availability ? UNAVAILABLE[candidate.availability] : undefined;
  return unavailable ?? null;
}

/**
 * The candidate a run without the person may queue: the best one that reaches the profile's
 * minimum and is surely a trailer of this title (never a parody, nor an undated video a later
 * namesake may own, even under a minimum of 0).
 */
export function unattendedPick<C extends Pick<RankedCandidate, 'score' | 'neverUnattended'>>(
  candidates: readonly C[],
  minScore: number,
): C | undefined {
  return candidates.find((c) => c.score >= minScore && !c.neverUnattended);
}

function score(
  analysis: Analysis,
  context: RankContext,
  newerNamesake: number | null,
  phrases: ReturnType<typeof excludePhrases>,
  currentYear: number,
): RankedCandidate & { total: number } {
  const notTrailer = notTrailerReasons(analysis);
  const type = wantedType(context);
  const season = context.kind === 'series' ? (context.season ?? null) : null;
  const reasons = [
    ...titleReasons(analysis),
    ...yearReasons(analysis, context, newerNamesake),
    ...(season === null ? seasonReasons(analysis, context) : seasonSlotReasons(analysis, season)),
    ...(type === 'trailer' ? wordingReasons(analysis) : typeReasons(analysis, type)),
    ...notTrailer,
    ...excludeReasons(analysis, phrases),
    ...channelReasons(analysis, context, currentYear),
    ...languageReasons(analysis, context),
    ...durationReasons(analysis, context),
  ];
  if (analysis.candidate.live_status === 'was_live') {
    reasons.push({ label: 'A recorded live stream', points: -25 });
  }
  const total = reasons.reduce((sum, reason) => sum + reason.points, 0);
  return {
    total,
    candidate: analysis.candidate,
    score: Math.max(0, Math.min(100, total)),
    reasons,
    neverUnattended: notTrailer.length > 0 || unprovenNamesake(analysis, context, newerNamesake),
  };
}

export function rankCandidates(candidates: FlatCandidate[], context: RankContext): Ranking {
  const excluded: Ranking['excluded'] = [];
  const kept: FlatCandidate[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const why = exclusionReason(candidate);
    if (why) excluded.push({ candidate, why });
    else if (!seen.has(candidate.id)) {
      seen.add(candidate.id);
      kept.push(candidate);
    }
  }
  const variants = titleVariants(context.title, context.alternativeTitles);
  // The exclude words that name the type asked for ("teaser") do not count against it. They are
  // there to keep extras out of a trailer's place: when an extra is asked for, none that names an
  // extra counts ("making of" in a featurette's title), since the type rules judge the kind.
  const asked = wantedType(context);
  const extraVideoTypes = videoTypes.filter((type) => type !== 'trailer' && type !== 'teaser');
  const phrases = excludePhrases(context.excludeWords ?? defaultExcludeWords).filter((phrase) => {
    if (asked === 'trailer') return true;
    if (asked === 'teaser') return !namesType(phrase, 'teaser');
    return !extraVideoTypes.some((type) => namesType(phrase, type));
  });
  const analyses = kept.map((candidate) =>
    analyse(candidate, variants, phrases, context.channelAllowList, context.kind),
  );
  const currentYear = context.currentYear ?? new Date().getFullYear();
  const newerNamesake = newerNamesakeYear(analyses, context, currentYear);
  const ranked = analyses
    .map((analysis, index) => ({
      index,
      season: seasonOrder(analysis.season),
      ranked: score(analysis, context, newerNamesake, phrases, currentYear),
    }))
    .sort(
      (a, b) =>
        b.ranked.score - a.ranked.score ||
        // Two at the top of the scale are still told apart by what else they get right (the
        // profile's language, say): the shown score stops at 100, the order does not.
        b.ranked.total - a.ranked.total ||
        a.season - b.season ||
        (b.ranked.candidate.view_count ?? 0) - (a.ranked.candidate.view_count ?? 0) ||
        a.index - b.index,
    )
    .map(({ ranked: { total: _total, ...ranked } }) => ranked);
  return { ranked, excluded };
}
