// An extra's own title inside its file name: what tells two featurettes apart. Uploads repeat what
// the name already says ("Heat (1995) Featurette - Making of" for Heat's featurette), so the film's
// title, its year, the type's own word and upload noise ("Official", "HD") are dropped, leaving
// "Making of". What remains is made safe for a file name and kept short.
import type { VideoType } from '../../../src-preload/contract/video-kinds';
import { sanitizeFileName } from '../profiles/placement';

const maxVideoTitleLength = 80;

// The words a type's uploads put around their own title, English first (the suffix says the type).
const typeWords: Record<VideoType, string[]> = {
  trailer: ['trailer'],
  teaser: ['teaser', 'trailer'],
  featurette: ['featurette'],
  behindthescenes: ['behind the scenes', 'bts'],
  clip: ['clip', 'scene'],
  interview: ['interview'],
  deleted: ['deleted scene'],
  short: ['short film'],
  other: [],
};
const noiseWords = ['official', 'exclusive', 'hd', '4k', 'uhd', '1080p', '720p'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase's words, any run of spaces or punctuation between them, for a pattern. */
const phraseSource = (phrase: string) =>
  phrase
    .trim()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map(escape)
    .join('[^\\p{L}\\p{N}]+');
const separators = '[\\s\\-–—|:·,]*';

/**
 * The part of `videoTitle` that names this video among the title's others; '' when nothing is left.
 * Only what leads or ends the upload's title is dropped ("Heat (1995) Featurette - Making of"), so
 * a title that uses the film's name in its own words keeps it ("Making Heat: the bank job").
 */
export function ownVideoTitle(
  videoTitle: string | null | undefined,
  media: { title: string; year: number | null },
  type: VideoType,
): string {
  const year = media.year === null ? [] : [String(media.year)];
  // Bracketed noise anywhere ("[HD]", "(1995)", "(Official)"); then brackets would read as a language tag.
  const bracketed = new RegExp(
    `[[(]\\s*(?:${[...year, ...noiseWords].map(phraseSource).join('|')})\\s*[\\])]`,
    'giu',
  );
  let text = (videoTitle ?? '').replace(bracketed, ' ').replace(/[[\]]/g, ' ');
  const phrases = [media.title, ...year, ...typeWords[type], ...noiseWords]
    .map(phraseSource)
    .filter((source) => source !== '');
  const leading = phrases.map((source) => new RegExp(`^${separators}${source}(?![\\p{L}\\p{N}])`, 'iu'));
  const trailing = phrases.map((source) => new RegExp(`(?<![\\p{L}\\p{N}])${source}${separators}$`, 'iu'));
  for (let changed = true; changed;) {
    const before = text;
    for (const pattern of [...leading, ...trailing]) text = text.replace(pattern, ' ').trim();
    changed = text !== before;
  }
  text = text.replace(/^[\s\-–—|:·,]+|[\s\-–—|:·,]+$/g, '');
  const cleaned = sanitizeFileName(text);
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return '';
  if (cleaned.length <= maxVideoTitleLength) return cleaned;
  const cut = cleaned.slice(0, maxVideoTitleLength);
  const space = cut.lastIndexOf(' ');
  return (space > 40 ? cut.slice(0, space) : cut).trim();
}
