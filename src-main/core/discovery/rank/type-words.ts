// What a video calls itself, by video type, in the languages people search in (English, German,
// French, Spanish, Italian, Portuguese), and TMDB's video types mapped to ours. Trailer and teaser
// words stay in vocabulary.ts (the trailer rules read them); the other types are read here.
import type { VideoType } from '../../../../src-preload/contract/video-kinds';
import { findPhrase, toPhrases, type Phrase } from './phrases';
import { tokenise, type Token } from './normalise-title';

/** The types other than trailer and teaser, with the phrases that name them. */
const EXTRA_PHRASES: Partial<Record<VideoType, string[]>> = {
  featurette: ['featurette', 'vignette', 'special look', 'a look inside', 'inside look', 'spotlight'],
  behindthescenes: [
    'behind the scenes',
    'bts',
    'making of',
    'hinter den kulissen',
    'dans les coulisses',
    'coulisses',
    'detras de camaras',
    'detras de las camaras',
    'tras las camaras',
    'dietro le quinte',
    'bastidores',
    'por tras das cameras',
  ],
  clip: ['clip', 'scene', 'opening credits', 'ausschnitt', 'szene', 'extrait', 'escena', 'scena', 'cena'],
  interview: ['interview', 'entrevista', 'entretien', 'intervista', 'press junket', 'q&a'],
  deleted: [
    'deleted scene',
    'extended scene',
    'entfallene szene',
    'geschnittene szene',
    'scene coupee',
    'escena eliminada',
    'escena borrada',
    'scena eliminata',
    'cena deletada',
  ],
  short: ['short film', 'kurzfilm', 'court metrage', 'cortometraje', 'cortometraggio', 'curta metragem'],
  other: ['bloopers', 'blooper', 'gag reel', 'outtakes', 'pannen', 'betisier', 'tomas falsas'],
};

const PHRASES = Object.entries(EXTRA_PHRASES).map(([type, list]) => ({
  type: type as VideoType,
  phrases: toPhrases(list ?? []),
}));

// A deleted or extended scene is a scene too: the more specific type wins where both are named.
const MORE_SPECIFIC: Partial<Record<VideoType, VideoType>> = { deleted: 'clip' };

/** The extra types the words name, with the first phrase found for each (for reasons). */
export function extraTypesIn(tokens: Token[], text: string): Map<VideoType, string> {
  const found = new Map<VideoType, string>();
  for (const { type, phrases } of PHRASES) {
    for (const phrase of phrases) {
      const span = findPhrase(tokens, phrase);
      if (!span) continue;
      const first = tokens[span[0]] as Token;
      const last = tokens[span[1] - 1] as Token;
      found.set(type, text.slice(first.start, last.end));
      break;
    }
  }
  for (const [specific, general] of Object.entries(MORE_SPECIFIC)) {
    if (found.has(specific as VideoType) && general) found.delete(general);
  }
  return found;
}

/** The phrases of a type, so the profile's exclude words do not count against the type asked for. */
export function phrasesOfType(type: VideoType): Phrase[] {
  return PHRASES.find((entry) => entry.type === type)?.phrases ?? [];
}

/**
 * TMDB's video types (its "type" field: Trailer, Teaser, Clip, Featurette, Behind the Scenes,
 * Bloopers, Opening Credits) as ours; a type TMDB adds later reads as "other".
 */
export function tmdbVideoType(type: string): VideoType {
  switch (type.trim().toLowerCase()) {
    case 'trailer':
      return 'trailer';
    case 'teaser':
      return 'teaser';
    case 'featurette':
      return 'featurette';
    case 'behind the scenes':
      return 'behindthescenes';
    case 'clip':
    case 'opening credits':
      return 'clip';
    default:
      return 'other';
  }
}

/** First words of the type phrases: after a title they name the video, not another film. */
export const EXTRA_TYPE_STARTS = new Set(
  PHRASES.flatMap(({ phrases }) => phrases.map((p) => p.words[0] ?? '')),
);

/** The phrase (an exclude word) names this type: "featurette", "behind the scenes", "clip". */
export function namesType(phrase: Phrase, type: VideoType): boolean {
  if (type === 'teaser') return phrase.words.includes('teaser');
  const tokens = tokenise(phrase.text);
  return extraTypesIn(tokens, phrase.text).has(type);
}
