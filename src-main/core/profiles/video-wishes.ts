// The profile's video wishes that only make sense together (the shapes are the contract's): a
// language listed twice, "one video per language" without languages. Each refusal names the field
// it belongs to, so the editor shows it there.
import type { ProfileFields } from '../../../src-preload/contract/profiles';
import { languageName } from '../../../src-preload/contract/language-names';

export interface FieldProblem {
  field: keyof ProfileFields;
  message: string;
}

/** The first reason the wanted videos and languages do not work together, or null when they do. */
export function videoWishProblem(fields: ProfileFields): FieldProblem | null {
  // "de", "deu" and "ger" are one language: compared by name where the platform knows it.
  const seen = new Set<string>();
  for (const code of fields.languages) {
    const name = languageName(code) ?? code.toLowerCase();
    if (seen.has(name)) {
      return { field: 'languages', message: `${name} is in the language list twice. Keep it once.` };
    }
    seen.add(name);
  }
  if (fields.onePerLanguage && fields.languages.length === 0) {
    return {
      field: 'onePerLanguage',
      message:
        'One video per language needs languages to go by. Add at least one (German, English…), or turn it off.',
    };
  }
  return null;
}
