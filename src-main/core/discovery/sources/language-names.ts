// Languages as TMDB and YouTube searches want them: TMDB takes ISO 639-1, a search query the
// English name ("Dune 2021 German trailer"). Codes may come in two or three letters, with a region.
import { languageName as englishName } from '../../../../src-preload/contract/language-names';
import { languageVariants } from '../../downloads/ytdlp-args';

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

/**
 * The English name of the language, without its region ("pt-BR" → "Portuguese": a search finds
 * more that way); empty for null and for codes that name no language.
 */
export function languageName(code: string | null | undefined): string {
  // Through ISO 639-1 first, so that "nb", "nob" and "nn" search as "Norwegian", as people write it.
  return englishName(iso6391(code) ?? code, { region: false }) ?? '';
}
