// The words the ranking recognises in video titles. Kept in one place so the rules read as rules.

/** The profile's exclude words when it sets none: the list plus the same words in the languages people search in. */
export { defaultExcludeWords } from '../../../../src-preload/contract/profiles';

const words = (text: string) => text.split(/\s+/).filter((word) => word.length > 0);

export const OFFICIAL_WORDS = new Set(
  words('official officiel officielle offizieller offizielle offizielles oficial ufficiale officiele'),
);
export const TRAILER_WORDS = new Set(words('trailer trailers zwiastun fragman трейлер'));
export const TEASER_WORDS = new Set(words('teaser teasers promo тизер'));
/** Trailer words in scripts written without spaces, found in the raw title. */
export const CJK_TRAILER = /预告|預告|予告|예고편/;

/** Words that can follow a title in a trailer's name without making it another title. */
export const NEUTRAL_WORDS = new Set([
  ...OFFICIAL_WORDS,
  ...TRAILER_WORDS,
  ...TEASER_WORDS,
  ...words(`
    bande annonce annonces main final new first second third full official international intl us uk red band
    extended exclusive original theatrical rerelease re release remastered restored restoration anniversary
    edition version cut tv spot clip no nr hd uhd sd 4k 8k hdr 1080p 720p 2160p imax 3d dolby ultra dvd bluray blu ray vhs
    movie film films pelicula series season staffel saison temporada premiere world preview sneak peek look
    announcement date ab im kino kinostart theaters theatres cinemas now only coming soon ending scene scenes
    intro opening credits interview ost soundtrack score theme audio video
    vo ov vf vff vost vostfr omu sub subs subtitles subtitled eng ger dt
  `),
  // Chinese and Japanese words for (final, official) trailer, one character each as tokenise splits them.
  ...'预告片預告予編终极終極官方正式版',
]);
/** "25 ans après", "10 Years Later": a number after a title that counts years, not sequels. */
export const YEARS_WORDS = new Set(words('years year ans jahre anos anni jaar'));

/**
 * Videos about a film that are not its trailer, however well they match its title: parodies and
 * sketches, commentary (reviews, reactions, recaps, explainers), and trailers made by fans or an AI.
 * Unlike the profile's exclude words (the person's own wishes, which they may edit or empty), these
 * always apply: such a video is never the trailer. In the languages the exclude words cover
 * (English, German, French, Spanish), plus Italian and Portuguese where a word differs. A phrase
 * also counts written as one word ("fanmade") or in the plural ("Honest Trailers", "Reactions").
 */
export interface NotTrailerKind {
  /** What a video saying one of the phrases is, for its reason. */
  title: string;
  /** What a channel whose name says one of them publishes. */
  channel: string;
  phrases: string[];
}

export const NOT_TRAILER_KINDS: NotTrailerKind[] = [
  {
    title: 'a parody or sketch about the film, not its trailer',
    channel: 'a channel of parodies and sketches',
    phrases: [
      ...words('parody parodie parodia spoof sketch sweded persiflage'),
      'honest trailer',
      'pitch meeting',
      'everything wrong with',
      'trailer but',
    ],
  },
  {
    title: 'a review, reaction, recap or explainer, not the trailer',
    channel: 'a channel of reviews, reactions, recaps and explainers',
    phrases: [
      ...words(`
        reaction reactions reacts reacting react review reviewed breakdown explained explainer analysis recap
        recapped commentary critique theory theories predictions podcast rant ranked
        reaktion kritik rezension besprechung analyse erklärt zusammenfassung rückblick
        réaction critique explication expliqué résumé récap décryptage
        reacción crítica reseña análisis explicado explicación resumen
        recensione spiegazione riassunto reação análise
      `),
      'easter egg',
      'things you missed',
      'details you missed',
      'ending explained',
      'story so far',
      'complete story',
      'first reaction',
    ],
  },
  {
    title: "fan-made, a concept or made with AI, not the studio's trailer",
    channel: 'a channel of fan-made, concept or AI trailers',
    phrases: [
      ...words('fanmade fan-made concept konzept concepto concetto unofficial inoffiziell recut mashup ai'),
      'fan made',
      'fan film',
      'fan trailer',
      'fan edit',
      'fait par un fan',
      'hecho por fans',
      'ai generated',
      'made with ai',
      'ki generiert',
      'ki trailer',
      'trailer ia',
      'généré par ia',
      'generado por ia',
      'what if',
    ],
  },
];

/** Words numbering the parts of a film series, or of a series' season ("Part 2", "Vol. 2"). */
export const PART_WORDS = new Set(['part', 'chapter', 'vol', 'volume', 'teil', 'partie', 'parte']);

/** Words meaning a season of a series. */
export const SEASON_WORDS = new Set(['season', 'staffel', 'saison', 'temporada', 'stagione', 'series']);

export interface LanguageMarker {
  language: string;
  /** A strong marker names the language; a weak one only hints at it. */
  strong: boolean;
}

// Words naming the language a video is in; a weak one only hints at it (a French word for "trailer").
const LANGUAGE_STRONG: Record<string, string> = {
  de: 'german deutsch deutsche deutscher deutschen ger',
  fr: 'french francais francaise vf vff vfq',
  es: 'spanish espanol castellano latino doblado',
  it: 'italian italiano ita',
  pt: 'portuguese portugues dublado',
  en: 'english eng',
  ja: 'japanese',
  zh: 'chinese mandarin cantonese',
  ko: 'korean',
  ru: 'russian',
  pl: 'polish polski',
  nl: 'dutch nederlands',
  tr: 'turkish turkce',
  sv: 'swedish',
  da: 'danish',
  no: 'norwegian',
  fi: 'finnish',
  hi: 'hindi',
};
const LANGUAGE_WEAK: Record<string, string> = {
  fr: 'bande',
  de: 'offizieller',
  pl: 'zwiastun',
  tr: 'fragman',
  ru: 'трейлер',
};

/** Word → the language it names (audio, unless a subtitle word is next to it). */
export const LANGUAGE_WORDS = new Map<string, LanguageMarker>([
  ...Object.entries(LANGUAGE_WEAK).flatMap(([language, list]) =>
    words(list).map((word): [string, LanguageMarker] => [word, { language, strong: false }]),
  ),
  ...Object.entries(LANGUAGE_STRONG).flatMap(([language, list]) =>
    words(list).map((word): [string, LanguageMarker] => [word, { language, strong: true }]),
  ),
]);

/** Words saying the video is subtitled; the language named next to them is the subtitles', not the audio's. */
export const SUBTITLE_WORDS = new Set(
  words(
    'sub subs subtitle subtitles subtitled untertitel untertitelt subtitulado subtitulada sottotitoli legendas ondertiteld',
  ),
);
/** Words that mean "original audio, subtitled in this language". */
export const SUBTITLED_VERSION = new Map([
  ['vost', 'fr'],
  ['vostfr', 'fr'],
  ['omu', 'de'],
  ['vose', 'es'],
  ['legendado', 'pt'],
]);
