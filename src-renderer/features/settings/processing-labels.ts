import type {
  ConvertAudioCodec,
  ConvertVideoCodec,
  EncodeQuality,
} from '../../../src-preload/contract/processing-values';

// The processing choices with their labels; `satisfies` makes a value the contract lacks a type error.
export const convertVideoOptions = [
  { value: 'keep', label: 'Keep as downloaded' },
  { value: 'h264', label: 'H.264' },
  { value: 'h265', label: 'H.265 (HEVC)' },
  { value: 'av1', label: 'AV1' },
  { value: 'vp9', label: 'VP9' },
] as const satisfies ReadonlyArray<{ value: ConvertVideoCodec; label: string }>;

export const convertAudioOptions = [
  { value: 'keep', label: 'Keep as downloaded' },
  { value: 'aac', label: 'AAC' },
  { value: 'ac3', label: 'AC-3 (Dolby Digital)' },
  { value: 'eac3', label: 'E-AC-3 (Dolby Digital Plus)' },
  { value: 'opus', label: 'Opus' },
] as const satisfies ReadonlyArray<{ value: ConvertAudioCodec; label: string }>;

export const qualityOptions = [
  { value: 'high', label: 'High (larger files)' },
  { value: 'balanced', label: 'Balanced' },
  { value: 'small', label: 'Small files' },
] as const satisfies ReadonlyArray<{ value: EncodeQuality; label: string }>;

/** The loudness targets people pick from: broadcast, streaming, and YouTube's own level. */
const presetTargets = [
  { value: '-23', label: '−23 LUFS (EBU R128, broadcast)' },
  { value: '-16', label: '−16 LUFS (streaming)' },
  { value: '-14', label: '−14 LUFS (as loud as YouTube)' },
] as const;

export type LoudnessChoice = 'off' | `${number}`;

export function loudnessChoice(target: number | null): LoudnessChoice {
  return target === null ? 'off' : (String(target) as `${number}`);
}

export function loudnessTargetOf(choice: LoudnessChoice): number | null {
  return choice === 'off' ? null : Number(choice);
}

/** The choices, with a target set elsewhere (the API) kept as its own option so it is not lost. */
export function loudnessOptions(
  target: number | null,
): ReadonlyArray<{ value: LoudnessChoice; label: string }> {
  const options: Array<{ value: LoudnessChoice; label: string }> = [
    { value: 'off', label: 'Leave as downloaded' },
    ...presetTargets,
  ];
  if (target !== null && !options.some((o) => o.value === String(target))) {
    options.push({ value: String(target) as `${number}`, label: `${target} LUFS` });
  }
  return options;
}
