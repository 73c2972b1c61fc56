// English names of the common languages, for search queries ("Dune 2021 German trailer") and for
// TMDB, which wants ISO 639-1. Codes may come in two or three letters, with a region.
import { languageVariants } from '../../downloads/ytdlp-args';

const names: Record<string, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  sv: 'Swedish',
  da: 'Danish',
  no: 'Norwegian',
  nb: 'Norwegian',
  nn: 'Norwegian',
  fi: 'Finnish',
  is: 'Icelandic',
  pl: 'Polish',
  cs: 'Czech',
  sk: 'Slovak',
  sl: 'Slovenian',
  hu: 'Hungarian',
  ro: 'Romanian',
  bg: 'Bulgarian',
  hr: 'Croatian',
  sr: 'Serbian',
  bs: 'Bosnian',
  mk: 'Macedonian',
  sq: 'Albanian',
  el: 'Greek',
  tr: 'Turkish',
  ru: 'Russian',
  uk: 'Ukrainian',
  be: 'Belarusian',
  et: 'Estonian',
  lv: 'Latvian',
  lt: 'Lithuanian',
  ca: 'Catalan',
  eu: 'Basque',
  gl: 'Galician',
  ga: 'Irish',
  cy: 'Welsh',
  he: 'Hebrew',
  ar: 'Arabic',
  fa: 'Persian',
  hi: 'Hindi',
  bn: 'Bengali',
  ur: 'Urdu',
  ta: 'Tamil',
  te: 'Telugu',
  ml: 'Malayalam',
  mr: 'Marathi',
  th: 'Thai',
  vi: 'Vietnamese',
  id: 'Indonesian',
  ms: 'Malay',
  tl: 'Filipino',
  ja: 'Japanese',
  ko: 'Korean',
  zh: 'Chinese',
  ka: 'Georgian',
  hy: 'Armenian',
  kk: 'Kazakh',
  uz: 'Uzbek',
  az: 'Azerbaijani',
  sw: 'Swahili',
  af: 'Afrikaans',
  am: 'Amharic',
};

/** The two-letter ISO 639-1 code ("deu", "ger", "de-AT" → "de"); null when it is not a language code. */
export function iso6391(code: string | null | undefined): string | null {
  if (!code) return null;
  try {
    const { base } = languageVariants(code.trim());
    return base.find((variant) => variant.length === 2) ?? null;
  } catch {
    return null;
  }
}

/** The English name ("de" → "German"); empty for null and for codes outside the table. */
export function languageName(code: string | null | undefined): string {
  const short = iso6391(code);
  return short === null ? '' : (names[short] ?? '');
}
