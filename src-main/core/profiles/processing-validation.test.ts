import { describe, expect, it } from 'vitest';
import { noProcessing, type ProcessingSettings } from '../../../src-preload/contract/processing';
import { profileFieldsSchema, type Container } from '../../../src-preload/contract/profiles';
import { defaultProfileFields } from './profile-service';
import { profileProblem } from './profile-validation';

const withProcessing = (container: Container, over: Partial<ProcessingSettings>) => ({
  ...defaultProfileFields,
  container,
  processing: { ...noProcessing, ...over },
});

describe('processing settings against the container', () => {
  it.each<[string, Container, Partial<ProcessingSettings>, RegExp]>([
    ['H.264/AAC always, in WebM', 'webm', { compatibility: true }, /WebM files cannot hold H\.264 and AAC/],
    ['to H.264 in WebM', 'webm', { videoCodec: 'h264' }, /H\.264 cannot be written to WebM/],
    ['to H.265 in WebM', 'webm', { videoCodec: 'h265' }, /H\.265 cannot be written to WebM/],
    ['to VP9 in MP4', 'mp4', { videoCodec: 'vp9' }, /VP9 cannot be written to MP4/],
    ['to AAC in WebM', 'webm', { audioCodec: 'aac' }, /AAC cannot be written to WebM/],
    ['to E-AC-3 in WebM', 'webm', { audioCodec: 'eac3' }, /E-AC-3 cannot be written to WebM/],
    ['to Opus in MP4', 'mp4', { audioCodec: 'opus' }, /Opus cannot be written to MP4/],
  ])('refuses %s', (_name, container, over, message) => {
    expect(profileProblem(withProcessing(container, over))).toMatch(message);
  });

  it.each<[string, Container, Partial<ProcessingSettings>]>([
    ['anything in MKV', 'mkv', { videoCodec: 'vp9', audioCodec: 'eac3' }],
    ['H.264/AAC always in MP4', 'mp4', { compatibility: true, videoCodec: 'vp9', audioCodec: 'opus' }],
    ['AV1/Opus in WebM', 'webm', { videoCodec: 'av1', audioCodec: 'opus' }],
    ['H.265/AC-3 in MP4', 'mp4', { videoCodec: 'h265', audioCodec: 'ac3' }],
    ['keep everything in WebM', 'webm', {}],
  ])('accepts %s', (_name, container, over) => {
    expect(profileProblem(withProcessing(container, over))).toBeNull();
  });

  it('refuses a loudness target outside -31 to -10 LUFS, and unknown keys', () => {
    const parse = (processing: unknown) => profileFieldsSchema.shape.processing.safeParse(processing).success;
    expect(parse({ ...noProcessing, loudnessTarget: -23 })).toBe(true);
    expect(parse({ ...noProcessing, loudnessTarget: -40 })).toBe(false);
    expect(parse({ ...noProcessing, loudnessTarget: 0 })).toBe(false);
    expect(parse({ ...noProcessing, extra: 1 })).toBe(false);
    expect(parse({ ...noProcessing, videoCodec: 'mpeg2' })).toBe(false);
  });
});
