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

let byName: Map<string, string> | undefined;

/** Every two-letter language ICU names, by its own name and its English name, lower case. */
function languagesByName(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      const name = english.of(code);
      if (!name || name === code) continue;
      byName.set(name.toLowerCase(), code);
      byName.set(languageTagText(code).toLowerCase(), code);
    }
  }
  return byName;
}

/** The language a tag's text names: "Deutsch", "german", "de", "deu" → "de"; null when none. */
export function languageFromTag(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(trimmed)) {
    const code = primaryLanguage(trimmed);
    if (code !== null && languagesByName().has(nameOf(code))) return code;
  }
  return languagesByName().get(trimmed.toLowerCase()) ?? null;
}

function nameOf(code: string): string {
  try {
    return (
      new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code) ?? ''
    ).toLowerCase();
  } catch {
    return '';
  }
}
