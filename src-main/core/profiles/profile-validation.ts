import {
  searchTokens,
  type AudioCodec,
  type Container,
  type ProfileFields,
  type VideoCodec,
} from '../../../src-preload/contract/profiles';
import { templateProblem } from './placement';
import { processingProblem } from './processing-validation';

const containerNames: Record<Container, string> = { mkv: 'MKV', mp4: 'MP4', webm: 'WebM' };
const codecNames: Record<Exclude<VideoCodec | AudioCodec, 'any'>, string> = {
  h264: 'H.264',
  h265: 'H.265',
  vp9: 'VP9',
  av1: 'AV1',
  aac: 'AAC',
  opus: 'Opus',
  mp3: 'MP3',
  vorbis: 'Vorbis',
};

// What each container may carry. MKV takes everything. WebM is defined for VP8/VP9/AV1 with
// Opus/Vorbis only. MP4 can technically hold VP9 and Opus (ffmpeg writes them), but many TVs
// and media-server clients then play no picture or no sound, so they are refused with a hint
// to use MKV. AV1 in MP4 is standard (it is how YouTube serves AV1) and allowed.
const refusedVideo: Record<Container, readonly VideoCodec[]> = {
  mkv: [],
  mp4: ['vp9'],
  webm: ['h264', 'h265'],
};
const refusedAudio: Record<Container, readonly AudioCodec[]> = {
  mkv: [],
  mp4: ['opus', 'vorbis'],
  webm: ['aac', 'mp3'],
};

function containerHint(container: Container, kind: 'video' | 'audio'): string {
  if (container === 'webm') {
    return kind === 'video' ? 'Choose VP9 or AV1, or use MKV.' : 'Choose Opus or Vorbis, or use MKV.';
  }
  return kind === 'video'
    ? 'Use MKV, which plays VP9 everywhere, or choose H.264, H.265 or AV1.'
    : 'Use MKV, or choose AAC or MP3.';
}

/** The first reason a profile's fields do not work together, or null when they do. */
export function profileProblem(fields: ProfileFields): string | null {
  const { container, videoCodec, audioCodec } = fields;
  if (videoCodec !== 'any' && refusedVideo[container].includes(videoCodec)) {
    return `${containerNames[container]} files cannot hold ${codecNames[videoCodec]} video. ${containerHint(container, 'video')}`;
  }
  if (audioCodec !== 'any' && refusedAudio[container].includes(audioCodec)) {
    return `${containerNames[container]} files cannot hold ${codecNames[audioCodec]} audio. ${containerHint(container, 'audio')}`;
  }
  const { minDurationSeconds: min, maxDurationSeconds: max } = fields;
  if (min !== null && max !== null && max < min) {
    return `The maximum duration (${max} s) is below the minimum duration (${min} s).`;
  }
  if (max === 0)
    return 'A maximum duration of 0 seconds would refuse every trailer. Leave it empty for no limit.';
  if (fields.subtitlesEnabled && fields.subtitleLanguages.length === 0) {
    return 'Subtitles are on but no language is chosen. Add at least one language, such as "en", or turn subtitles off.';
  }
  const processing = processingProblem(fields);
  if (processing) return processing;
  const searchProblem = searchTemplateProblem(fields.searchTemplate);
  if (searchProblem) return searchProblem;
  if (fields.placement === 'custom') return templateProblem(fields.customTemplate);
  return null;
}

/** Why a YouTube search template cannot be used, or null when it can. */
export function searchTemplateProblem(template: string): string | null {
  const tokens = [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
  const unknown = tokens.find((t) => !(searchTokens as readonly string[]).includes(t));
  if (unknown !== undefined) {
    return `The search template uses an unknown token {${unknown}}. Available: ${searchTokens.map((t) => `{${t}}`).join(' ')}.`;
  }
  if (!tokens.includes('title')) {
    return 'The search template must contain {title}, or every title would search for the same videos.';
  }
  return null;
}
