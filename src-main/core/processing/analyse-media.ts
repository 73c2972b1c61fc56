// One ffmpeg decode pass that measures everything the processing stage needs before it encodes:
// loudness (loudnorm pass 1), silent and black spans (trimming) and the picture inside black bars
// (the audit). One pass because decoding is the cost: the stage is benchmarked against a hand-run
// conversion; analysis-args.ts decodes only what is asked. This module reads ffmpeg's output as it
// comes and checks everything it reads before it reaches a caller (and from there the database).
import { ProcessFailed } from '../process/process-errors';
import { runProcess as defaultRunProcess } from '../process/run-process';
import type { AnalyseOptions, MediaAnalysis, PictureArea, TimeSpan } from './analysis-types';
import { analysisArgs, analysisPlan, windowBlacks } from './analysis-args';
import { parseLoudnormJson } from './loudness-filter';
import { stablePicture, type CropCount } from './stable-picture';
import { FfmpegProgressParser } from './ffmpeg-progress';

/** ffmpeg's refusal when every mapped stream is absent ("Output file #0 does not contain any stream"). */
const noStreamPattern = /does not contain any stream/i;

/** Analyses `file` in one decode pass; rejects with the ProcessError of a failed or aborted run. */
export async function analyseMedia(file: string, options: AnalyseOptions): Promise<MediaAnalysis> {
  const knownDuration = positiveOrNull(options.durationSeconds);
  const wantAudio = options.measureLoudness || options.detectTrim;
  const wantVideo = options.detectTrim || options.detectPicture;
  const empty: MediaAnalysis = {
    loudness: null,
    silences: [],
    blacks: [],
    picture: null,
    durationSeconds: knownDuration,
  };
  if (!wantAudio && !wantVideo) return empty;

  const plan = analysisPlan(options, knownDuration);
  const reader = new AnalysisReader();
  // The same reader as the encode's; the analysis also learns from it how much it decoded.
  const progress = new FfmpegProgressParser(knownDuration);
  let decodedSeconds: number | null = null;
  const onProgressLine = (line: string) => {
    const report = progress.push(line);
    if (report === null) return;
    if (report.outSeconds !== null) decodedSeconds = Math.max(decodedSeconds ?? 0, report.outSeconds);
    if (report.fraction !== null) options.onProgress?.(report.fraction);
  };
  const run = options.runProcess ?? defaultRunProcess;
  let stderr: string;
  try {
    ({ stderr } = await run({
      command: options.ffmpegPath,
      args: analysisArgs(file, options, plan, knownDuration),
      signal: options.signal,
      onStdoutLine: onProgressLine,
      onStderrLine: (line) => reader.push(line),
    }));
  } catch (error) {
    // None of the streams asked for exists (loudness of a file without audio): nothing to measure.
    if (error instanceof ProcessFailed && noStreamPattern.test(error.stderrTail)) return empty;
    throw error;
  }

  const durationSeconds = knownDuration ?? decodedSeconds;
  return {
    // loudnorm prints its report last, so it is in the stderr tail runProcess keeps; no report
    // (no audio stream) or -inf (silent audio) reads as null.
    loudness: options.measureLoudness ? (parseLoudnormJson(stderr)?.input ?? null) : null,
    silences: options.detectTrim ? closeSpans(reader.silences, reader.openSilence, durationSeconds) : [],
    blacks: options.detectTrim
      ? windowBlacks(closeSpans(reader.blacks, null, durationSeconds), plan, durationSeconds)
      : [],
    picture: options.detectPicture ? reader.picture() : null,
    durationSeconds,
  };
}

// A decimal as ffmpeg prints times ("%.6g": may have an exponent).
const numberPattern = String.raw`(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)`;
const silenceStart = new RegExp(
  String.raw`^\[(?:Parsed_)?silencedetect[^\]]*\].*silence_start: ?${numberPattern}`,
  'i',
);
const silenceEnd = new RegExp(
  String.raw`^\[(?:Parsed_)?silencedetect[^\]]*\].*silence_end: ?${numberPattern}`,
  'i',
);
const blackSpan = new RegExp(
  String.raw`^\[(?:Parsed_)?blackdetect[^\]]*\].*black_start: ?${numberPattern}.*black_end: ?${numberPattern}`,
  'i',
);
const cropLine = /^\[(?:Parsed_)?cropdetect[^\]]*\].*crop=(\d+):(\d+):(\d+):(\d+)/;

/** Reads ffmpeg's stderr line by line, as it comes: a long file's cropdetect lines are not kept. */
class AnalysisReader {
  readonly silences: TimeSpan[] = [];
  openSilence: number | null = null;
  readonly blacks: TimeSpan[] = [];
  private readonly crops = new Map<string, CropCount>();

  push(text: string): void {
    // A stats line redrawn with \r can precede a filter's line in the same \n-terminated line.
    for (const line of text.split('\r')) this.read(line);
  }

  private read(line: string): void {
    let match = silenceStart.exec(line);
    if (match) {
      this.openSilence = finiteTime(match[1]);
      return;
    }
    match = silenceEnd.exec(line);
    if (match) {
      const end = finiteTime(match[1]);
      if (this.openSilence !== null && end !== null) addSpan(this.silences, this.openSilence, end);
      this.openSilence = null;
      return;
    }
    match = blackSpan.exec(line);
    if (match) {
      const start = finiteTime(match[1]);
      const end = finiteTime(match[2]);
      if (start !== null && end !== null) addSpan(this.blacks, start, end);
      return;
    }
    match = cropLine.exec(line);
    if (match) this.countCrop(Number(match[1]), Number(match[2]));
  }

  picture(): PictureArea | null {
    return stablePicture([...this.crops.values()]);
  }

  private countCrop(width: number, height: number): void {
    // An all-black frame reports a negative size, which the pattern above does not match.
    if (!Number.isSafeInteger(width) || !Number.isSafeInteger(height) || width <= 0 || height <= 0) return;
    const key = `${width}x${height}`;
    const entry = this.crops.get(key);
    if (entry) entry.frames += 1;
    else this.crops.set(key, { width, height, frames: 1 });
  }
}

/** Closes a silence still open at the end of the file and clamps every span to the file. */
function closeSpans(spans: TimeSpan[], openStart: number | null, duration: number | null): TimeSpan[] {
  const all = [...spans];
  if (openStart !== null && duration !== null) addSpan(all, openStart, duration);
  if (duration === null) return all;
  return all
    .map((span) => ({ start: Math.min(span.start, duration), end: Math.min(span.end, duration) }))
    .filter((span) => span.end > span.start);
}

function addSpan(spans: TimeSpan[], start: number, end: number): void {
  const from = Math.max(0, start);
  if (end > from) spans.push({ start: from, end });
}

function finiteTime(text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function positiveOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}
