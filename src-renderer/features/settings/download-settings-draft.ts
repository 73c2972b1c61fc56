import type { DownloadSettings } from '../../../src-preload/contract';

export type DownloadSettingsFields = Omit<DownloadSettings, 'allPaused'>;
/** The form's text, as typed. */
export type DownloadSettingsDraft = Record<keyof DownloadSettingsFields, string>;

interface Bounds {
  min: number;
  max: number;
  below: string;
  above: string;
}

// The same bounds and words as the contract's schema, which the renderer cannot import at run time;
// main checks again and its message is shown if these ever drift apart.
export const settingBounds: Record<keyof DownloadSettingsFields, Bounds> = {
  concurrency: {
    min: 1,
    max: 6,
    below: 'At least one download at a time',
    above: 'At most 6 downloads at a time',
  },
  youtubePauseSeconds: {
    min: 0,
    max: 3600,
    below: 'The pause cannot be negative',
    above: 'The pause is at most an hour',
  },
  maxAttempts: { min: 1, max: 10, below: 'At least one attempt', above: 'At most 10 attempts' },
};

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
    const bounds = settingBounds[key];
    const text = draft[key].trim();
    const number = Number(text);
    if (text === '' || !Number.isFinite(number)) errors[key] = 'Enter a number';
    else if (!Number.isInteger(number)) errors[key] = 'Use a whole number';
    else if (number < bounds.min) errors[key] = bounds.below;
    else if (number > bounds.max) errors[key] = bounds.above;
    else value[key] = number;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: value as DownloadSettingsFields };
}
