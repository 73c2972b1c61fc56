// Ranks search results (or TMDB videos) for one title: every candidate gets a score from 0 to 100
// and the reasons behind it; shorts, live and upcoming videos are set aside with the reason why.
//
// Order: the right video in the profile's first language first (see putFirstLanguageFirst), then
// the higher score. Equal scores are broken by one rule, in this order: the earlier
// season (the series' general trailer, naming no season, then season 1, 2, …, the final season
// last), then more views, then the order the source listed them in. So the result is the same
// for the same list, and a later season's trailer never wins a tie with the series' own.
import { analyse, excludePhrases, type Analysis } from './analyse';
import { firstLanguageName, languageVerdict } from './rules-language';
import {
  channelReasons,
  durationReasons,
  excludeReasons,
  notTrailerReasons,
  wordingReasons,
} from './rules-content';
import {
  POINTS,
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
  const language = languageVerdict(analysis, context);
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
    ...language.reasons,
    ...durationReasons(analysis, context),
  ];
  if (analysis.candidate.live_status === 'was_live') {
    reasons.push({ label: 'A recorded live stream', points: -25 });
  }
  const total = reasons.reduce((sum, reason) => sum + reason.points, 0);
  const neverUnattended = notTrailer.length > 0 || unprovenNamesake(analysis, context, newerNamesake);
  const others = reasons.filter((reason) => !language.reasons.includes(reason));
  const withoutLanguage = others.reduce((sum, reason) => sum + reason.points, 0);
  // Doubt about the video itself (another title, another year, not the type, too long…); a trailer
  // dated a year off is usual and no doubt.
  const doubted = others.some((reason) => reason.points < POINTS.yearOneOff);
  return {
    total,
    candidate: analysis.candidate,
    score: clamp(total),
    reasons,
    neverUnattended,
    // The right video on its own evidence (the language not counted), nothing against it, in the
    // profile's first language.
    firstLanguage: language.first && !neverUnattended && !doubted && clamp(withoutLanguage) >= THRESHOLD,
  };
}

const clamp = (points: number) => Math.max(0, Math.min(100, points));

/**
 * A profile's first language is a wish, not one more hint among the channel's and the year's: when
 * the right video is found in it, every candidate in another language (or in none that shows)
 * comes after it and scores no higher, so a studio's own English upload cannot outscore the French
 * trailer a French-first profile asked for. The gate is the video's identity without the language:
 * an unrelated video, or another film's, in the right language stays where its evidence puts it.
 */
function putFirstLanguageFirst<T extends { ranked: RankedCandidate }>(
  scored: T[],
  context: RankContext,
): T[] {
  const inFirst = scored.filter((entry) => entry.ranked.firstLanguage);
  if (inFirst.length === 0) return scored;
  const floor = Math.min(...inFirst.map((entry) => entry.ranked.score));
  const name = firstLanguageName(context) ?? 'the first language';
  return scored.map((entry) => {
    const { ranked } = entry;
    if (ranked.firstLanguage || ranked.score <= floor) return entry;
    const reason = {
      label: `Not in ${name}, and the right video in ${name} is among the results: it comes first`,
      points: floor - ranked.score,
    };
    return { ...entry, ranked: { ...ranked, score: floor, reasons: [...ranked.reasons, reason] } };
  });
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
  const scored = analyses.map((analysis, index) => ({
    index,
    season: seasonOrder(analysis.season),
    ranked: score(analysis, context, newerNamesake, phrases, currentYear),
  }));
  const ranked = putFirstLanguageFirst(scored, context)
    .sort(
      (a, b) =>
        Number(b.ranked.firstLanguage) - Number(a.ranked.firstLanguage) ||
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
