// The ffmpeg command line of the analysis pass (analyse-media.ts): which streams are decoded,
// how much of the picture, and which measuring filters run on them. Decoding is the cost of the
// pass, so only what is asked is decoded (-vn, -an), and the picture alone (for the audit) is
// measured on samples rather than on every frame. Filter docs:
// https://ffmpeg.org/ffmpeg-filters.html (silencedetect, blackdetect, cropdetect, loudnorm).
import { isAbsolute, resolve } from 'node:path';
import type { AnalyseOptions } from './analysis-types';
import { loudnormMeasureFilter } from './loudness-filter';

// -50 dB: digital silence, the dither and the codec noise of a silent logo card sit far below it,
// while a trailer's quietest real passages (room tone, a whisper, a music tail) sit above it.
// 0.5 s: a pause between lines is not a head or a tail, and a shorter one is not worth cutting.
const silenceFilter = 'silencedetect=noise=-50dB:duration=0.5';
// 0.3 s: a black slate or lead-in that long is worth cutting; shorter blacks are scene cuts.
// pix_th 0.10: a pixel at most 10 % above video black is black (encoders lift pure black a little);
// pic_th 0.98: 98 % of the frame must be black, so a logo on black is a picture, not a blank.
const blackFilter = 'blackdetect=d=0.3:pix_th=0.10:pic_th=0.98';
// reset=1: a crop per frame, so the caller can take the stable one (a fade-in, a title card or a
// dark scene reports a small picture for a while only); round=2 keeps the size near-exact.
const cropFilter = 'cropdetect=round=2:reset=1';

/** How many places the picture is sampled at, and how long each sample is decoded. */
export const pictureSamples = { count: 10, seconds: 0.5 } as const;
/** Shorter files are decoded whole (keyframes only): sampling would save next to nothing. */
const minSampledSeconds = 10;

/**
 * How the picture is decoded:
 * - 'all': every frame; trimming needs them (blackdetect), and cropdetect reads them too.
 * - 'samples': the picture alone, with a known duration: a short stretch at evenly spread places,
 *   each input seeking to the keyframe before its place. Cheap whatever the codec.
 * - 'keyframes': the picture alone, duration unknown or a short file: keyframes only. VP9 and AV1
 *   decoders ignore -skip_frame in ffmpeg 5, hence the samples whenever the duration is known.
 * - 'none': no picture wanted (-vn).
 */
export type PictureDecoding = 'all' | 'samples' | 'keyframes' | 'none';

export function pictureDecoding(options: AnalyseOptions, durationSeconds: number | null): PictureDecoding {
  if (options.detectTrim) return 'all';
  if (!options.detectPicture) return 'none';
  return durationSeconds !== null && durationSeconds >= minSampledSeconds ? 'samples' : 'keyframes';
}

/** The whole argument list; `durationSeconds` is the validated duration (or null). */
export function analysisArgs(
  file: string,
  options: AnalyseOptions,
  durationSeconds: number | null,
): string[] {
  // An absolute path: a relative "name:rest" could read as an ffmpeg protocol.
  const input = isAbsolute(file) ? file : resolve(file);
  const decoding = pictureDecoding(options, durationSeconds);
  const wantAudio = options.measureLoudness || options.detectTrim;
  const args = ['-hide_banner', '-nostdin', '-nostats', '-progress', 'pipe:1'];
  const maps: string[] = [];

  if (decoding === 'samples' && durationSeconds !== null) {
    // One input per sample; -noaccurate_seek starts at the keyframe, so nothing is decoded twice.
    const { count, seconds } = pictureSamples;
    for (let index = 0; index < count; index += 1) {
      const at = ((index + 0.5) / count) * durationSeconds;
      args.push('-noaccurate_seek', '-ss', at.toFixed(3), '-t', seconds.toFixed(3), '-i', input);
      maps.push('-map', `${index}:V:0?`);
    }
  }
  // The main input: every frame when trimming, keyframes when the picture alone is wanted.
  if (decoding === 'keyframes') args.push('-skip_frame', 'nokey');
  const main = decoding === 'samples' ? pictureSamples.count : 0;
  args.push('-i', input);
  // The first real video stream (V: not a cover picture) and the first audio stream, if present.
  if (decoding === 'all' || decoding === 'keyframes') maps.push('-map', `${main}:V:0?`);
  if (wantAudio) maps.push('-map', `${main}:a:0?`);
  args.push(...maps);

  if (decoding === 'none') args.push('-vn');
  else {
    const filters = [options.detectTrim ? blackFilter : null, options.detectPicture ? cropFilter : null];
    // -vf applies to every video stream mapped: each sample, or the main input's picture.
    args.push('-vf', filters.filter((filter) => filter !== null).join(','));
  }
  if (wantAudio) {
    // silencedetect first, at the source rate: loudnorm's output is resampled to 192 kHz.
    const filters = [
      options.detectTrim ? silenceFilter : null,
      options.measureLoudness ? loudnormMeasureFilter(options.loudnessTarget) : null,
    ];
    args.push('-af', filters.filter((filter) => filter !== null).join(','));
  } else args.push('-an');
  args.push('-sn', '-dn', '-f', 'null', '-');
  return args;
}
