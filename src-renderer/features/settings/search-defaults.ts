// Copies of the contract's lists: the renderer may import the contract for types only (lint), so
// the values live here too; search-defaults.test.ts fails if the two ever differ.

/** Words that mark a video as something other than the trailer. */
export const defaultExcludeWords: readonly string[] = [
  'reaction',
  'review',
  'breakdown',
  'explained',
  'fan-made',
  'fan made',
  'fanmade',
  'concept',
  'parody',
  'tv spot',
  'clip',
  'featurette',
  'behind the scenes',
  'making of',
  'music video',
  // German, French, Spanish equivalents (a German reaction video says "Reaktion", not "reaction").
  'reaktion',
  'réaction',
  'reacción',
  'kritik',
  'critique',
  'crítica',
  'analyse',
  'análisis',
  'erklärt',
  'explication',
  'extrait',
];

export const defaultSearchTemplate = '{title} {year} official trailer';

/** Tokens the YouTube search template may use. */
export const searchTokens: readonly string[] = ['title', 'year', 'language', 'type'];

/** Browsers yt-dlp can read cookies from. */
export const cookieBrowsers = [
  'firefox',
  'chrome',
  'chromium',
  'edge',
  'brave',
  'opera',
  'safari',
  'vivaldi',
] as const;
