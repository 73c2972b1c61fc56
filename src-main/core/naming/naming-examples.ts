// The names a preset would write for a few typical videos: what Settings shows before the person
// switches presets, computed by the same function that files downloads.
import type { NamingExample } from '../../../src-preload/contract/naming';
import type { NamingPreset, VideoSlot } from '../../../src-preload/contract/video-kinds';
import type { PlacementProfile } from '../profiles/placement';
import { videoPath } from './video-path';

const movie = { title: 'Heat', year: 1995, kind: 'movie' as const };
const series = { title: 'Dark', year: 2017, kind: 'series' as const };
const slot = (over: Partial<VideoSlot>): VideoSlot => ({
  type: 'trailer',
  season: null,
  language: null,
  ordinal: 1,
  ...over,
});

const examples = [
  { label: "A movie's trailer", media: movie, slot: slot({}) },
  { label: "A movie's second trailer, in German", media: movie, slot: slot({ language: 'de', ordinal: 2 }) },
  { label: "A movie's featurette", media: movie, slot: slot({ type: 'featurette' }) },
  { label: "A movie's teaser", media: movie, slot: slot({ type: 'teaser' }) },
  { label: "A series' trailer", media: series, slot: slot({}) },
  { label: "A series' season 1 trailer", media: series, slot: slot({ season: 1 }) },
];

export function namingExamples(preset: NamingPreset, profile: PlacementProfile): NamingExample[] {
  return examples.map(({ label, media, slot: s }) => ({
    label,
    path: `${media.title} (${media.year})/${videoPath({ preset, profile, media, slot: s, seasonFolder: null })}`,
  }));
}
