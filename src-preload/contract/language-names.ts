// English names of languages, from the platform's ICU data (Intl.DisplayNames: Node and Chromium
// both ship full ICU) instead of hand-kept tables. Main uses them in search queries and ranking
// reasons; the window may import this module at run time (eslint.config.js), so it imports nothing.
// Codes come as profiles, TMDB, yt-dlp and ffprobe write them: ISO 639-1 ("de"), 639-2/T ("deu"),
// 639-2/B ("ger"), any case, with a region or script ("pt-BR", "zh_Hant"). Nothing here throws.

// ISO 639-2/B codes that differ from the /T ones: Intl is only specified to accept the /T form
// (Node's ICU happens to alias these too, but the spec does not promise it).
const bibliographic: Readonly<Record<string, string>> = {
  alb: 'sq',
  arm: 'hy',
  baq: 'eu',
  bur: 'my',
  chi: 'zh',
  cze: 'cs',
  dut: 'nl',
  fre: 'fr',
  geo: 'ka',
  ger: 'de',
  gre: 'el',
  ice: 'is',
  mac: 'mk',
  mao: 'mi',
  may: 'ms',
  per: 'fa',
  rum: 'ro',
  slo: 'sk',
  tib: 'bo',
  wel: 'cy',
};

// A language subtag of two or three letters, then subtags of up to eight letters or digits.
const wellFormed = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/;
// "und" (undetermined, ffprobe's default tag) and the "mis"/"mul"/"zxx" specials name no language.
const noLanguage = new Set(['und', 'mis', 'mul', 'zxx']);

// Built on first use: a module the window imports stays cheap to load.
let names: Intl.DisplayNames | undefined;
const displayNames = (): Intl.DisplayNames =>
  (names ??= new Intl.DisplayNames(['en'], {
    type: 'language',
    languageDisplay: 'standard',
    fallback: 'none',
  }));

/** The tag in canonical spelling ("ger_at" → "de-AT"), or null when it is malformed or names no language. */
function canonicalTag(code: string | null | undefined): string | null {
  const tag = (code ?? '').trim().replaceAll('_', '-').toLowerCase();
  if (!wellFormed.test(tag)) return null;
  const [language = '', ...rest] = tag.split('-');
  if (noLanguage.has(language)) return null;
  try {
    return Intl.getCanonicalLocales([bibliographic[language] ?? language, ...rest].join('-'))[0] ?? null;
  } catch {
    // A subtag Intl refuses ("de-x", a repeated variant): not a language tag after all.
    return null;
  }
}

/**
 * The language alone, two letters where ISO 639-1 has them: "deu", "ger", "DE-at" → "de",
 * "yid" → "yi", "fil" → "fil". A two-letter code is kept as given ("nb" stays "nb").
 * Null for empty, "und" and malformed input.
 */
export function primaryLanguage(code: string | null | undefined): string | null {
  const language = canonicalTag(code)?.split('-')[0];
  if (language === undefined) return null;
  const given = (code ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  // Intl also replaces retired two-letter codes ("iw" → "he", "tl" → "fil"); they stay as given,
  // since the other side (TMDB, a site) may still use them.
  return given.length === 2 || language.length !== 2 ? given : language;
}

/**
 * The English name: "de", "deu" and "ger" → "German"; "pt-BR" → "Portuguese (Brazil)", or
 * "Portuguese" with `{ region: false }`. Null for codes that name no language ICU knows ("xx",
 * "und"), for empty and for malformed input: the caller chooses what to show instead.
 */
export function languageName(
  code: string | null | undefined,
  options: { region?: boolean } = {},
): string | null {
  const tag = options.region === false ? primaryLanguage(code) : canonicalTag(code);
  if (tag === null) return null;
  try {
    return displayNames().of(tag) ?? null;
  } catch {
    return null;
  }
}
