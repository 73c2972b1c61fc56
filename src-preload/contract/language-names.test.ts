// The one source of language names, read from the platform's ICU data, for every way codes arrive.
import { describe, expect, it } from 'vitest';
import { languageName, primaryLanguage } from './language-names';

describe('languageName', () => {
  it.each([
    // ISO 639-1, any case and with spaces around, as profiles and TMDB write them.
    ['de', 'German'],
    ['EN', 'English'],
    [' fr ', 'French'],
    ['ja', 'Japanese'],
    ['no', 'Norwegian'],
    ['tl', 'Filipino'],
    // ISO 639-2/T, as ffprobe's language tags and some profiles write them.
    ['deu', 'German'],
    ['fra', 'French'],
    ['zho', 'Chinese'],
    ['ces', 'Czech'],
    ['yid', 'Yiddish'],
    ['fil', 'Filipino'],
    // ISO 639-2/B, where it differs from /T.
    ['ger', 'German'],
    ['fre', 'French'],
    ['dut', 'Dutch'],
    ['chi', 'Chinese'],
    ['cze', 'Czech'],
    ['gre', 'Greek'],
    ['per', 'Persian'],
    ['rum', 'Romanian'],
    ['slo', 'Slovak'],
    ['alb', 'Albanian'],
    ['arm', 'Armenian'],
    ['baq', 'Basque'],
    ['bur', 'Burmese'],
    ['geo', 'Georgian'],
    ['ice', 'Icelandic'],
    ['mac', 'Macedonian'],
    ['mao', 'Māori'],
    ['may', 'Malay'],
    ['tib', 'Tibetan'],
    ['wel', 'Welsh'],
    // Regions and scripts are part of a label.
    ['pt-BR', 'Portuguese (Brazil)'],
    ['pt_br', 'Portuguese (Brazil)'],
    ['es-419', 'Spanish (Latin America)'],
    ['zh-Hant', 'Chinese (Traditional)'],
    ['ger-AT', 'German (Austria)'],
  ])('names %j "%s"', (code, name) => {
    expect(languageName(code)).toBe(name);
  });

  it.each([
    ['pt-BR', 'Portuguese'],
    ['ger-CH', 'German'],
    ['zh-Hant-TW', 'Chinese'],
    ['deu', 'German'],
  ])('names %j "%s" without its region when asked', (code, name) => {
    expect(languageName(code, { region: false })).toBe(name);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['blank', '   '],
    ['undetermined (ffprobe)', 'und'],
    ['undetermined with a region', 'und-DE'],
    ['several languages', 'mul'],
    ['no linguistic content', 'zxx'],
    ['no language in ICU (TMDB\'s "xx")', 'xx'],
    ['a private-use code', 'qaa'],
    ['one letter', 'd'],
    ['four letters', 'germ'],
    ['a word', 'German'],
    ['a trailing dash', 'de-'],
    ['two dashes', 'de--AT'],
    ['a repeated variant', 'de-1996-1996'],
    ['a subtag too long', 'de-abcdefghi'],
    ['digits', '12'],
    ['punctuation', 'de;rm -rf'],
    ['a non-Latin script', 'нем'],
  ])('gives null, never throws, for %s', (_what, code) => {
    expect(languageName(code)).toBeNull();
    expect(languageName(code, { region: false })).toBeNull();
  });
});

describe('primaryLanguage', () => {
  it.each([
    ['de', 'de'],
    ['DE-at', 'de'],
    ['deu', 'de'],
    ['ger', 'de'],
    ['chi', 'zh'],
    ['pt_BR', 'pt'],
    ['yid', 'yi'],
    // No two-letter code exists for Filipino.
    ['fil', 'fil'],
    // Two letters stay as given, also the ones Intl would retire: TMDB still writes "tl".
    ['tl', 'tl'],
    ['iw', 'iw'],
    ['nb', 'nb'],
    ['nob', 'nb'],
  ])('reads %j as "%s"', (code, language) => {
    expect(primaryLanguage(code)).toBe(language);
  });

  it.each([null, undefined, '', 'und', 'und-DE', 'germ', 'de-', '12'])('gives null for %j', (code) => {
    expect(primaryLanguage(code)).toBeNull();
  });
});
