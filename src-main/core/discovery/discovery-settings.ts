// Discovery's settings and the YouTube lane's hold, stored as JSON in app_setting. The TMDB key is
// kept here and never sent to a window: the windows only learn whether one is set.
import { z } from 'zod';
import {
  cookieBrowsers,
  type DiscoverySettings,
  type YoutubeLane,
} from '../../../src-preload/contract/discovery';
import type { SettingStore } from '../settings/setting-store';

export const defaultTmdbBaseUrl = 'https://api.themoviedb.org/3';

export interface StoredDiscoverySettings {
  tmdbApiKey: string | null;
  tmdbBaseUrl: string;
  searchResults: number;
  cookiesFile: string | null;
  cookiesFromBrowser: (typeof cookieBrowsers)[number] | null;
  scheduleHours: number | null;
  lastScheduledRunAt: string | null;
  youtubePreview: boolean;
}

const defaults: StoredDiscoverySettings = {
  tmdbApiKey: null,
  tmdbBaseUrl: defaultTmdbBaseUrl,
  // Enough to find the official trailer among decoys; few enough to stay a light request.
  searchResults: 10,
  cookiesFile: null,
  cookiesFromBrowser: null,
  scheduleHours: null,
  lastScheduledRunAt: null,
  // Off until the person turns it on: a preview makes the window contact YouTube.
  youtubePreview: false,
};

const storedSchema = z
  .object({
    tmdbApiKey: z.string().nullable(),
    tmdbBaseUrl: z.string(),
    searchResults: z.number().int().min(1).max(30),
    cookiesFile: z.string().nullable(),
    cookiesFromBrowser: z.enum(cookieBrowsers).nullable(),
    scheduleHours: z.number().int().positive().nullable(),
    lastScheduledRunAt: z.string().nullable(),
    youtubePreview: z.boolean(),
  })
  .partial();

const laneSchema = z.object({
  paused: z.boolean(),
  reason: z.string().nullable(),
  since: z.string().nullable(),
});

export class DiscoverySettingsStore {
  constructor(private readonly store: SettingStore) {}

  stored(): StoredDiscoverySettings {
    return { ...defaults, ...this.store.read('discovery', storedSchema, {}) };
  }

  /** What a window may see. */
  visible(): DiscoverySettings {
    const { tmdbApiKey, ...rest } = this.stored();
    return { ...rest, tmdbKeySet: tmdbApiKey !== null };
  }

  update(patch: Partial<StoredDiscoverySettings>): StoredDiscoverySettings {
    return this.store.merge('discovery', this.stored(), patch);
  }

  lane(): YoutubeLane {
    return this.store.read('youtubeLane', laneSchema, { paused: false, reason: null, since: null });
  }

  saveLane(lane: YoutubeLane): void {
    this.store.write('youtubeLane', lane);
  }
}
