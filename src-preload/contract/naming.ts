import { z } from 'zod';
import { namingPresets } from './video-kinds';

/** How downloaded videos are named and filed: one preset for the whole app (a library serves one server). */
export const namingSettingsSchema = z.strictObject({
  /** Whose conventions: Plex (the default, and what Trailerdeck always wrote), Jellyfin, Emby, Kodi or the profile's template. */
  preset: z.enum(namingPresets),
});
export type NamingSettings = z.output<typeof namingSettingsSchema>;

export const namingSettingsPatchSchema = namingSettingsSchema.partial();

/** One name the preset would write, for the Settings preview. */
export interface NamingExample {
  /** What it is: "A movie's trailer". */
  label: string;
  /** Where it would go, from the title's folder: "Heat (1995)/Trailers/Heat (1995)-trailer.mkv". */
  path: string;
}

export const namingPreviewInputSchema = z.strictObject({
  preset: z.enum(namingPresets),
  /** Whose placement and template to preview; the default profile when left out. */
  profileId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});
