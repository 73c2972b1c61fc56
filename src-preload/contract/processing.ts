import { z } from 'zod';
import {
  convertAudioCodecs,
  convertVideoCodecs,
  encodeQualities,
  loudnessTargetRange,
} from './processing-values';

// The schema of a profile's processing settings; the lists, defaults and the record of what
// processing did are in processing-values.ts, which the window imports at run time.

export const processingSchema = z.strictObject({
  /** Convert the picture when the download is in another codec; 'keep' leaves it as it came. */
  videoCodec: z.enum(convertVideoCodecs),
  audioCodec: z.enum(convertAudioCodecs),
  /** Always H.264 video and AAC audio, whatever the two above say: plays on old TVs too. */
  compatibility: z.boolean(),
  quality: z.enum(encodeQualities),
  /** Use a hardware encoder (NVENC, VAAPI, QSV, VideoToolbox, AMF) when one works here. */
  hardwareEncoding: z.boolean(),
  /** Integrated loudness to normalise to, in LUFS (two-pass EBU R128); null leaves the level. */
  loudnessTarget: z
    .number()
    .min(loudnessTargetRange.min, `A loudness target is ${loudnessTargetRange.min} LUFS or louder`)
    .max(loudnessTargetRange.max, `A loudness target is ${loudnessTargetRange.max} LUFS or quieter`)
    .nullable(),
  /** Cut silent or black seconds at the start and end (logo cards, end slates). */
  trim: z.boolean(),
});

export type ProcessingSettings = z.output<typeof processingSchema>;

export * from './processing-values';
