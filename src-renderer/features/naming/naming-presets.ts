import type { NamingSettings } from '../../../src-preload/contract';

type NamingPreset = NamingSettings['preset'];

// The window's own list (it imports the contract's types only); the type makes a missing preset a
// compile error.
const presets: Record<NamingPreset, { label: string; hint: string }> = {
  plex: { label: 'Plex', hint: 'Plex’s suffixes and folders; a teaser is filed as a trailer.' },
  jellyfin: {
    label: 'Jellyfin',
    hint: 'Jellyfin’s suffixes and folders, including -clip; other extras in Extras.',
  },
  emby: { label: 'Emby', hint: 'Emby’s suffixes and folders; other extras in Extras.' },
  kodi: { label: 'Kodi', hint: 'One trailer as movie-trailer beside the movie; everything else in Extras.' },
  custom: {
    label: 'Custom',
    hint: 'The profile’s own file name template, with {type}, {season} and {language}.',
  },
};

export const namingPresetOptions = (Object.keys(presets) as NamingPreset[]).map((value) => ({
  value,
  label: presets[value].label,
}));

export const namingPresetHint = (preset: NamingPreset): string => presets[preset].hint;
