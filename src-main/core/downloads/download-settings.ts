// The queue's settings: stored as one JSON value, validated on the way in and on the way out.
import { z } from 'zod';
import { downloadSettingsSchema, type DownloadSettings } from '../../../src-preload/contract/downloads';
import type { SettingStore } from '../settings/setting-store';

const settingKey = 'downloads';

export const defaultDownloadSettings: DownloadSettings = {
  concurrency: 2,
  // Long enough that a whole-library run looks like a person, short enough to finish overnight.
  youtubePauseSeconds: 10,
  maxAttempts: 4,
  allPaused: false,
};

const storedSchema = downloadSettingsSchema.extend({ allPaused: z.boolean() }).partial();

export class DownloadSettingsStore {
  constructor(private readonly store: SettingStore) {}

  get(): DownloadSettings {
    return { ...defaultDownloadSettings, ...this.store.read(settingKey, storedSchema, {}) };
  }

  update(patch: Partial<DownloadSettings>): DownloadSettings {
    return this.store.merge(settingKey, this.get(), patch);
  }
}
