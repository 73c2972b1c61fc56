import { describe, expect, it } from 'vitest';
import { noProcessing, type ProcessingSettings } from '../../../src-preload/contract/processing';
import type { Container } from '../../../src-preload/contract/profiles';
import type { EncoderInventory } from './hardware-encoders';
import { ProcessingFailed } from './processing-errors';
import { planProcessing, withSoftwareVideo, type PlanInput } from './processing-plan';

const software = [
  'libx264',
  'libx265',
  'libsvtav1',
  'libaom-av1',
  'libvpx-vp9',
  'aac',
  'ac3',
  'eac3',
  'libopus',
];
const noHardware: EncoderInventory = { available: new Set(software), workingHardware: new Set() };
const nvenc: EncoderInventory = {
  available: new Set([...software, 'h264_nvenc', 'h264_vaapi']),
  workingHardware: new Set(['h264_nvenc']),
};
const vaapi: EncoderInventory = {
  available: new Set([...software, 'hevc_vaapi']),
  workingHardware: new Set(['hevc_vaapi']),
};

interface Case {
  name: string;
  video?: string | null;
  audio?: string | null;
  subtitles?: string | null;
  container?: Container;
  settings?: Partial<ProcessingSettings>;
  loudness?: boolean;
  trim?: boolean;
  encoders?: EncoderInventory;
  /** null: nothing to do. Otherwise [video, audio, subtitles] as "copy", an encoder name, or null. */
  expected: null | [string | null, string | null, string];
  from?: [string | null, string | null];
}

const cases: Case[] = [
  { name: 'keep/keep → nothing to do', expected: null },
  { name: 'keep/keep with subtitles in mp4 → nothing to do', subtitles: 'mov_text', expected: null },
  {
    name: 'already H.264/AAC and H.264/AAC wanted → nothing',
    settings: { videoCodec: 'h264', audioCodec: 'aac' },
    expected: null,
  },
  {
    name: 'already H.264/AAC under compatibility → nothing',
    settings: { compatibility: true },
    expected: null,
  },
  {
    name: 'VP9/Opus under compatibility → libx264/aac',
    video: 'vp9',
    audio: 'opus',
    container: 'mkv',
    settings: { compatibility: true, videoCodec: 'keep', audioCodec: 'opus' },
    expected: ['libx264', 'aac', 'none'],
    from: ['vp9', 'opus'],
  },
  {
    name: 'only the audio differs → picture copied',
    audio: 'opus',
    container: 'mkv',
    settings: { audioCodec: 'aac' },
    expected: ['copy', 'aac', 'none'],
    from: [null, 'opus'],
  },
  {
    name: 'only the picture differs → sound copied',
    video: 'vp9',
    container: 'mkv',
    settings: { videoCodec: 'h264' },
    expected: ['libx264', 'copy', 'none'],
    from: ['vp9', null],
  },
  {
    name: 'H.265 wanted from H.264 → libx265',
    settings: { videoCodec: 'h265' },
    expected: ['libx265', 'copy', 'none'],
    from: ['h264', null],
  },
  {
    name: 'AV1 wanted → libsvtav1 (preferred over libaom)',
    container: 'mkv',
    settings: { videoCodec: 'av1' },
    expected: ['libsvtav1', 'copy', 'none'],
  },
  {
    name: 'AV1 wanted without SVT → libaom-av1',
    container: 'mkv',
    settings: { videoCodec: 'av1' },
    encoders: { available: new Set(software.filter((n) => n !== 'libsvtav1')), workingHardware: new Set() },
    expected: ['libaom-av1', 'copy', 'none'],
  },
  {
    name: 'VP9 wanted in webm from AV1 → libvpx-vp9',
    video: 'av1',
    audio: 'opus',
    container: 'webm',
    settings: { videoCodec: 'vp9' },
    expected: ['libvpx-vp9', 'copy', 'none'],
  },
  {
    name: 'AC-3 and E-AC-3 wanted',
    container: 'mkv',
    settings: { audioCodec: 'eac3' },
    expected: ['copy', 'eac3', 'none'],
  },
  {
    name: 'hardware allowed and working → h264_nvenc',
    video: 'vp9',
    container: 'mkv',
    settings: { videoCodec: 'h264' },
    encoders: nvenc,
    expected: ['h264_nvenc', 'copy', 'none'],
  },
  {
    name: 'hardware not allowed → libx264 even with nvenc working',
    video: 'vp9',
    container: 'mkv',
    settings: { videoCodec: 'h264', hardwareEncoding: false },
    encoders: nvenc,
    expected: ['libx264', 'copy', 'none'],
  },
  {
    name: 'hardware listed but not working for the codec → software',
    video: 'h264',
    container: 'mkv',
    settings: { videoCodec: 'h265' },
    encoders: nvenc,
    expected: ['libx265', 'copy', 'none'],
  },
  {
    name: 'VAAPI for H.265 when it works',
    container: 'mkv',
    settings: { videoCodec: 'h265' },
    encoders: vaapi,
    expected: ['hevc_vaapi', 'copy', 'none'],
  },
  {
    name: 'trim with keep → picture re-encoded in its own codec',
    trim: true,
    expected: ['libx264', 'copy', 'none'],
    from: [null, null],
  },
  {
    name: 'trim with keep on VP9 → libvpx-vp9',
    video: 'vp9',
    audio: 'opus',
    container: 'webm',
    trim: true,
    expected: ['libvpx-vp9', 'copy', 'none'],
  },
  {
    name: 'trim with an unknown codec in webm → VP9',
    video: 'vp8',
    audio: 'opus',
    container: 'webm',
    trim: true,
    expected: ['libvpx-vp9', 'copy', 'none'],
  },
  {
    name: 'loudness with keep → sound re-encoded in its own codec',
    loudness: true,
    expected: ['copy', 'aac', 'none'],
    from: [null, null],
  },
  {
    name: 'loudness with keep on E-AC-3 → eac3',
    audio: 'eac3',
    container: 'mkv',
    loudness: true,
    expected: ['copy', 'eac3', 'none'],
  },
  {
    name: 'loudness on DTS in mkv → AAC (ffmpeg cannot write DTS well)',
    audio: 'dts',
    container: 'mkv',
    loudness: true,
    expected: ['copy', 'aac', 'none'],
    from: [null, 'dts'],
  },
  {
    name: 'loudness on Vorbis in webm → libvorbis',
    audio: 'vorbis',
    container: 'webm',
    video: 'vp9',
    loudness: true,
    encoders: { available: new Set([...software, 'libvorbis']), workingHardware: new Set() },
    expected: ['copy', 'libvorbis', 'none'],
  },
  {
    name: 'loudness with opus wanted on AAC → libopus',
    container: 'mkv',
    loudness: true,
    settings: { audioCodec: 'opus' },
    expected: ['copy', 'libopus', 'none'],
    from: [null, 'aac'],
  },
  { name: 'loudness but no audio stream → nothing to do', audio: null, loudness: true, expected: null },
  {
    name: 'no audio stream and H.264 wanted → picture only',
    audio: null,
    video: 'vp9',
    container: 'mkv',
    settings: { videoCodec: 'h264' },
    expected: ['libx264', null, 'none'],
  },
  {
    name: 'mp4 with text subtitles → mov_text',
    video: 'hevc',
    subtitles: 'mov_text',
    settings: { videoCodec: 'h264' },
    expected: ['libx264', 'copy', 'mov_text'],
  },
  {
    name: 'webm with text subtitles → webvtt',
    video: 'av1',
    audio: 'opus',
    subtitles: 'webvtt',
    container: 'webm',
    settings: { videoCodec: 'vp9' },
    expected: ['libvpx-vp9', 'copy', 'webvtt'],
  },
  {
    name: 'mp4 with picture subtitles → dropped',
    subtitles: 'hdmv_pgs_subtitle',
    trim: true,
    expected: ['libx264', 'copy', 'drop'],
  },
  {
    name: 'mkv subtitles → copied',
    subtitles: 'subrip,ass',
    container: 'mkv',
    trim: true,
    expected: ['libx264', 'copy', 'copy'],
  },
];

function inputOf(c: Case): PlanInput {
  const video = c.video === undefined ? 'h264' : c.video;
  const audio = c.audio === undefined ? 'aac' : c.audio;
  const subtitles = c.subtitles ?? null;
  return {
    probe: {
      videoFormat: video,
      audioFormat: audio,
      subtitleFormat: subtitles,
      streamCounts: {
        video: video ? 1 : 0,
        audio: audio ? 1 : 0,
        subtitle: subtitles ? subtitles.split(',').length : 0,
      },
    },
    settings: { ...noProcessing, ...c.settings },
    container: c.container ?? 'mp4',
    loudnessFilter: c.loudness ? 'loudnorm=I=-16:TP=-1.5:LRA=11:linear=true:print_format=json' : null,
    trim: c.trim ? { start: 1.5, end: 5.25 } : null,
    encoders: c.encoders ?? noHardware,
  };
}

describe('planProcessing', () => {
  it.each(cases)('$name', (c) => {
    const plan = planProcessing(inputOf(c));
    if (c.expected === null) {
      expect(plan).toBeNull();
      return;
    }
    expect(plan).not.toBeNull();
    const step = (
      s: { action: 'copy' } | { action: 'encode'; encoder: string } | null | undefined,
    ): string | null => (s ? (s.action === 'copy' ? 'copy' : s.encoder) : null);
    expect([step(plan?.video), step(plan?.audio), plan?.subtitles]).toEqual(c.expected);
    if (c.from) {
      const fromOf = (s: unknown): string | null =>
        typeof s === 'object' && s !== null && 'from' in s ? (s.from as string | null) : null;
      expect([fromOf(plan?.video), fromOf(plan?.audio)]).toEqual(c.from);
    }
  });

  it('refuses a codec this ffmpeg cannot write, with a TOOL_MISSING error naming the encoder', () => {
    const input = inputOf({ name: '', settings: { videoCodec: 'h265' }, expected: null });
    const withoutX265 = { available: new Set(['libx264', 'aac']), workingHardware: new Set<string>() };
    expect(() => planProcessing({ ...input, encoders: withoutX265 })).toThrow(ProcessingFailed);
    expect(() => planProcessing({ ...input, encoders: withoutX265 })).toThrow(/libx265/);
  });

  it('falls back from a hardware encoder to the software one of the same codec', () => {
    const plan = planProcessing(
      inputOf({
        name: '',
        video: 'vp9',
        container: 'mkv',
        settings: { videoCodec: 'h264' },
        encoders: nvenc,
        expected: null,
      }),
    );
    expect(plan && withSoftwareVideo(plan, nvenc.available)?.video).toMatchObject({
      encoder: 'libx264',
      hardware: false,
    });
    const softwarePlan = plan && withSoftwareVideo(plan, nvenc.available);
    expect(softwarePlan && withSoftwareVideo(softwarePlan, nvenc.available)).toBeNull();
  });
});
