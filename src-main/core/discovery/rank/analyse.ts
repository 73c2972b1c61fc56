// Reads one candidate once: its words, which of them are the title, the years and season it names,
// its channel. The rules then only score what was read.
import { channelFacts, type ChannelFacts } from './channels';
import { tokenise, type Token } from './normalise-title';
import { isYearWord, matchTitle, type TitleVariant, type TitleVerdict } from './title-match';
import { type FlatCandidate } from './types';
import { CJK_TRAILER, OFFICIAL_WORDS, SEASON_WORDS, TEASER_WORDS, TRAILER_WORDS } from './vocabulary';

export interface ExcludePhrase {
  /** As the profile lists it, for reasons. */
  text: string;
  words: string[];
}

export interface Analysis {
  candidate: FlatCandidate;
  text: string;
  tokens: Token[];
  /** Tokens that are not the title's own words ("2049" of "Blade Runner 2049" is no year). */
  outside: Token[];
  title: TitleVerdict;
  years: number[];
  /** Season number the title names ("Season 2", "Staffel 3"); 'final' for "Final Season". */
  season: number | 'final' | null;
  seasonText: string | null;
  /** What the title calls the video (words outside the title's own). */
  wording: { official: boolean; trailer: boolean; teaser: boolean };
  channel: ChannelFacts;
  fromTmdb: boolean;
}

export function excludePhrases(words: readonly string[]): ExcludePhrase[] {
  const seen = new Set<string>();
  const phrases: ExcludePhrase[] = [];
  for (const text of words) {
    const phraseWords = tokenise(text).map((token) => token.norm);
    const key = phraseWords.join(' ');
    if (phraseWords.length === 0 || seen.has(key)) continue;
    seen.add(key);
    phrases.push({ text: text.trim(), words: phraseWords });
  }
  return phrases;
}

function seasonOf(text: string, tokens: Token[]): Pick<Analysis, 'season' | 'seasonText'> {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!SEASON_WORDS.has(token.norm)) continue;
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    if (next && /^\d{1,2}$/.test(next.norm)) {
      return { season: Number(next.norm), seasonText: text.slice(token.start, next.end) };
    }
    if (previous?.norm === 'final' && token.norm !== 'series') {
      return { season: 'final', seasonText: text.slice(previous.start, token.end) };
    }
  }
  return { season: null, seasonText: null };
}

function wordingOf(text: string, outside: Token[]): Analysis['wording'] {
  const words = new Set(outside.map((token) => token.norm));
  const has = (set: Set<string>) => [...words].some((word) => set.has(word));
  return {
    official: has(OFFICIAL_WORDS),
    trailer:
      has(TRAILER_WORDS) ||
      (words.has('bande') && (words.has('annonce') || words.has('annonces'))) ||
      CJK_TRAILER.test(text),
    // "Announcement trailer", "first look", "sneak peek": teasers by other names.
    teaser:
      has(TEASER_WORDS) ||
      words.has('announcement') ||
      (words.has('first') && words.has('look')) ||
      (words.has('sneak') && words.has('peek')),
  };
}

export function analyse(
  candidate: FlatCandidate,
  variants: TitleVariant[],
  phrases: ExcludePhrase[],
  allowList: string[],
): Analysis {
  const text = candidate.title;
  const tokens = tokenise(text);
  const excludeStarts = new Set(phrases.map((phrase) => phrase.words[0] ?? ''));
  const fromTmdb = !!candidate.tmdb;
  const title = matchTitle(text, tokens, variants, excludeStarts);
  const span = 'span' in title ? title.span : null;
  const outside = span ? tokens.filter((_, i) => i < span[0] || i >= span[1]) : tokens;
  const years = outside.filter((token) => isYearWord(token.norm)).map((token) => Number(token.norm));
  return {
    candidate,
    text,
    tokens,
    outside,
    title,
    years: [...new Set(years)],
    ...seasonOf(text, outside),
    wording: wordingOf(text, outside),
    channel: channelFacts(candidate, allowList),
    fromTmdb,
  };
}
