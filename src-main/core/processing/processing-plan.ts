// What processing does to one download, decided from facts alone (the probe, the profile, what
// analysis measured, the encoders that work) so every rule is testable without ffmpeg. A stream is
// converted only when it lacks the wanted codec; otherwise it is copied unless a trim (which needs
// a frame-accurate cut, so the picture is re-encoded in its own codec) or a loudness change (which
// re-encodes the sound) forces it. Subtitles, metadata and chapters are kept.
import type { EncodeQuality, ProcessingSettings } from '../../../src-preload/contract/processing';
import type { Container } from '../../../src-preload/contract/profiles';
import type { ProbeResult } from '../probe/types';
import {
  audioCodecOfEncoder,
  audioEncoderFor,
  chooseVideoEncoder,
  sameCodecAudioEncoder,
  sameCodecVideo,
  softwareVideoEncoder,
  videoCodecOf,
  wantedAudioCodec,
  wantedVideoCodec,
} from './encoder-choice';
import type { EncoderInventory, VideoCodecName } from './hardware-encoders';
import { ProcessingFailed } from './processing-errors';

export type VideoStep =
  | { action: 'copy' }
  | {
      action: 'encode';
      codec: VideoCodecName;
      encoder: string;
      hardware: boolean;
      /** The download's codec when this is a conversion; null when re-encoded in the same codec. */
      from: string | null;
    };

export type AudioStep = { action: 'copy' } | { action: 'encode'; encoder: string; from: string | null };

/** copy: as they are (MKV holds any); mov_text/webvtt: converted for MP4/WebM; drop: cannot be kept. */
export type SubtitleStep = 'none' | 'copy' | 'mov_text' | 'webvtt' | 'drop';

export interface ProcessingPlan {
  container: Container;
  quality: EncodeQuality;
  /** null when the download has no such stream. */
  video: VideoStep | null;
  audio: AudioStep | null;
  subtitles: SubtitleStep;
  /** Seconds of the download to keep; null keeps all of it. */
  trim: { start: number; end: number } | null;
  /** The loudnorm pass-2 filter (loudness-filter.ts); null leaves the level. */
  audioFilter: string | null;
}

export interface PlanInput {
  probe: Pick<ProbeResult, 'videoFormat' | 'audioFormat' | 'subtitleFormat' | 'streamCounts'>;
  settings: ProcessingSettings;
  container: Container;
  /** The pass-2 filter when the loudness is to be normalised (target set and measured), else null. */
  loudnessFilter: string | null;
  /** From trim-window.ts when trimming is on and something is worth cutting, else null. */
  trim: { start: number; end: number } | null;
  encoders: EncoderInventory;
}

/** The plan for a download, or null when the download is already what the profile wants. */
export function planProcessing(input: PlanInput): ProcessingPlan | null {
  const { probe, settings, container, trim } = input;
  const hasAudio = probe.streamCounts.audio > 0;
  const audioFilter = hasAudio ? input.loudnessFilter : null;
  const video = planVideo(input);
  const audio = hasAudio ? planAudio(input, audioFilter !== null) : null;
  if (video?.action !== 'encode' && audio?.action !== 'encode' && trim === null) return null;
  return {
    container,
    quality: settings.quality,
    video,
    audio,
    subtitles: subtitleStep(probe, container),
    trim,
    audioFilter,
  };
}

function planVideo(input: PlanInput): VideoStep | null {
  const { probe, settings, container, encoders } = input;
  if (probe.streamCounts.video === 0) return null;
  const source = videoCodecOf(probe.videoFormat);
  const wanted = wantedVideoCodec(settings);
  let codec: VideoCodecName;
  let from: string | null = null;
  if (wanted !== null && source !== wanted) {
    codec = wanted;
    from = probe.videoFormat;
  } else if (input.trim !== null) {
    codec = wanted ?? sameCodecVideo(probe.videoFormat, container);
  } else {
    return { action: 'copy' };
  }
  const choice = chooseVideoEncoder(codec, settings.hardwareEncoding, encoders);
  if (!choice) throw missingEncoder(codec);
  return { action: 'encode', codec, ...choice, from };
}

function planAudio(input: PlanInput, normalise: boolean): AudioStep {
  const { probe, settings, container, encoders } = input;
  const wanted = wantedAudioCodec(settings);
  if (wanted !== null && probe.audioFormat !== wanted) {
    return { action: 'encode', encoder: audioEncoderFor(wanted), from: probe.audioFormat };
  }
  if (!normalise) return { action: 'copy' };
  const encoder = wanted
    ? audioEncoderFor(wanted)
    : sameCodecAudioEncoder(probe.audioFormat, container, encoders.available);
  // A loudness change written in another codec (DTS → AAC, say) is also a conversion of the stream.
  const converted = audioCodecOfEncoder(encoder) !== probe.audioFormat;
  return { action: 'encode', encoder, from: converted ? probe.audioFormat : null };
}

const textSubtitles = new Set(['subrip', 'srt', 'ass', 'ssa', 'webvtt', 'mov_text', 'text']);

function subtitleStep(probe: PlanInput['probe'], container: Container): SubtitleStep {
  if (probe.streamCounts.subtitle === 0) return 'none';
  if (container === 'mkv') return 'copy';
  const formats = (probe.subtitleFormat ?? '').split(',').filter(Boolean);
  // Picture subtitles (PGS, DVD) cannot become text: dropped rather than failing the conversion.
  const allText = formats.length > 0 && formats.every((format) => textSubtitles.has(format));
  if (!allText) return 'drop';
  return container === 'mp4' ? 'mov_text' : 'webvtt';
}

/** The same plan with the picture encoded in software: for when a hardware encoder fails mid-way. */
export function withSoftwareVideo(
  plan: ProcessingPlan,
  available: ReadonlySet<string>,
): ProcessingPlan | null {
  const video = plan.video;
  if (video?.action !== 'encode' || !video.hardware) return null;
  const encoder = softwareVideoEncoder(video.codec, available);
  if (!encoder) throw missingEncoder(video.codec);
  return { ...plan, video: { ...video, encoder, hardware: false } };
}

const codecNames: Record<VideoCodecName, string> = { h264: 'H.264', hevc: 'H.265', av1: 'AV1', vp9: 'VP9' };
const softwareNames: Record<VideoCodecName, string> = {
  h264: 'libx264',
  hevc: 'libx265',
  av1: 'libsvtav1 or libaom-av1',
  vp9: 'libvpx-vp9',
};

function missingEncoder(codec: VideoCodecName): ProcessingFailed {
  return new ProcessingFailed(
    'TOOL_MISSING',
    `This ffmpeg cannot encode ${codecNames[codec]}: it was built without ${softwareNames[codec]}.`,
    `Install a full ffmpeg build (one with ${softwareNames[codec]}), or choose another codec in the profile.`,
  );
}
