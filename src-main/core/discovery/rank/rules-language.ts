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

export const LANGUAGE_POINTS = { named: 15, otherNamed: -20, subtitled: -15, hinted: 8, otherHinted: -10 };

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

export function languageReasons(analysis: Analysis, context: RankContext): ScoreReason[] {
  const wanted = primaryLanguage(context.language);
  if (!wanted) return [];
  const name = languageName(wanted);
  const tmdbLanguage = primaryLanguage(analysis.candidate.tmdb?.language);
  if (tmdbLanguage) {
    return tmdbLanguage === wanted
      ? [{ label: `In ${name}, according to TMDB`, points: LANGUAGE_POINTS.named }]
      : [
          {
            label: `In ${languageName(tmdbLanguage)}, not ${name}, according to TMDB`,
            points: LANGUAGE_POINTS.otherNamed,
          },
        ];
  }
  const markers = readMarkers(analysis);
  const said = markers.audio.get(wanted);
  if (said !== undefined) return [{ label: `In ${name} (says “${said}”)`, points: LANGUAGE_POINTS.named }];
  const [other, otherWord] = [...markers.audio][0] ?? [];
  if (other) {
    return [
      {
        label: `In ${languageName(other)} (says “${otherWord}”), not ${name}`,
        points: LANGUAGE_POINTS.otherNamed,
      },
    ];
  }
  const subtitles = markers.subtitles.get(wanted);
  if (subtitles !== undefined) {
    return [
      {
        label: `Subtitled in ${name} (“${subtitles}”): the audio is another language`,
        points: LANGUAGE_POINTS.subtitled,
      },
    ];
  }
  const hint = markers.hints.get(wanted);
  if (hint !== undefined) return [{ label: `Looks ${name} (“${hint}”)`, points: LANGUAGE_POINTS.hinted }];
  const [hinted, hintWord] = [...markers.hints][0] ?? [];
  if (hinted) {
    return [
      {
        label: `Looks ${languageName(hinted)} (“${hintWord}”), not ${name}`,
        points: LANGUAGE_POINTS.otherHinted,
      },
    ];
  }
  const channel = analysis.channel;
  if (channel.language === wanted) {
    return [{ label: `From a ${name}-language channel (${channel.name})`, points: LANGUAGE_POINTS.hinted }];
  }
  if (channel.language) {
    return [
      {
        label: `From a ${languageName(channel.language)}-language channel (${channel.name})`,
        points: LANGUAGE_POINTS.otherHinted,
      },
    ];
  }
  return [];
}
