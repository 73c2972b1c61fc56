// Titles as words that compare equal however a video spells them: case, accents, punctuation,
// "&"/"and", roman numerals and leading articles. Candidate titles are tokenised the same way and
// keep where each word sits in the original text, so a reason can quote the video's own words.

/** How a word is separated from the one before it; "hard" ends a title ("|", " - ", brackets). */
export type Separator = 'start' | 'space' | 'colon' | 'comma' | 'hard';

export interface Token {
  norm: string;
  /** Offsets in the original text, for quoting. */
  start: number;
  end: number;
  sep: Separator;
  /** The word as written ends in a possessive ("Lynch's", "Studios'"). */
  possessive: boolean;
}

const LEADING_ARTICLES = new Set([
  'the',
  'a',
  'an',
  'der',
  'die',
  'das',
  'le',
  'la',
  'les',
  'l',
  'el',
  'los',
  'las',
  'il',
]);
// Words after which a lone I, V or X is a number ("Episode I", "Part V"), not a letter or a word.
const NUMBERED = new Set([
  'part',
  'episode',
  'chapter',
  'volume',
  'vol',
  'book',
  'season',
  'series',
  'staffel',
  'saison',
  'temporada',
  'teil',
  'partie',
  'parte',
  'kapitel',
  'chapitre',
]);
const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
// Han, kana: written without spaces, so each character is its own word.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{N}]+(?:['’`´][\p{L}\p{N}]+)*['’]?|&/gu;

function foldWord(raw: string): string {
  const lower = raw.toLowerCase().replace(/[ßæœøłđðþı]/g, (c) => LETTER_FOLDS[c] ?? c);
  // NFD then drop the marks; NFC afterwards so Hangul syllables come back together.
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

function romanValue(word: string): number | null {
  if (!/^[ivx]+$/.test(word)) return null;
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const value = values[word[i] ?? ''] ?? 0;
    const next = values[word[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  // Only canonical spellings ("iiii" or "vx" are words, not numbers).
  const canonical = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
  const expected = 'x'.repeat(Math.floor(total / 10)) + (canonical[total % 10] ?? '');
  return expected === word && total > 0 && total < 40 ? total : null;
}

/** A word's comparable form(s): an apostrophe inside a word splits it ("d'Amélie"), a possessive does not ("Pan's"). */
function wordForms(raw: string): string[] {
  if (raw === '&') return ['and'];
  const folded = foldWord(raw);
  const parts = folded
    .replace(/['’`´]s$/, 's')
    .replace(/['’]$/, '')
    .split(/['’`´]/)
    .filter((part) => part.length > 0);
  return parts.flatMap((part) => (CJK.test(part) ? splitCjk(part) : [part]));
}

function splitCjk(part: string): string[] {
  const out: string[] = [];
  let run = '';
  for (const char of part) {
    if (CJK.test(char)) {
      if (run) out.push(run);
      run = '';
      out.push(char);
    } else run += char;
  }
  if (run) out.push(run);
  return out;
}

function separatorOf(gap: string, first: boolean): Separator {
  if (first) return 'start';
  if (/[|–—()[\]{}【】《》「」『』"“”«»•·/#]/.test(gap) || /\s-|-\s/.test(gap)) return 'hard';
  if (/[:：]/.test(gap)) return 'colon';
  if (/[,.!?;，。！？]/.test(gap)) return 'comma';
  return 'space';
}

/** Words of a text with their place in it; numbers written as roman numerals or after "Part" as words become digits. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const sep = separatorOf(text.slice(last, start), tokens.length === 0);
    const possessive = /['’](s)?$/i.test(raw) && raw.length > 2;
    wordForms(raw).forEach((norm, i) => {
      tokens.push({ norm, start, end: start + raw.length, sep: i === 0 ? sep : 'space', possessive });
    });
    last = start + raw.length;
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1]?.norm ?? '';
    const afterNumbered = NUMBERED.has(previous);
    const roman = token.norm.length > 1 || afterNumbered ? romanValue(token.norm) : null;
    if (roman !== null) token.norm = String(roman);
    else if (afterNumbered && NUMBER_WORDS[token.norm]) token.norm = NUMBER_WORDS[token.norm] as string;
  }
  return tokens;
}

/** The words of a title that identify it: the tokens without a leading article. */
export function titleWords(text: string): string[] {
  const words = tokenise(text).map((token) => token.norm);
  if (words.length > 1 && LEADING_ARTICLES.has(words[0] ?? '')) words.shift();
  return words;
}

/** A title in comparable form: "The Godfather: Part II" → "godfather part 2", "Amélie" → "amelie". */
export function normaliseTitle(text: string): string {
  return titleWords(text).join(' ');
}

export function isArticle(word: string): boolean {
  return LEADING_ARTICLES.has(word);
}
