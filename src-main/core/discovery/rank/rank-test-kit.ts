// Small hand-made candidate lists for the rule tests.
import { expect } from 'vitest';
import { rankCandidates } from './rank-candidates';
import { type FlatCandidate, type RankContext, type RankedCandidate, type Ranking } from './types';

let next = 0;

/** A flat-search entry with a made-up id; a plain trailer length unless told otherwise. */
export function video(title: string, extra: Partial<FlatCandidate> = {}): FlatCandidate {
  next += 1;
  const id = `vid${String(next).padStart(8, '0')}`;
  return {
    id,
    title,
    url: `https://www.youtube.com/watch?v=${id}`,
    duration: 150,
    channel: 'Some Channel',
    channel_id: 'UCsomechannel0000000000',
    view_count: 1000,
    live_status: null,
    ...extra,
  };
}

export function movie(title: string, year: number | null, extra: Partial<RankContext> = {}): RankContext {
  return {
    title,
    year,
    kind: 'movie',
    language: null,
    minDurationSeconds: null,
    maxDurationSeconds: null,
    channelAllowList: [],
    currentYear: 2026,
    ...extra,
  };
}

export function series(title: string, year: number, extra: Partial<RankContext> = {}): RankContext {
  return movie(title, year, { kind: 'series', ...extra });
}

export function titles(ranking: Ranking): string[] {
  return ranking.ranked.map((r) => r.candidate.title);
}

export function rankedOf(ranking: Ranking, title: string): RankedCandidate {
  const found = ranking.ranked.find((r) => r.candidate.title === title);
  if (!found) throw new Error(`"${title}" was not ranked`);
  return found;
}

/** The reason whose label contains `text`, asserting there is one. */
export function reason(ranked: RankedCandidate, text: string): { label: string; points: number } {
  const found = ranked.reasons.find((r) => r.label.includes(text));
  expect(found, `no reason with "${text}" in ${JSON.stringify(ranked.reasons)}`).toBeDefined();
  return found as { label: string; points: number };
}

export function scoreOf(candidates: FlatCandidate[], context: RankContext, title: string): number {
  return rankedOf(rankCandidates(candidates, context), title).score;
}
