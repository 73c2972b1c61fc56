// Which encoder writes a codec, and at what quality. Quality is constant-quality everywhere (CRF,
// CQ, QP, ICQ), never a bitrate: trailers range from 480p to 4K and a fixed bitrate would starve one
// and bloat the other. The numbers aim at "looks like the download" (high), "hard to tell apart"
// (balanced) and "clearly smaller, still clean" (small); each encoder's scale differs:
//   libx264 crf 18/21/24, preset fast (about twice medium's speed for a few % more bytes, so a
//     2-core machine converts a 1080p trailer in a few minutes);
//   libx265 crf 20/24/28 (its 28 looks like x264's 23), preset fast;
//   libsvtav1 crf 28/34/40, preset 8; libaom-av1 crf 28/34/40, cpu-used 6 (only when SVT is absent);
//   libvpx-vp9 crf 28/32/36 with b:v 0 (Google's VOD guide: 31 for 1080p), cpu-used 4, row-mt;
//   NVENC cq 21/25/29 (p5, vbr); VAAPI qp 20/24/28 (CQP); QSV global_quality 21/25/29 (ICQ);
//   VideoToolbox q:v 70/60/50 (0-100, higher is better); AMF qp 20/24/28 (CQP).
// Audio: AAC 192/160/128k, AC-3 448/384/256k, E-AC-3 384/256/192k, Opus 160/128/96k.
import type {
  ConvertAudioCodec,
  EncodeQuality,
  ProcessingSettings,
} from '../../../src-preload/contract/processing';
import type { Container } from '../../../src-preload/contract/profiles';
import {
  hardwareEncoder,
  hardwareEncoders,
  type VideoCodecName,
  type EncoderInventory,
} from './hardware-encoders';

type Levels = Record<EncodeQuality, string>;
const levels = (high: number, balanced: number, small: number): Levels => ({
  high: String(high),
  balanced: String(balanced),
  small: String(small),
});

/** The video codec the profile wants (ffprobe's names), or null to keep the download's. */
export function wantedVideoCodec(settings: ProcessingSettings): VideoCodecName | null {
  if (settings.compatibility) return 'h264';
  if (settings.videoCodec === 'keep') return null;
  return settings.videoCodec === 'h265' ? 'hevc' : settings.videoCodec;
}

export type AudioCodecName = Exclude<ConvertAudioCodec, 'keep'>;

export function wantedAudioCodec(settings: ProcessingSettings): AudioCodecName | null {
  if (settings.compatibility) return 'aac';
  return settings.audioCodec === 'keep' ? null : settings.audioCodec;
}

/** ffprobe's codec name as one of ours, or null for anything else (mpeg4, vp8…). */
export function videoCodecOf(format: string | null): VideoCodecName | null {
  return format === 'h264' || format === 'hevc' || format === 'av1' || format === 'vp9' ? format : null;
}

const softwareVideo: Record<VideoCodecName, readonly string[]> = {
  h264: ['libx264'],
  hevc: ['libx265'],
  av1: ['libsvtav1', 'libaom-av1'],
  vp9: ['libvpx-vp9'],
};

export function softwareVideoEncoder(codec: VideoCodecName, available: ReadonlySet<string>): string | null {
  return softwareVideo[codec].find((name) => available.has(name)) ?? null;
}

/** A working hardware encoder when allowed, else the software one; null when neither exists. */
export function chooseVideoEncoder(
  codec: VideoCodecName,
  allowHardware: boolean,
  encoders: EncoderInventory,
): { encoder: string; hardware: boolean } | null {
  if (allowHardware) {
    const hardware = hardwareEncoders.find((e) => e.codec === codec && encoders.workingHardware.has(e.name));
    if (hardware) return { encoder: hardware.name, hardware: true };
  }
  const software = softwareVideoEncoder(codec, encoders.available);
  return software ? { encoder: software, hardware: false } : null;
}

const softwareQuality: Record<string, (quality: EncodeQuality) => string[]> = {
  libx264: (q) => ['-preset', 'fast', '-crf', levels(18, 21, 24)[q]],
  libx265: (q) => ['-preset', 'fast', '-crf', levels(20, 24, 28)[q], '-x265-params', 'log-level=error'],
  libsvtav1: (q) => ['-preset', '8', '-crf', levels(28, 34, 40)[q]],
  'libaom-av1': (q) => ['-cpu-used', '6', '-row-mt', '1', '-crf', levels(28, 34, 40)[q], '-b:v', '0'],
  'libvpx-vp9': (q) => [
    '-deadline',
    'good',
    '-cpu-used',
    '4',
    '-row-mt',
    '1',
    '-crf',
    levels(28, 32, 36)[q],
    '-b:v',
    '0',
  ],
};

/** The encoder's constant-quality options, and the pixel format its players expect. */
export function videoQualityArgs(encoder: string, quality: EncodeQuality): string[] {
  const software = softwareQuality[encoder];
  const h264 = encoder === 'libx264' || hardwareEncoder(encoder)?.codec === 'h264';
  // 10-bit H.264 plays almost nowhere: always 8-bit 4:2:0 (VAAPI gets nv12 from its filter).
  const pixel = h264 ? ['-pix_fmt', 'yuv420p'] : [];
  if (software) return [...software(quality), ...pixel];
  switch (hardwareEncoder(encoder)?.family) {
    case 'nvenc':
      return ['-preset', 'p5', '-rc', 'vbr', '-cq', levels(21, 25, 29)[quality], '-b:v', '0', ...pixel];
    case 'vaapi':
      return ['-rc_mode', 'CQP', '-qp', levels(20, 24, 28)[quality]];
    case 'qsv':
      return ['-global_quality', levels(21, 25, 29)[quality], '-pix_fmt', 'nv12'];
    case 'videotoolbox':
      return ['-q:v', levels(70, 60, 50)[quality], ...pixel];
    case 'amf':
      return [
        '-rc',
        'cqp',
        '-qp_i',
        levels(20, 24, 28)[quality],
        '-qp_p',
        levels(20, 24, 28)[quality],
        ...pixel,
      ];
    default:
      return [];
  }
}

const audioEncoders: Record<AudioCodecName, string> = {
  aac: 'aac',
  ac3: 'ac3',
  eac3: 'eac3',
  opus: 'libopus',
};
const audioBitrates: Record<string, Levels> = {
  aac: levels(192, 160, 128),
  ac3: levels(448, 384, 256),
  eac3: levels(384, 256, 192),
  libopus: levels(160, 128, 96),
  libmp3lame: levels(256, 192, 160),
  libvorbis: levels(192, 160, 128),
};

export function audioEncoderFor(codec: AudioCodecName): string {
  return audioEncoders[codec];
}

/** "160k", or null for a lossless encoder (flac). */
export function audioBitrate(encoder: string, quality: EncodeQuality): string | null {
  const bitrate = audioBitrates[encoder]?.[quality];
  return bitrate ? `${bitrate}k` : null;
}

// The download's own audio codec, re-encoded when only the loudness changes: the same codec keeps
// the file what the person chose. Codecs ffmpeg cannot write (DTS, TrueHD) or the container cannot
// hold get the container's usual codec: AAC, or Opus for WebM.
const sameCodecEncoders: Record<string, string> = {
  aac: 'aac',
  opus: 'libopus',
  ac3: 'ac3',
  eac3: 'eac3',
  mp3: 'libmp3lame',
  vorbis: 'libvorbis',
  flac: 'flac',
};
/** The codec (ffprobe's name) an audio encoder writes: libopus → opus. */
export function audioCodecOfEncoder(encoder: string): string {
  return Object.keys(sameCodecEncoders).find((codec) => sameCodecEncoders[codec] === encoder) ?? encoder;
}

const containerAudio: Record<Container, readonly string[] | null> = {
  mkv: null,
  mp4: ['aac', 'ac3', 'eac3', 'libmp3lame'],
  webm: ['libopus', 'libvorbis'],
};

export function sameCodecAudioEncoder(
  format: string | null,
  container: Container,
  available: ReadonlySet<string>,
): string {
  const same = format ? sameCodecEncoders[format] : undefined;
  const fits = (name: string): boolean => containerAudio[container]?.includes(name) ?? true;
  if (same && available.has(same) && fits(same)) return same;
  return container === 'webm' ? 'libopus' : 'aac';
}

/** The codec a trimmed, otherwise kept picture is re-encoded in: its own, else the container's usual. */
export function sameCodecVideo(format: string | null, container: Container): VideoCodecName {
  return videoCodecOf(format) ?? (container === 'webm' ? 'vp9' : 'h264');
}
