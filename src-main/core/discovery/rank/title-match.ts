// Does a video's title name the title we look for, or another one that starts the same way
// ("Alien: Romulus", "Toy Story 4", "Mufasa: The Lion King")?
import { isArticle, titleWords, type Token } from './normalise-title';
import {
  LANGUAGE_WORDS,
  NEUTRAL_WORDS,
  PART_WORDS,
  SEASON_WORDS,
  SUBTITLE_WORDS,
  YEARS_WORDS,
} from './vocabulary';
import { EXTRA_TYPE_STARTS } from './type-words';

export interface TitleVariant {
  /** As the person knows it, for reasons. */
  text: string;
  words: string[];
  alternative: boolean;
}

export type TitleVerdict =
  | { kind: 'exact' | 'loose'; variant: TitleVariant; span: [number, number] }
  | { kind: 'other' | 'sequel'; variant: TitleVariant; span: [number, number]; quote: string }
  | { kind: 'partial'; variant: TitleVariant }
  | { kind: 'none' };

const RANK: Record<TitleVerdict['kind'], number> = {
  exact: 5,
  loose: 4,
  other: 3,
  sequel: 3,
  partial: 2,
  none: 1,
};
interface MatchContext {
  variants: TitleVariant[];
  excludeStarts: Set<string>;
  /** Token indices inside a known phrase ("Honest Trailers", "Pitch Meeting"): next to the title, not another title. */
  neutralAt: Set<number>;
}

export function titleVariants(title: string, alternatives: string[] = []): TitleVariant[] {
  const seen = new Set<string>();
  const variants: TitleVariant[] = [];
  [title, ...alternatives].forEach((text, i) => {
    const words = titleWords(text);
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) return;
    seen.add(key);
    variants.push({ text: text.trim(), words, alternative: i > 0 });
  });
  return variants;
}

export function isYearWord(word: string): boolean {
  return /^(19|20)\d\d$/.test(word);
}

/** Words that may follow a title in a trailer's name without turning it into another title. */
function isNeutral(word: string, excludeStarts: Set<string>): boolean {
  return (
    NEUTRAL_WORDS.has(word) ||
    EXTRA_TYPE_STARTS.has(word) ||
    LANGUAGE_WORDS.has(word) ||
    SUBTITLE_WORDS.has(word) ||
    SEASON_WORDS.has(word) ||
    excludeStarts.has(word) ||
    isYearWord(word) ||
    /^\d+(p|k|th|st|nd|rd)$/.test(word) ||
    // "S2", "S02": a season.
    /^s\d{1,2}$/.test(word)
  );
}

function occurrences(tokens: Token[], words: string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((word, k) => tokens[i + k]?.norm === word)) found.push(i);
  }
  return found;
}

/** The video's own words around a title that turned out to be longer: up to the next "|", " - " or bracket. */
function quote(text: string, tokens: Token[], from: number, to: number): string {
  let last = to;
  while (last + 1 < tokens.length && last - to < 5 && tokens[last + 1]?.sep !== 'hard') last++;
  const first = tokens[from];
  const end = tokens[last];
  if (!first || !end) return '';
  return (
    text.slice(first.start, end.end) +
    (last + 1 < tokens.length && tokens[last + 1]?.sep !== 'hard' ? '…' : '')
  );
}

/** Where the title's other name ends right before `at` ("卧虎藏龙 Crouching Tiger…"), its start; else `at`. */
function skipOtherName(tokens: Token[], at: number, variants: TitleVariant[]): number {
  for (const other of variants) {
    const from = at - other.words.length;
    if (from >= 0 && other.words.every((word, k) => tokens[from + k]?.norm === word)) return from;
  }
  return at;
}

function judgeOccurrence(
  text: string,
  tokens: Token[],
  variant: TitleVariant,
  start: number,
  context: MatchContext,
): TitleVerdict {
  const { excludeStarts, neutralAt } = context;
  const end = start + variant.words.length; // exclusive
  const span: [number, number] = [start, end];
  // Articles in front belong to the title ("The" of "The Lion King"), and so does its other name.
  let first = start;
  while (first > 0 && isArticle(tokens[first - 1]?.norm ?? '') && tokens[first]?.sep !== 'hard') first--;
  first = skipOtherName(tokens, first, context.variants);
  const before = tokens[first - 1];
  if (
    before &&
    tokens[first]?.sep !== 'hard' &&
    !before.possessive &&
    !neutralAt.has(first - 1) &&
    !isNeutral(before.norm, excludeStarts)
  ) {
    let from = first - 1;
    while (from > 0 && tokens[from]?.sep !== 'hard' && first - from < 4) from--;
    return { kind: 'other', variant, span, quote: quote(text, tokens, from, end - 1) };
  }
  const next = tokens[end];
  if (!next) return { kind: 'exact', variant, span };
  const after = tokens[end + 1];
  const number =
    /^\d{1,2}$/.test(next.norm) && Number(next.norm) <= 30 && !YEARS_WORDS.has(after?.norm ?? '');
  if (number && next.sep !== 'hard') {
    return { kind: 'sequel', variant, span, quote: text.slice(tokens[first]?.start ?? 0, next.end) };
  }
  if (PART_WORDS.has(next.norm) && after && /^\d{1,2}$/.test(after.norm) && next.sep !== 'hard') {
    return { kind: 'sequel', variant, span, quote: text.slice(tokens[first]?.start ?? 0, after.end) };
  }
  // "The Final Cut", "The Office: Season 9": skip articles before judging the next word.
  let look = end;
  while (isArticle(tokens[look]?.norm ?? '') && tokens[look + 1] && tokens[look + 1]?.sep !== 'hard') look++;
  const word = tokens[look] as Token;
  if (next.sep === 'hard' || neutralAt.has(look) || isNeutral(word.norm, excludeStarts)) {
    return { kind: 'exact', variant, span };
  }
  return { kind: 'other', variant, span, quote: quote(text, tokens, first, look) };
}

function looseMatch(tokens: Token[], variant: TitleVariant): [number, number] | null {
  if (variant.words.length < 2) return null;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.norm !== variant.words[0]) continue;
    let k = 1;
    let j = i + 1;
    const limit = i + variant.words.length + 2;
    while (j < tokens.length && j < limit && k < variant.words.length) {
      if (tokens[j]?.norm === variant.words[k]) k++;
      j++;
    }
    if (k === variant.words.length) return [i, j];
  }
  return null;
}

/** "Toy Story 4" when looking for "Toy Story 2": the same words with another number are another film of the series. */
function otherNumber(text: string, tokens: Token[], variant: TitleVariant): TitleVerdict | null {
  const last = variant.words[variant.words.length - 1] ?? '';
  if (variant.words.length < 2 || !/^\d{1,2}$/.test(last)) return null;
  const base = variant.words.slice(0, -1);
  for (const start of occurrences(tokens, base)) {
    const next = tokens[start + base.length];
    if (next && /^\d{1,2}$/.test(next.norm) && next.norm !== last && next.sep !== 'hard') {
      const span: [number, number] = [start, start + base.length + 1];
      return { kind: 'sequel', variant, span, quote: text.slice(tokens[start]?.start ?? 0, next.end) };
    }
  }
  return null;
}

function judgeVariant(
  text: string,
  tokens: Token[],
  variant: TitleVariant,
  context: MatchContext,
): TitleVerdict {
  let best: TitleVerdict = { kind: 'none' };
  for (const start of occurrences(tokens, variant.words)) {
    const verdict = judgeOccurrence(text, tokens, variant, start, context);
    if (RANK[verdict.kind] > RANK[best.kind]) best = verdict;
  }
  if (best.kind !== 'none') return best;
  const sibling = otherNumber(text, tokens, variant);
  if (sibling) return sibling;
  const loose = looseMatch(tokens, variant);
  if (loose) return { kind: 'loose', variant, span: loose };
  const present = new Set(tokens.map((token) => token.norm));
  const unique = [...new Set(variant.words)];
  const covered = unique.filter((word) => present.has(word)).length;
  if (unique.length >= 2 && covered / unique.length >= 0.6) return { kind: 'partial', variant };
  return { kind: 'none' };
}

/** The best verdict over the title and its other names. */
export function matchTitle(
  text: string,
  tokens: Token[],
  variants: TitleVariant[],
  excludeStarts: Set<string>,
  neutralAt: Set<number> = new Set(),
): TitleVerdict {
  let best: TitleVerdict = { kind: 'none' };
  for (const variant of variants) {
    const verdict = judgeVariant(text, tokens, variant, { variants, excludeStarts, neutralAt });
    if (RANK[verdict.kind] > RANK[best.kind]) best = verdict;
  }
  return best;
}
