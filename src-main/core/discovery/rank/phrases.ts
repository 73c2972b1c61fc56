// Phrases (one or more words) found in a tokenised text the way a person reads them: plurals count,
// a phrase written as one word counts ("fanmade", "tvspot"), a word inside another word does not.
import { tokenise, type Token } from './normalise-title';

export interface Phrase {
  /** As written in the list, for reasons. */
  text: string;
  words: string[];
}

/** The phrases of a word list, tokenised, without empties and repeats. */
export function toPhrases(words: readonly string[]): Phrase[] {
  const seen = new Set<string>();
  const phrases: Phrase[] = [];
  for (const text of words) {
    const phraseWords = tokenise(text).map((token) => token.norm);
    const key = phraseWords.join(' ');
    if (phraseWords.length === 0 || seen.has(key)) continue;
    seen.add(key);
    phrases.push({ text: text.trim(), words: phraseWords });
  }
  return phrases;
}

export function phraseKey(phrase: Phrase): string {
  return phrase.words.join(' ');
}

/** Where the phrase first occurs in the tokens, as [first, end) token indices; null when it does not. */
export function findPhrase(tokens: Token[], phrase: Phrase): [number, number] | null {
  const words = phrase.words;
  const joined = words.join('');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (words.length > 1 && (token.norm === joined || token.norm === `${joined}s`)) return [i, i + 1];
    const fits = words.every((word, k) => {
      const norm = tokens[i + k]?.norm;
      if (k < words.length - 1) return norm === word;
      return norm === word || norm === `${word}s` || norm === `${word}es`;
    });
    if (fits) return [i, i + words.length];
  }
  return null;
}
