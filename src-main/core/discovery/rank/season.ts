// Which season a video's title names: "Season 2", "Staffel 3", "S02", "Second Season", "Final
// Season", and for a series "Part 2" / "Volume 2" (streaming services split seasons into parts).
import { type Token } from './normalise-title';
import { type RankContext } from './types';
import { PART_WORDS, SEASON_WORDS } from './vocabulary';

export type Season = number | 'final';

export interface SeasonFacts {
  /** Season number the title names; 'final' for "Final Season"; null when it names none. */
  season: Season | null;
  /** The title's own words for it, for reasons. */
  seasonText: string | null;
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  '6th': 6,
  '7th': 7,
  '8th': 8,
  '9th': 9,
  '10th': 10,
};

const isNumber = (token: Token | undefined) => !!token && /^\d{1,2}$/.test(token.norm);

export function seasonOf(text: string, tokens: Token[], kind: RankContext['kind']): SeasonFacts {
  const quote = (from: Token, to: Token) => text.slice(from.start, to.end);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    const short = /^s(\d{1,2})$/.exec(token.norm);
    if (short) return { season: Number(short[1]), seasonText: quote(token, token) };
    // "Part 2" of a film is a sequel, which the title match already tells.
    const partOfSeries = kind === 'series' && PART_WORDS.has(token.norm);
    if (!SEASON_WORDS.has(token.norm) && !partOfSeries) continue;
    if (next && isNumber(next)) return { season: Number(next.norm), seasonText: quote(token, next) };
    if (!SEASON_WORDS.has(token.norm) || !previous) continue;
    if (previous.norm === 'final' && token.norm !== 'series') {
      return { season: 'final', seasonText: quote(previous, token) };
    }
    const ordinal = ORDINALS[previous.norm];
    if (ordinal !== undefined) return { season: ordinal, seasonText: quote(previous, token) };
  }
  return { season: null, seasonText: null };
}

/**
 * Where a season comes in the tie-break between equal scores: the series' general trailer (no
 * season) first, then season 1, 2, …, the final season last.
 */
export function seasonOrder(season: Season | null): number {
  if (season === null) return 0;
  return season === 'final' ? Number.MAX_SAFE_INTEGER : season;
}
