import { languageName } from '../../../src-preload/contract/language-names';
import { videoTypeLabels, videoTypes } from '../../../src-preload/contract/video-kinds';
import { convertAudioOptions, convertVideoOptions } from './processing-labels';
import type {
  AudioCodec,
  Container,
  MaxResolution,
  Placement,
  ProfileFields,
  VideoCodec,
} from '../../../src-preload/contract';

// The renderer imports the contract as types only, so the choices are listed here with labels;
// `satisfies` makes a value the contract lacks a type error.
export const resolutionOptions = [
  { value: '360', label: '360p' },
  { value: '480', label: '480p' },
  { value: '720', label: '720p' },
  { value: '1080', label: '1080p' },
  { value: '1440', label: '1440p' },
  { value: '2160', label: '2160p (4K)' },
  { value: 'best', label: 'Best available' },
] as const satisfies ReadonlyArray<{ value: MaxResolution; label: string }>;

export const videoCodecOptions = [
  { value: 'any', label: 'Any' },
  { value: 'h264', label: 'H.264' },
  { value: 'h265', label: 'H.265 (HEVC)' },
  { value: 'vp9', label: 'VP9' },
  { value: 'av1', label: 'AV1' },
] as const satisfies ReadonlyArray<{ value: VideoCodec; label: string }>;

export const audioCodecOptions = [
  { value: 'any', label: 'Any' },
  { value: 'aac', label: 'AAC' },
  { value: 'opus', label: 'Opus' },
  { value: 'mp3', label: 'MP3' },
  { value: 'vorbis', label: 'Vorbis' },
] as const satisfies ReadonlyArray<{ value: AudioCodec; label: string }>;

export const containerOptions = [
  { value: 'mkv', label: 'MKV' },
  { value: 'mp4', label: 'MP4' },
  { value: 'webm', label: 'WebM' },
] as const satisfies ReadonlyArray<{ value: Container; label: string }>;

export const placementOptions = [
  { value: 'next-to-media', label: 'Next to the media' },
  { value: 'trailers-folder', label: 'In a Trailers folder' },
  { value: 'custom', label: 'Custom file name' },
] as const satisfies ReadonlyArray<{ value: Placement; label: string }>;

const placementShort: Record<Placement, string> = {
  'next-to-media': 'next to media',
  'trailers-folder': 'Trailers folder',
  custom: 'custom name',
};

const labelOf = <V extends string>(options: ReadonlyArray<{ value: V; label: string }>, value: V) =>
  options.find((o) => o.value === value)?.label ?? value;

/** One line for the list, e.g. "1080p · H.264 · MKV · next to media". */
export function describeProfile(p: ProfileFields): string {
  const parts = [
    p.maxResolution === 'best' ? 'best resolution' : `${p.maxResolution}p`,
    p.videoCodec === 'any' ? 'any video codec' : labelOf(videoCodecOptions, p.videoCodec),
  ];
  if (p.audioCodec !== 'any') parts.push(labelOf(audioCodecOptions, p.audioCodec));
  parts.push(labelOf(containerOptions, p.container), placementShort[p.placement]);
  if (p.subtitlesEnabled) parts.push(`subtitles ${p.subtitleLanguages.join(', ')}`);
  return [...parts, ...describeProcessing(p.processing), ...describeVideoWishes(p)].join(' · ');
}

/** "always H.264/AAC", "to H.265", "−16 LUFS", "trimmed": said only when the profile processes. */
function describeProcessing(p: ProfileFields['processing']): string[] {
  const parts: string[] = [];
  if (p.compatibility) parts.push('always H.264/AAC');
  else {
    if (p.videoCodec !== 'keep') parts.push(`to ${labelOf(convertVideoOptions, p.videoCodec)}`);
    if (p.audioCodec !== 'keep') parts.push(`audio to ${labelOf(convertAudioOptions, p.audioCodec)}`);
  }
  if (p.loudnessTarget !== null) parts.push(`${p.loudnessTarget} LUFS`);
  if (p.trim) parts.push('trimmed');
  return parts;
}

/** "2× trailer, featurette", "season trailers", "German, then English": said when not the default one trailer. */
function describeVideoWishes(p: ProfileFields): string[] {
  const parts: string[] = [];
  const wanted = videoTypes.filter((type) => (p.wantedVideos[type] ?? 0) > 0);
  if (!(wanted.length === 1 && wanted[0] === 'trailer' && p.wantedVideos.trailer === 1)) {
    const counted = wanted.map((type) => {
      const count = p.wantedVideos[type] ?? 0;
      const label = videoTypeLabels[type].toLowerCase();
      return count > 1 ? `${count}× ${label}` : label;
    });
    parts.push(counted.join(', '));
  }
  if (p.seasonTrailers) parts.push('season trailers');
  const names = p.languages.map((code) => languageName(code) ?? code);
  if (names.length > 0) parts.push(p.onePerLanguage ? `each in ${names.join(', ')}` : names.join(', then '));
  return parts;
}

/**
 * What switching a profile on will do, for the question asked before it: "Enabling “Web” adds a
 * trailer download for each of the 1,204 titles that have none for it yet…". `titles` null: main
 * could not count.
 */
export function describeEnableImpact(name: string, titles: number | null): string {
  const profile = name.trim() ? `“${name.trim()}”` : 'this profile';
  if (titles === null)
    return `Enabling ${profile} adds a trailer download for every title that has none for it yet.`;
  if (titles === 0)
    return `Enabling ${profile} adds no downloads for now: no title is missing a trailer for it.`;
  const which =
    titles === 1 ? 'the 1 title that has' : `each of the ${titles.toLocaleString()} titles that have`;
  return `Enabling ${profile} adds a trailer download for ${which} none for it yet, the next time missing trailers are downloaded (by hand or on the schedule).`;
}
