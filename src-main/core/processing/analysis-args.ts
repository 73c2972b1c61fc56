// The ffmpeg command line of the analysis pass (analyse-media.ts): which streams are decoded, how
// much of the picture, and which measuring filters run on them. Decoding is the cost of the pass
// (the stage is benchmarked against a hand-run conversion), so only what is asked is decoded:
// - no picture without trim or picture (-vn), no audio without loudness or trim (-an);
// - trimming decodes the picture only where a cut can happen: a window at each end as long as the
//   largest cut trim-window.ts allows, plus a second, instead of the whole file;
// - the picture for the audit is read on ten short samples rather than on every frame.
// Filter docs: https://ffmpeg.org/ffmpeg-filters.html (silencedetect, blackdetect, cropdetect,
// loudnorm, setpts); options: https://ffmpeg.org/ffmpeg.html (-ss, -t, -noaccurate_seek, -filter).
import { isAbsolute, resolve } from 'node:path';
import type { AnalyseOptions, TimeSpan } from './analysis-types';
import { loudnormMeasureFilter } from './loudness-filter';
import { maxCutSeconds } from './trim-window';

// -50 dB: digital silence, the dither and the codec noise of a silent logo card sit far below it,
// while a trailer's quietest real passages (room tone, a whisper, a music tail) sit above it.
// 0.5 s: a pause between lines is not a head or a tail, and a shorter one is not worth cutting.
const silenceFilter = 'silencedetect=noise=-50dB:duration=0.5';
// 0.3 s: a black slate or lead-in that long is worth cutting; shorter blacks are scene cuts.
// pix_th 0.10: a pixel at most 10 % above video black is black (encoders lift pure black a little);
// pic_th 0.98: 98 % of the frame must be black, so a logo on black is a picture, not a blank.
const blackFilter = 'blackdetect=d=0.3:pix_th=0.10:pic_th=0.98';
// reset=1: a crop per frame, so the caller can take the stable one (a fade-in, a title card or a
// dark scene reports a small picture for a while only); round=2 keeps the size near-exact; skip=0
// counts the first frames too (the default skips 2, all a short keyframes-only read may have).
const cropFilter = 'cropdetect=round=2:reset=1:skip=0';

/** Where the picture is sampled for the audit, and how long each sample is decoded. */
export const pictureSamples = { count: 10, seconds: 0.5 } as const;
/** Shorter files are decoded whole (keyframes only): sampling would save next to nothing. */
const minSampledSeconds = 10;
/** End windows are used only when they leave out at least this share of the file. */
const minWindowSaving = 0.2;

export interface AnalysisPlan {
  /**
   * How black spans are found: on every frame ('all'), on a window at each end ('windows', whose
   * length is `windowSeconds`), or not at all.
   */
  blacks: 'all' | 'windows' | 'none';
  /**
   * How the picture inside the bars is found: on the frames decoded for blackdetect ('all'), on
   * samples (duration known), on keyframes only (duration unknown or a short file; VP9 and AV1
   * decoders ignore -skip_frame in ffmpeg 5, hence the samples whenever possible), or not at all.
   */
  picture: 'all' | 'samples' | 'keyframes' | 'none';
  windowSeconds: number;
}

/** What to decode for `options`; `durationSeconds` is the validated duration (or null). */
export function analysisPlan(options: AnalyseOptions, durationSeconds: number | null): AnalysisPlan {
  const duration = durationSeconds ?? 0;
  // One second more than trim-window.ts may cut from one end: a longer black run cuts the same.
  const windowSeconds = Math.min(maxCutSeconds(duration) + 1, duration / 2);
  let blacks: AnalysisPlan['blacks'] = 'none';
  if (options.detectTrim) {
    const saving = duration > 0 ? 1 - (2 * windowSeconds) / duration : 0;
    blacks = saving >= minWindowSaving ? 'windows' : 'all';
  }
  let picture: AnalysisPlan['picture'] = 'none';
  if (options.detectPicture) {
    if (blacks === 'all') picture = 'all';
    else picture = duration >= minSampledSeconds ? 'samples' : 'keyframes';
  }
  return { blacks, picture, windowSeconds };
}

/** The whole argument list for `plan` (see analysisPlan). */
export function analysisArgs(
  file: string,
  options: AnalyseOptions,
  plan: AnalysisPlan,
  durationSeconds: number | null,
): string[] {
  // An absolute path: a relative "name:rest" could read as an ffmpeg protocol.
  const path = isAbsolute(file) ? file : resolve(file);
  const wantAudio = options.measureLoudness || options.detectTrim;
  const inputs: string[][] = [];
  const maps: string[] = [];
  const videoFilters: string[] = [];
  const addVideo = (input: number, filters: (string | null)[]): void => {
    // The first real video stream (V: not a cover picture); '?': a file may have none.
    maps.push('-map', `${input}:V:0?`);
    const chain = filters.filter((filter) => filter !== null).join(',');
    videoFilters.push(`-filter:v:${videoFilters.length / 2}`, chain);
  };

  // The main input: the audio, and the picture when every frame or every keyframe is read.
  const mainVideo = plan.blacks === 'all' || plan.picture === 'keyframes';
  if (wantAudio || mainVideo) {
    inputs.push(plan.picture === 'keyframes' ? ['-skip_frame', 'nokey'] : []);
    if (mainVideo)
      addVideo(0, [plan.blacks === 'all' ? blackFilter : null, plan.picture !== 'none' ? cropFilter : null]);
    if (wantAudio) maps.push('-map', '0:a:0?');
  }
  const duration = durationSeconds ?? 0;
  if (plan.blacks === 'windows') {
    const tailStart = (duration - plan.windowSeconds).toFixed(3);
    inputs.push(['-t', plan.windowSeconds.toFixed(3)]);
    addVideo(inputs.length - 1, [blackFilter]);
    // The tail window's frames start at 0 after the seek: setpts puts them back at file time.
    inputs.push(['-ss', tailStart]);
    addVideo(inputs.length - 1, [`setpts=PTS+${tailStart}/TB`, blackFilter]);
  }
  if (plan.picture === 'samples') {
    const { count, seconds } = pictureSamples;
    for (let index = 0; index < count; index += 1) {
      const at = ((index + 0.5) / count) * duration;
      // -noaccurate_seek starts at the keyframe before, so nothing before it is decoded.
      inputs.push(['-noaccurate_seek', '-ss', at.toFixed(3), '-t', seconds.toFixed(3)]);
      addVideo(inputs.length - 1, [cropFilter]);
    }
  }

  const args = ['-hide_banner', '-nostdin', '-nostats', '-progress', 'pipe:1'];
  for (const inputOptions of inputs) args.push(...inputOptions, '-i', path);
  args.push(...maps, ...videoFilters);
  if (videoFilters.length === 0) args.push('-vn');
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

/** How close to a window's edge a black span must reach to count as black through the window. */
const windowEdgeTolerance = 0.5;

/**
 * Black spans found in end windows. A picture black through both windows is taken as black
 * throughout (a black picture over sound, not a head and a tail), as a whole-file decode would
 * report it; trim-window.ts ignores a span covering the whole file.
 */
export function windowBlacks(blacks: TimeSpan[], plan: AnalysisPlan, duration: number | null): TimeSpan[] {
  if (plan.blacks !== 'windows' || duration === null) return blacks;
  const headWindowEnd = plan.windowSeconds;
  const tailWindowStart = duration - plan.windowSeconds;
  const blackHead = blacks.some(
    (span) => span.start <= windowEdgeTolerance && span.end >= headWindowEnd - windowEdgeTolerance,
  );
  const blackTail = blacks.some(
    (span) =>
      span.start <= tailWindowStart + windowEdgeTolerance && span.end >= duration - windowEdgeTolerance,
  );
  return blackHead && blackTail ? [{ start: 0, end: duration }] : blacks;
}
