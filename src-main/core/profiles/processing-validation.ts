// Whether a profile's processing fits its container: conversion writes the profile's container, so
// a codec that container cannot carry (or that many clients then fail to play) is refused here,
// with the same rules as the download's own codec choice (profile-validation.ts).
import type { ConvertAudioCodec, ConvertVideoCodec } from '../../../src-preload/contract/processing';
import type { Container, ProfileFields } from '../../../src-preload/contract/profiles';

const containerNames: Record<Container, string> = { mkv: 'MKV', mp4: 'MP4', webm: 'WebM' };
const videoNames: Record<Exclude<ConvertVideoCodec, 'keep'>, string> = {
  h264: 'H.264',
  h265: 'H.265',
  av1: 'AV1',
  vp9: 'VP9',
};
const audioNames: Record<Exclude<ConvertAudioCodec, 'keep'>, string> = {
  aac: 'AAC',
  ac3: 'AC-3',
  eac3: 'E-AC-3',
  opus: 'Opus',
};
const refusedVideo: Record<Container, readonly ConvertVideoCodec[]> = {
  mkv: [],
  mp4: ['vp9'],
  webm: ['h264', 'h265'],
};
const refusedAudio: Record<Container, readonly ConvertAudioCodec[]> = {
  mkv: [],
  mp4: ['opus'],
  webm: ['aac', 'ac3', 'eac3'],
};

/** Why the profile's processing cannot write its container, or null when it can. */
export function processingProblem(fields: Pick<ProfileFields, 'container' | 'processing'>): string | null {
  const { container, processing } = fields;
  const name = containerNames[container];
  if (processing.compatibility && container === 'webm') {
    return 'WebM files cannot hold H.264 and AAC, which "Always H.264/AAC" writes. Use MKV or MP4.';
  }
  if (processing.compatibility) return null;
  const { videoCodec, audioCodec } = processing;
  if (videoCodec !== 'keep' && refusedVideo[container].includes(videoCodec)) {
    return `Converting to ${videoNames[videoCodec]} cannot be written to ${name} files. Use MKV, or convert to another codec.`;
  }
  if (audioCodec !== 'keep' && refusedAudio[container].includes(audioCodec)) {
    return `Converting audio to ${audioNames[audioCodec]} cannot be written to ${name} files. Use MKV, or convert to another codec.`;
  }
  return null;
}
