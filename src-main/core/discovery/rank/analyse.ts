// Reads one candidate once: its words, which of them are the title, the years and season it names,
// its channel. The rules then only score what was read.
import { channelFacts, type ChannelFacts } from './channels';
import { tokenise, type Token } from './normalise-title';
import { findPhrase, phraseKey, toPhrases, type Phrase } from './phrases';
import { seasonOf, type Season } from './season';
import { isYearWord, matchTitle, type TitleVariant, type TitleVerdict } from './title-match';
import { type FlatCandidate, type RankContext } from './types';
import { extraTypesIn } from './type-words';
import type { VideoType } from '../../../../src-preload/contract/video-kinds';
import {
  CJK_TRAILER,
  NOT_TRAILER_KINDS,
  OFFICIAL_WORDS,
  PART_WORDS,
  TEASER_WORDS,
  TRAILER_WORDS,
  type NotTrailerKind,
} from './vocabulary';

/** A phrase of the profile's exclude words. */
export type ExcludePhrase = Phrase;

/** The video (or its channel) says what it is, and that is not a trailer ("Honest Trailers", "Reaction"). */
export interface NotTrailer {
  kind: NotTrailerKind;
  /** The words as the video or channel writes them. */
  quote: string;
  /** The phrase found, normalised: a profile exclude word saying the same is not counted again. */
  key: string;
}

const NOT_TRAILER = NOT_TRAILER_KINDS.map((kind) => ({ kind, phrases: toPhrases(kind.phrases) }));

export interface Analysis {
  candidate: FlatCandidate;
  text: string;
  tokens: Token[];
  /** Tokens that are not the title's own words ("2049" of "Blade Runner 2049" is no year). */
  outside: Token[];
  title: TitleVerdict;
  years: number[];
  /** Years its description names. */
  descriptionYears: number[];
  /** The year it was uploaded, when yt-dlp says. */
  uploadYear: number | null;
  /** Season number the title names ("Season 2", "S2", a series' "Part 2"); 'final' for "Final Season". */
  season: Season | null;
  seasonText: string | null;
  /** What the title calls the video (words outside the title's own). */
  wording: { official: boolean; trailer: boolean; teaser: boolean };
  channel: ChannelFacts;
  /** The title says it is a parody, commentary or fan-made (outside the title's own words). */
  notTrailer: NotTrailer | null;
  /** The channel's name says so ("… Reactions", "… Recaps"). */
  notTrailerChannel: NotTrailer | null;
  fromTmdb: boolean;
  /** Extra types its words name ("Featurette", "Behind the Scenes"), with the words, outside the title's. */
  extraTypes: Map<VideoType, string>;
}

export const excludePhrases = toPhrases;

interface FoundNotTrailer {
  fact: NotTrailer;
  span: [number, number];
}

/** Every not-a-trailer phrase in the tokens, in the kinds' order, with where it sits. */
function findNotTrailer(text: string, tokens: Token[]): FoundNotTrailer[] {
  const found: FoundNotTrailer[] = [];
  for (const { kind, phrases } of NOT_TRAILER) {
    for (const phrase of phrases) {
      const span = findPhrase(tokens, phrase);
      if (!span) continue;
      const first = tokens[span[0]] as Token;
      const last = tokens[span[1] - 1] as Token;
      found.push({ fact: { kind, quote: text.slice(first.start, last.end), key: phraseKey(phrase) }, span });
    }
  }
  return found;
}

function uploadYearOf(candidate: FlatCandidate): number | null {
  const date = candidate.upload_date;
  if (date && /^\d{8}$/.test(date)) return Number(date.slice(0, 4));
  const stamp = candidate.timestamp;
  if (typeof stamp === 'number' && Number.isFinite(stamp) && stamp > 0) {
    return new Date(stamp * 1000).getUTCFullYear();
  }
  return null;
}

function yearsIn(tokens: Token[]): number[] {
  return [...new Set(tokens.filter((token) => isYearWord(token.norm)).map((token) => Number(token.norm)))];
}

function indicesOf(found: FoundNotTrailer[]): Set<number> {
  return new Set(
    found.flatMap(({ span }) => Array.from({ length: span[1] - span[0] }, (_, k) => span[0] + k)),
  );
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
  kind: RankContext['kind'],
): Analysis {
  const text = candidate.title;
  const tokens = tokenise(text);
  const excludeStarts = new Set(phrases.map((phrase) => phrase.words[0] ?? ''));
  const fromTmdb = !!candidate.tmdb;
  // "Everything Wrong With Dune", "Dune Pitch Meeting": the title itself, inside commentary.
  const around = indicesOf(findNotTrailer(text, tokens));
  const matched = matchTitle(text, tokens, variants, excludeStarts, around);
  // A series' "Part 2" / "Volume 2" is a later part of it (a season), not another title.
  const title: TitleVerdict =
    kind === 'series' && matched.kind === 'sequel' && PART_WORDS.has(tokens[matched.span[1]]?.norm ?? '')
      ? { kind: 'exact', variant: matched.variant, span: matched.span }
      : matched;
  const span = 'span' in title ? title.span : null;
  const outside = span ? tokens.filter((_, i) => i < span[0] || i >= span[1]) : tokens;
  // Judged outside the title's words: "Breakdown (1997) Trailer" is the film Breakdown's trailer.
  const found = findNotTrailer(text, outside);
  // "Honest Trailers" does not call the video a trailer.
  const notTrailerWords = indicesOf(found);
  const wordingTokens = outside.filter((_, i) => !notTrailerWords.has(i));
  const channel = channelFacts(candidate, allowList);
  const channelText = channel.name ?? '';
  return {
    candidate,
    text,
    tokens,
    outside,
    title,
    years: yearsIn(outside),
    descriptionYears: candidate.description ? yearsIn(tokenise(candidate.description)) : [],
    uploadYear: uploadYearOf(candidate),
    ...seasonOf(text, outside, kind),
    wording: wordingOf(text, wordingTokens),
    channel,
    notTrailer: found[0]?.fact ?? null,
    notTrailerChannel: findNotTrailer(channelText, tokenise(channelText))[0]?.fact ?? null,
    fromTmdb,
    extraTypes: extraTypesIn(outside, text),
  };
}
