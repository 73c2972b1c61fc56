// EBU R128 normalisation with ffmpeg's loudnorm in two passes: the first pass (in analyse-media.ts)
// measures, the second applies one linear gain computed from those measures, which keeps the
// trailer's dynamics instead of loudnorm's one-pass compressor. This module builds both filter
// strings and reads loudnorm's JSON report, which pass 2 also prints (its output_i is the loudness
// after, recorded on the trailer). Filter docs: https://ffmpeg.org/ffmpeg-filters.html#loudnorm
import { z } from 'zod';
import type { LoudnessMeasure } from './analysis-types';

/** The target when a profile measures without normalising: EBU R128's broadcast level. */
export const defaultLoudnessTarget = -23;
/** Headroom under 0 dBTP so lossy encoders cannot clip the peaks back over it. */
const truePeakTarget = -1.5;
/** EBU R128's loudness range; widened to the measured range in pass 2 (see loudnormFilter). */
const rangeTarget = 11;

/** A level without the pass-2 offset: what pass 2 reports about its output. */
export type LoudnessLevels = Omit<LoudnessMeasure, 'offset'>;

export interface LoudnormReport {
  /** The input's levels; null when unmeasurable (silent audio reports -inf). */
  input: LoudnessMeasure | null;
  /** The output's levels (pass 2: the loudness after); null when unmeasurable. */
  output: LoudnessLevels | null;
  /** "linear" when pass 2 could apply one gain, "dynamic" when loudnorm compressed instead. */
  normalizationType: string | null;
}

/** Pass 1: measure only (the output is discarded); the target shapes target_offset. */
export function loudnormMeasureFilter(target: number | null): string {
  const integrated = clamp(target ?? defaultLoudnessTarget, -70, -5);
  return `loudnorm=I=${fixed(integrated)}:TP=${fixed(truePeakTarget)}:LRA=${fixed(rangeTarget)}:print_format=json`;
}

/**
 * Pass 2: normalise `measured` (pass 1 of the same file) to `target` LUFS. loudnorm works at
 * 192 kHz and outputs that rate: the encode sets `-ar 48000` (processing-args.ts), as an aresample
 * in this chain makes ffmpeg 5.1 fail before the AAC encoder ("Cannot select channel layout"). The LRA target is widened to the measured
 * range when wider: loudnorm applies its linear gain only when the measured range fits the target,
 * and trailers are often wider than 11 LU; otherwise it falls back to dynamic compression.
 * Values are clamped to the ranges loudnorm accepts, so an odd measure cannot fail the encode.
 */
export function loudnormFilter(target: number, measured: LoudnessMeasure): string {
  const values = [target, ...Object.values(measured)];
  if (!values.every((value) => Number.isFinite(value))) {
    // A caller's bug (parseLoudnormJson never returns such a measure): refuse to build a filter.
    throw new RangeError(`loudnormFilter needs finite numbers, got ${JSON.stringify({ target, measured })}`);
  }
  const range = clamp(Math.max(rangeTarget, Math.ceil(measured.range * 10) / 10), 1, 50);
  const parts = [
    `I=${fixed(clamp(target, -70, -5))}`,
    `TP=${fixed(truePeakTarget)}`,
    `LRA=${fixed(range)}`,
    `measured_I=${fixed(clamp(measured.integrated, -99, 0))}`,
    `measured_TP=${fixed(clamp(measured.truePeak, -99, 99))}`,
    `measured_LRA=${fixed(clamp(measured.range, 0, 99))}`,
    `measured_thresh=${fixed(clamp(measured.threshold, -99, 0))}`,
    `offset=${fixed(clamp(measured.offset, -99, 99))}`,
    'linear=true',
    'print_format=json',
  ];
  return `loudnorm=${parts.join(':')}`;
}

// loudnorm prints every value as a string ("-22.22", "-inf"); accept numbers too, and extra keys.
// A value that is not a finite number reads as null.
const reportValue = z.union([z.string(), z.number()]).transform(finiteOrNull);
const loudnormJsonSchema = z.object({
  input_i: reportValue,
  input_tp: reportValue,
  input_lra: reportValue,
  input_thresh: reportValue,
  output_i: reportValue,
  output_tp: reportValue,
  output_lra: reportValue,
  output_thresh: reportValue,
  normalization_type: z.string().optional(),
  target_offset: reportValue,
});

/** The last loudnorm JSON report in ffmpeg's stderr; null when there is none or it is malformed. */
export function parseLoudnormJson(stderr: string): LoudnormReport | null {
  const json = lastReportJson(stderr);
  if (json === null) return null;
  const parsed = loudnormJsonSchema.safeParse(json);
  if (!parsed.success) return null;
  const report = parsed.data;
  const input = levels(report.input_i, report.input_tp, report.input_lra, report.input_thresh);
  const output = levels(report.output_i, report.output_tp, report.output_lra, report.output_thresh);
  const offset = report.target_offset;
  return {
    input: input && offset !== null ? { ...input, offset } : null,
    output,
    normalizationType: report.normalization_type ?? null,
  };
}

const logPrefix = /^\[[^\]\n]*@ ?0x[0-9a-fA-F]+\] ?/;
const loudnormPrefix = /^\[Parsed_loudnorm_\d+ @ ?0x[0-9a-fA-F]+\]/;

/**
 * The JSON object after the last loudnorm header. ffmpeg 5 prints "[Parsed_loudnorm_1 @ 0x…] " then
 * bare JSON lines; newer versions may prefix every line. Either way the block opens with a "{" line
 * on or right after a loudnorm-prefixed line, and closes with the first "}" line.
 */
function lastReportJson(stderr: string): unknown {
  const lines = stderr.split(/\r?\n/);
  let open = -1;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const headed = loudnormPrefix.test(line) || loudnormPrefix.test(lines[i - 1] ?? '');
    if (headed && line.replace(logPrefix, '').trim() === '{') open = i;
  }
  if (open < 0) return null;
  const block: string[] = [];
  for (const line of lines.slice(open)) {
    const content = line.replace(logPrefix, '');
    block.push(content);
    if (content.trim().startsWith('}')) {
      try {
        return JSON.parse(block.join('\n')) as unknown;
      } catch {
        return null;
      }
    }
  }
  return null;
}

function levels(
  integrated: number | null,
  truePeak: number | null,
  range: number | null,
  threshold: number | null,
): LoudnessLevels | null {
  if (integrated === null || truePeak === null || range === null || threshold === null) return null;
  // Below -70 LUFS is under the absolute gate: nothing was measured, whatever the number says.
  if (integrated < -70) return null;
  return { integrated, truePeak, range, threshold };
}

/** "-22.22" → -22.22; "-inf", "nan", "" and anything else non-numeric → null. */
function finiteOrNull(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = value.trim();
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Two decimals, never an exponent, never "-0.00" (which some option parsers dislike). */
function fixed(value: number): string {
  const text = value.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}
