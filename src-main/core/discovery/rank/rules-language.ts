// Is it in the profile's language? Read from the words of the title ("Trailer Deutsch", "VF",
// "doblado"), TMDB's language, or the channel when it only publishes in one language.
import { type Analysis } from './analyse';
import { type RankContext, type ScoreReason } from './types';
import {
  languageName as englishName,
  primaryLanguage,
} from '../../../../src-preload/contract/language-names';
import { LANGUAGE_WORDS, SUBTITLE_WORDS, SUBTITLED_VERSION } from './vocabulary';

// A code ICU has no name for still reads as itself in a reason ("In XX, not German").
const languageName = (code: string): string => englishName(code) ?? code.toUpperCase();

export const LANGUAGE_POINTS = {
  named: 15,
  fallback: 5,
  otherNamed: -20,
  subtitled: -15,
  // A profile that takes subtitled trailers counts one subtitled in its language as in it.
  subtitledTaken: 15,
  hinted: 8,
  fallbackHinted: 3,
  otherHinted: -10,
};

interface Markers {
  audio: Map<string, string>; // language → the word that says so
  hints: Map<string, string>;
  subtitles: Map<string, string>;
}

function readMarkers(analysis: Analysis): Markers {
  const markers: Markers = { audio: new Map(), hints: new Map(), subtitles: new Map() };
  const tokens = analysis.outside;
  const raw = (i: number) => {
    const token = tokens[i];
    if (!token) return '';
    // Quote "Bande Annonce" whole, not "Bande".
    const next = tokens[i + 1];
    const end = token.norm === 'bande' && next && next.norm.startsWith('annonce') ? next.end : token.end;
    return analysis.text.slice(token.start, end);
  };
  tokens.forEach((token, i) => {
    const subtitled = SUBTITLED_VERSION.get(token.norm);
    if (subtitled) {
      markers.subtitles.set(subtitled, raw(i));
      return;
    }
    const marker = LANGUAGE_WORDS.get(token.norm);
    if (!marker) return;
    const nearSubtitleWord = [-2, -1, 1, 2].some((d) => SUBTITLE_WORDS.has(tokens[i + d]?.norm ?? ''));
    const target = nearSubtitleWord ? markers.subtitles : marker.strong ? markers.audio : markers.hints;
    if (!target.has(marker.language)) target.set(marker.language, raw(i));
  });
  // Words for "trailer" in scripts without spaces, and the Spanish spelling with an accent.
  const scripts: [RegExp, string][] = [
    [/预告|預告/, 'zh'],
    [/予告/, 'ja'],
    [/예고편/, 'ko'],
    [/tráiler/i, 'es'],
  ];
  for (const [pattern, language] of scripts) {
    const found = pattern.exec(analysis.text);
    if (found && !markers.hints.has(language)) markers.hints.set(language, found[0]);
  }
  return markers;
}

/** The profile's languages, first choice first, as ISO 639-1 codes. */
function wantedLanguages(context: RankContext): string[] {
  const list = context.languages && context.languages.length > 0 ? context.languages : [context.language];
  return [
    ...new Set(list.map((code) => primaryLanguage(code)).filter((code): code is string => code !== null)),
  ];
}

const ordinal = (index: number) => ['first', 'second', 'third', 'fourth', 'fifth'][index] ?? `${index + 1}th`;

/** What the video's language says for the profile: the reasons, and whether it is in the first language. */
export interface LanguageVerdict {
  reasons: ScoreReason[];
  /** In the profile's first language (or subtitled in it, for a profile that takes subtitles). */
  first: boolean;
}

const none: LanguageVerdict = { reasons: [], first: false };

export function languageReasons(analysis: Analysis, context: RankContext): ScoreReason[] {
  return languageVerdict(analysis, context).reasons;
}

export function languageVerdict(analysis: Analysis, context: RankContext): LanguageVerdict {
  const wanted = wantedLanguages(context);
  const first = wanted[0];
  if (first === undefined) return none;
  const name = languageName(first);
  // A later language of the list is a fallback: better than any other, not as good as the first.
  const fallback = (language: string) => {
    const at = wanted.indexOf(language);
    return at > 0 ? ` (the profile's ${ordinal(at)} language)` : '';
  };
  const verdict = (language: string, label: string, points: number): LanguageVerdict => ({
    reasons: [{ label, points }],
    first: language === first,
  });
  const judged = (
    language: string,
    how: string,
    points: { wanted: number; fallback: number; other: number },
  ): LanguageVerdict => {
    const at = wanted.indexOf(language);
    if (at === 0) return verdict(language, `In ${name}${how}`, points.wanted);
    if (at > 0) {
      return verdict(language, `In ${languageName(language)}${fallback(language)}${how}`, points.fallback);
    }
    // "In French (says “VF”), not German"; TMDB's word goes last: "In French, not German, according to TMDB".
    const other = how.startsWith(',') ? `, not ${name}${how}` : `${how}, not ${name}`;
    return verdict(language, `In ${languageName(language)}${other}`, points.other);
  };
  const named = {
    wanted: LANGUAGE_POINTS.named,
    fallback: LANGUAGE_POINTS.fallback,
    other: LANGUAGE_POINTS.otherNamed,
  };
  const hinted = {
    wanted: LANGUAGE_POINTS.hinted,
    fallback: LANGUAGE_POINTS.fallbackHinted,
    other: LANGUAGE_POINTS.otherHinted,
  };
  const tmdbLanguage = primaryLanguage(analysis.candidate.tmdb?.language);
  if (tmdbLanguage) return judged(tmdbLanguage, ', according to TMDB', named);
  const markers = readMarkers(analysis);
  const audio = [...markers.audio].sort(([a], [b]) => rankIn(wanted, a) - rankIn(wanted, b))[0];
  if (audio) return judged(audio[0], ` (says “${audio[1]}”)`, named);
  const subtitles = markers.subtitles.get(first);
  if (subtitles !== undefined) {
    // Subtitled counts as in the language only for a profile that takes subtitled trailers.
    return context.preferDubbed === false
      ? verdict(
          first,
          `Subtitled in ${name} (“${subtitles}”), which the profile takes`,
          LANGUAGE_POINTS.subtitledTaken,
        )
      : {
          reasons: [
            {
              label: `Subtitled in ${name} (“${subtitles}”): the audio is another language`,
              points: LANGUAGE_POINTS.subtitled,
            },
          ],
          first: false,
        };
  }
  const ytdlpLanguage = primaryLanguage(analysis.candidate.language);
  if (ytdlpLanguage) return judged(ytdlpLanguage, ', according to YouTube', hinted);
  const hint = [...markers.hints].sort(([a], [b]) => rankIn(wanted, a) - rankIn(wanted, b))[0];
  if (hint) {
    const at = wanted.indexOf(hint[0]);
    if (at === 0) return verdict(hint[0], `Looks ${name} (“${hint[1]}”)`, LANGUAGE_POINTS.hinted);
    if (at > 0) {
      return verdict(
        hint[0],
        `Looks ${languageName(hint[0])}${fallback(hint[0])} (“${hint[1]}”)`,
        LANGUAGE_POINTS.fallbackHinted,
      );
    }
    return verdict(
      hint[0],
      `Looks ${languageName(hint[0])} (“${hint[1]}”), not ${name}`,
      LANGUAGE_POINTS.otherHinted,
    );
  }
  const channel = analysis.channel;
  if (!channel.language) return none;
  const at = wanted.indexOf(channel.language);
  return verdict(
    channel.language,
    `From a ${languageName(channel.language)}-language channel (${channel.name})${fallback(channel.language)}`,
    at === 0 ? hinted.wanted : at > 0 ? hinted.fallback : hinted.other,
  );
}

/** The name of the profile's first language ("French"), or null when it wants any. */
export function firstLanguageName(context: RankContext): string | null {
  const first = wantedLanguages(context)[0];
  return first === undefined ? null : languageName(first);
}

/** Where a language comes in the profile's list; one not in it comes last. */
function rankIn(wanted: string[], language: string): number {
  const at = wanted.indexOf(language);
  return at === -1 ? wanted.length : at;
}
