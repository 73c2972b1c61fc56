// The language tag in a video's file name: "Title (2020) [Deutsch]-trailer.mkv". Servers read a
// file as an extra by how its name ENDS (Jellyfin's suffix rules, Plex's "-trailer"), so anything
// placed before the suffix keeps the file recognised; "-trailer.de" or "-trailer-de" would not be
// (Jellyfin compares the end of the name, Plex likewise). Square brackets are what Plex and
// Jellyfin already ignore in names ("[1080p]"), and the language's own name is what a person reads.
import { primaryLanguage } from '../../../src-preload/contract/language-names';

/** "de" → "Deutsch", "fr" → "Français", "en" → "English"; the code itself when ICU has no name. */
export function languageTagText(code: string): string {
  const language = primaryLanguage(code) ?? code;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' }).of(language);
  } catch {
    name = undefined;
  }
  if (!name) return language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

interface KnownLanguages {
  /** Own and English names, lower case, to the code. */
  byName: Map<string, string>;
  codes: Set<string>;
}

let known: KnownLanguages | undefined;

/** Every two-letter language ICU names, built once (about 20 ms) on the first tag read. */
function knownLanguages(): KnownLanguages {
  if (known) return known;
  const found: KnownLanguages = { byName: new Map(), codes: new Set() };
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      const name = english.of(code);
      if (!name || name === code) continue;
      found.codes.add(code);
      found.byName.set(name.toLowerCase(), code);
      found.byName.set(languageTagText(code).toLowerCase(), code);
    }
  }
  known = found;
  return found;
}

/** The language a tag's text names: "Deutsch", "german", "de", "deu" → "de"; null when none. */
export function languageFromTag(text: string): string | null {
  const trimmed = text.trim();
  const languages = knownLanguages();
  if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(trimmed)) {
    const code = primaryLanguage(trimmed);
    if (code !== null && languages.codes.has(code)) return code;
  }
  return languages.byName.get(trimmed.toLowerCase()) ?? null;
}
