import type { ContractError, DiscoverySettings } from '../../../src-preload/contract';
import type { DiscoverySettingsPatch } from '../../store/discovery-slice';
import { discoverySettingBounds, type cookieBrowsers } from '../../../src-preload/contract/values';
import { parseWholeNumber } from './parse-whole-number';

export type CookieBrowser = (typeof cookieBrowsers)[number];

/** The form's text, as typed. */
export interface DiscoverySettingsDraft {
  /** Never prefilled: the key stays in main. */
  tmdbApiKey: string;
  /** The key field was typed in: saving sends it, and an emptied field clears the key. */
  keyEdited: boolean;
  tmdbBaseUrl: string;
  searchResults: string;
  cookiesFile: string;
  cookiesFromBrowser: '' | CookieBrowser;
  scheduleOn: boolean;
  scheduleHours: string;
  youtubePreview: boolean;
}

export type DiscoveryField = keyof DiscoverySettingsPatch;
export type DiscoveryDraftErrors = Partial<Record<DiscoveryField, string>>;

/** Every how many hours a newly switched on schedule runs. */
export const defaultScheduleHours = 24;

export function toDiscoveryDraft(s: DiscoverySettings): DiscoverySettingsDraft {
  return {
    tmdbApiKey: '',
    keyEdited: false,
    tmdbBaseUrl: s.tmdbBaseUrl,
    searchResults: String(s.searchResults),
    cookiesFile: s.cookiesFile ?? '',
    cookiesFromBrowser: (s.cookiesFromBrowser ?? '') as '' | CookieBrowser,
    scheduleOn: s.scheduleHours !== null,
    scheduleHours: String(s.scheduleHours ?? defaultScheduleHours),
    youtubePreview: s.youtubePreview,
  };
}

/**
 * The changed settings, or the reason per field why they cannot be saved. Bounds repeat the
 * contract's (the renderer cannot import it at run time); main checks again.
 */
export function parseDiscoveryDraft(
  draft: DiscoverySettingsDraft,
  saved: DiscoverySettings,
): { ok: true; patch: DiscoverySettingsPatch } | { ok: false; errors: DiscoveryDraftErrors } {
  const errors: DiscoveryDraftErrors = {};
  const patch: DiscoverySettingsPatch = {};

  if (draft.keyEdited) patch.tmdbApiKey = draft.tmdbApiKey.trim();

  const baseUrl = draft.tmdbBaseUrl.trim();
  if (baseUrl === '') errors.tmdbBaseUrl = 'Enter a web address such as https://api.themoviedb.org/3';
  else if (baseUrl !== saved.tmdbBaseUrl) patch.tmdbBaseUrl = baseUrl;

  const results = parseWholeNumber(draft.searchResults, discoverySettingBounds.searchResults);
  if (typeof results === 'string') errors.searchResults = results;
  else if (results !== saved.searchResults) patch.searchResults = results;

  const cookiesFile = draft.cookiesFile.trim() === '' ? null : draft.cookiesFile.trim();
  if (cookiesFile !== saved.cookiesFile) patch.cookiesFile = cookiesFile;

  const browser = draft.cookiesFromBrowser === '' ? null : draft.cookiesFromBrowser;
  if (browser !== saved.cookiesFromBrowser) patch.cookiesFromBrowser = browser;

  let hours: number | null = null;
  if (draft.scheduleOn) {
    const parsed = parseWholeNumber(draft.scheduleHours, discoverySettingBounds.scheduleHours);
    if (typeof parsed === 'string') errors.scheduleHours = parsed;
    else hours = parsed;
  }
  if (errors.scheduleHours === undefined && hours !== saved.scheduleHours) patch.scheduleHours = hours;

  if (draft.youtubePreview !== saved.youtubePreview) patch.youtubePreview = draft.youtubePreview;

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, patch };
}

const fieldNames: readonly string[] = [
  'tmdbApiKey',
  'tmdbBaseUrl',
  'searchResults',
  'cookiesFile',
  'cookiesFromBrowser',
  'scheduleHours',
  'youtubePreview',
] satisfies DiscoveryField[];

/**
 * Main says which input it refused (`field`, never in the message): the form shows the words next
 * to that field. Other refusals stay whole, for the form's own alert.
 */
export function fieldError(error: ContractError): { field: DiscoveryField; message: string } | null {
  if (error.code !== 'INVALID_INPUT' || !error.field || !fieldNames.includes(error.field)) return null;
  return { field: error.field as DiscoveryField, message: error.message };
}
