import { z } from 'zod';
import { namingPresets } from './video-kinds';

/** How downloaded videos are named and filed: one preset for the whole app (a library serves one server). */
export const namingSettingsSchema = z.strictObject({
  /** Whose conventions: Plex (the default, and what Trailerdeck always wrote), Jellyfin, Emby, Kodi or the profile's template. */
  preset: z.enum(namingPresets),
});
export type NamingSettings = z.output<typeof namingSettingsSchema>;

export const namingSettingsPatchSchema = namingSettingsSchema.partial();
