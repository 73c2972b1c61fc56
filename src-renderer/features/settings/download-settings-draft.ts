import type { DownloadSettings } from '../../../src-preload/contract';
import { downloadSettingBounds, type WholeNumberBounds } from '../../../src-preload/contract/values';
import { parseWholeNumber } from './parse-whole-number';

export type DownloadSettingsFields = Omit<DownloadSettings, 'allPaused'>;
/** The form's text, as typed. */
export type DownloadSettingsDraft = Record<keyof DownloadSettingsFields, string>;

/** The contract's bounds: the form refuses what main would, in the same words. */
export const settingBounds: Record<keyof DownloadSettingsFields, WholeNumberBounds> = downloadSettingBounds;

export function toSettingsDraft(settings: DownloadSettingsFields): DownloadSettingsDraft {
  return {
    concurrency: String(settings.concurrency),
    youtubePauseSeconds: String(settings.youtubePauseSeconds),
    maxAttempts: String(settings.maxAttempts),
  };
}

export type DraftErrors = Partial<Record<keyof DownloadSettingsFields, string>>;

/** The values to save, or the reason per field why they cannot be. */
export function parseSettingsDraft(
  draft: DownloadSettingsDraft,
): { ok: true; value: DownloadSettingsFields } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const value: Partial<DownloadSettingsFields> = {};
  for (const key of Object.keys(settingBounds) as (keyof DownloadSettingsFields)[]) {
    const parsed = parseWholeNumber(draft[key], settingBounds[key]);
    if (typeof parsed === 'string') errors[key] = parsed;
    else value[key] = parsed;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: value as DownloadSettingsFields };
}
