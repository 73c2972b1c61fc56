// The profile editor's "Which videos" and "Languages" fields: what the form checks before asking
// main, where main's refusals of them are shown, and what the cap per title means for the rest.
import type { ContractError } from '../../../src-preload/contract';
import { languageName } from '../../../src-preload/contract/language-names';
import { languageCodePattern } from '../../../src-preload/contract/values';
import { maxVideosPerTitleLimit } from '../../../src-preload/contract/video-kinds';
import type { ProfileDraft } from './profile-draft';

export const videoFields = ['wantedVideos', 'maxVideosPerTitle', 'languages', 'onePerLanguage'] as const;
export type VideoField = (typeof videoFields)[number];

export interface VideoProblem {
  field: VideoField;
  message: string;
}

/** The most languages a profile lists (the contract's limit). */
export const maxLanguages = 5;

/** How many videos the wanted types add up to per title, before the cap (season trailers aside). */
export function wantedPerTitle(
  d: Pick<ProfileDraft, 'wantedVideos' | 'languages' | 'onePerLanguage'>,
): number {
  const perLanguage = Object.values(d.wantedVideos).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  return d.onePerLanguage ? perLanguage * Math.max(1, d.languages.length) : perLanguage;
}

/** What the form can tell before asking main, by the field it belongs to. */
export function videoDraftProblem(d: ProfileDraft): VideoProblem | null {
  if (Object.values(d.wantedVideos).every((n) => (n ?? 0) === 0)) {
    return {
      field: 'wantedVideos',
      message: 'Choose at least one video: a trailer, a teaser or an extra.',
    };
  }
  const text = d.maxVideosPerTitle.trim();
  const cap = Number(text);
  if (text === '' || !Number.isInteger(cap) || cap < 1 || cap > maxVideosPerTitleLimit) {
    return {
      field: 'maxVideosPerTitle',
      message: `The cap is a whole number from 1 to ${maxVideosPerTitleLimit}.`,
    };
  }
  if (d.onePerLanguage && d.languages.length === 0) {
    return { field: 'onePerLanguage', message: 'One video per language needs at least one language above.' };
  }
  return null;
}

/** Main's refusal of one of these fields ("languages.2" is the languages), else null. */
export function placeVideoError(error: ContractError | null): VideoProblem | null {
  if (error?.code !== 'INVALID_INPUT' || !error.field) return null;
  const field = error.field.split('.')[0];
  return videoFields.includes(field as VideoField)
    ? { field: field as VideoField, message: error.message }
    : null;
}

/** What the cap does to the wanted videos: said whenever it can leave some out. */
export function capNote(
  d: Pick<
    ProfileDraft,
    'wantedVideos' | 'languages' | 'onePerLanguage' | 'seasonTrailers' | 'maxVideosPerTitle'
  >,
): string {
  const wanted = wantedPerTitle(d);
  const cap = Number(d.maxVideosPerTitle.trim());
  const seasons = d.seasonTrailers ? ', plus a trailer per season of a series' : '';
  const videos = `${wanted} ${wanted === 1 ? 'video' : 'videos'}`;
  if (!Number.isInteger(cap) || cap < 1) return `All videos of a title, seasons and languages together.`;
  if (wanted > cap || d.seasonTrailers) {
    return `This profile wants ${videos} per title${seasons}; a title gets at most ${cap} of them, and the rest are not fetched.`;
  }
  return `This profile wants ${videos} per title; the cap of ${cap} leaves room for all of them.`;
}

export type LanguageCheck = { ok: true; code: string; name: string } | { ok: false; message: string };

/** A typed language code, as the contract takes it ("DE" → "de"), refused with a reason otherwise. */
export function checkLanguage(typed: string, listed: readonly string[]): LanguageCheck {
  const [first = '', ...rest] = typed.trim().replaceAll('_', '-').split('-');
  const code = [first.toLowerCase(), ...rest].join('-');
  if (code === '') return { ok: false, message: 'Type a language code, such as "de" or "pt-BR".' };
  const name = languageName(code);
  if (!languageCodePattern.test(code) || name === null) {
    return {
      ok: false,
      message: `"${typed.trim()}" is not a language code Trailerdeck knows. Try "de", "fr" or "pt-BR".`,
    };
  }
  if (listed.some((l) => languageName(l) === name))
    return { ok: false, message: `${name} is already in the list.` };
  if (listed.length >= maxLanguages) return { ok: false, message: `At most ${maxLanguages} languages.` };
  return { ok: true, code, name };
}

/** The list with the language at `index` moved one place up (-1) or down (+1). */
export function moveLanguage(languages: readonly string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  if (to < 0 || to >= languages.length) return [...languages];
  const next = [...languages];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
