// The naming preset, stored as one JSON value in app settings. Plex by default: Trailerdeck wrote
// Plex's names before presets existed, so a library filed then keeps being filed the same way.
import { namingSettingsSchema, type NamingSettings } from '../../../src-preload/contract/naming';
import type { SettingStore } from '../settings/setting-store';

const settingKey = 'naming';

export const defaultNamingSettings: NamingSettings = { preset: 'plex' };

const storedSchema = namingSettingsSchema.partial();

export class NamingSettingsStore {
  constructor(private readonly store: SettingStore) {}

  get(): NamingSettings {
    return { ...defaultNamingSettings, ...this.store.read(settingKey, storedSchema, {}) };
  }

  update(patch: Partial<NamingSettings>): NamingSettings {
    return this.store.merge(settingKey, this.get(), patch);
  }
}
