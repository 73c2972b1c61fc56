// What one decode pass of a download tells the processing stage before it converts anything: its
// loudness (loudnorm's first pass, also recorded for the audit), where it is silent or black (for
// trimming) and the picture inside any black bars (for the audit). Shared by analyse-media.ts,
// which measures, and the encoder side (process-download.ts), which acts on the measures.
import type { RunProcess } from '../process/run-process';

/** loudnorm pass 1: input_i, input_tp, input_lra, input_thresh, target_offset. */
export interface LoudnessMeasure {
  /** Integrated loudness, LUFS. */
  integrated: number;
  /** True peak, dBTP. */
  truePeak: number;
  /** Loudness range, LU. */
  range: number;
  /** The gating threshold, LUFS. */
  threshold: number;
  /** The gain loudnorm's second pass adds after its own gain, LU. */
  offset: number;
}

/** Seconds from the start of the file. */
export interface TimeSpan {
  start: number;
  end: number;
}

/** The picture inside black bars (the whole frame when there are none). */
export interface PictureArea {
  width: number;
  height: number;
}

export interface MediaAnalysis {
  /** Null when not asked, when there is no audio stream, or when the audio is silent (-inf LUFS). */
  loudness: LoudnessMeasure | null;
  /** Silent spans ([] when not asked or without audio). */
  silences: TimeSpan[];
  /**
   * Black spans ([] when not asked or without video). With a known duration only a window at each
   * end is searched (see analysis-args.ts): spans in the middle of a long file are not reported.
   */
  blacks: TimeSpan[];
  /** Null when not asked, without video, or when no frame had a picture (all black). */
  picture: PictureArea | null;
  /** The caller's duration when given, else how far ffmpeg decoded; null when neither is known. */
  durationSeconds: number | null;
}

export interface AnalyseOptions {
  ffmpegPath: string;
  runProcess?: RunProcess;
  signal?: AbortSignal;
  /** The profile's target, LUFS; only shapes loudnorm's pass-1 report (-23 when null). */
  loudnessTarget: number | null;
  /** Measure loudness (always useful: recorded for the audit even without normalising). */
  measureLoudness: boolean;
  /** Find silent and black spans, for trimming. */
  detectTrim: boolean;
  /** Find the picture inside black bars, for the audit. */
  detectPicture: boolean;
  /** From ffprobe; turns ffmpeg's progress into a fraction. */
  durationSeconds: number | null;
  /** 0…1, at ffmpeg's progress rate (about twice a second); the caller coalesces. */
  onProgress?: (fraction: number) => void;
}
