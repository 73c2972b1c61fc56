// The processing stage of a download job, in one call: measure (one analysis pass: the picture
// inside black bars always, for the audit; loudness and silent/black ends when the profile asks),
// decide (processing-plan.ts), encode (run-processing.ts), and say what was done as the record the
// trailer's row keeps. The download itself is never touched: the job runner files either it
// (file: null) or processed.<ext>, and keeps the download until the processed file is verified.
import {
  emptyProcessingRecord,
  type ProcessingRecord,
  type ProcessingSettings,
} from '../../../src-preload/contract/processing';
import type { Container } from '../../../src-preload/contract/profiles';
import { BinaryNotFound, ProcessAborted } from '../process/process-errors';
import type { RunProcess } from '../process/run-process';
import type { ProbeResult } from '../probe/types';
import { analyseMedia } from './analyse-media';
import type { MediaAnalysis } from './analysis-types';
import { HardwareEncoderDetector } from './hardware-encoders';
import { loudnormFilter, parseLoudnormJson } from './loudness-filter';
import { ffmpegReason, ProcessingFailed } from './processing-errors';
import { planProcessing } from './processing-plan';
import { asProcessingFailed, runEncode, type ProcessingLog } from './run-processing';
import { trimWindow, type TrimWindow } from './trim-window';
import { measureLevel } from './measure-level';

export interface ProcessingProgress {
  stage: 'analysing' | 'converting';
  fraction: number | null;
  speed: number | null;
  etaSeconds: number | null;
}

export interface ProcessDownloadOptions {
  /** The verified download. */
  input: string;
  /** An empty folder of the job's, on the same filesystem as the library's staging. */
  outputDir: string;
  probe: ProbeResult;
  settings: ProcessingSettings;
  container: Container;
  /** The profile's minimum duration: trimming never cuts below it. */
  minDurationSeconds: number | null;
  ffmpegPath: string;
  runProcess?: RunProcess;
  signal?: AbortSignal;
  onProgress?: (progress: ProcessingProgress) => void;
  log?: ProcessingLog;
  /** One detector for the app's life (its answers are cached); a module-wide one when omitted. */
  encoders?: HardwareEncoderDetector;
}

export type ProcessDownloadResult =
  | { file: string; record: ProcessingRecord }
  /** Nothing needed re-encoding; the record may still hold the measured loudness and picture. */
  | { file: null; record: ProcessingRecord };

/** Already this close to the target (and peaks under -1 dBTP): not worth re-encoding the sound. */
const loudnessToleranceLu = 0.5;
const defaultDetector = new HardwareEncoderDetector();

export async function processDownload(options: ProcessDownloadOptions): Promise<ProcessDownloadResult> {
  const { settings, probe, log } = options;
  // The loudness and the silent or black ends shape the plan, so they are measured first. The
  // picture alone does not: then its measure runs beside the encode (a few short samples, no
  // progress of its own), and the stage costs what the conversion costs.
  const needed = settings.loudnessTarget !== null || settings.trim;
  const analysisRun = analyse(options, needed);
  // Without a target the analysis does not measure the loudness: it is read for the record alone.
  const levelRun = needed ? Promise.resolve(null) : level(options);
  // Settled either way here, so a failed encode never leaves their rejections unhandled.
  analysisRun.catch(() => {});
  levelRun.catch(() => {});
  const analysis = needed ? await analysisRun : null;

  const loudnessFilter = normalisation(settings.loudnessTarget, analysis, log);
  const duration = analysis?.durationSeconds ?? probe.durationSeconds;
  const trim: TrimWindow | null =
    settings.trim && analysis && duration !== null
      ? trimWindow(analysis, duration, options.minDurationSeconds)
      : null;
  const detector = options.encoders ?? defaultDetector;
  const encoders = await detector
    .inventory(options.ffmpegPath, settings.hardwareEncoding, log)
    .catch((error: unknown) => Promise.reject(asProcessingFailed(error, options.ffmpegPath)));
  const plan = planProcessing({
    probe,
    settings,
    container: options.container,
    loudnessFilter,
    trim,
    encoders,
  });
  if (plan === null) {
    const [measured, loudness] = await Promise.all([analysisRun, levelRun]);
    return { file: null, record: recordOf(measured, loudness, settings) };
  }

  const [result, measured, loudness] = await Promise.all([
    runEncode({
      ffmpegPath: options.ffmpegPath,
      input: options.input,
      outputDir: options.outputDir,
      plan,
      available: encoders.available,
      expectedSeconds: trim ? trim.end - trim.start : duration,
      runProcess: options.runProcess,
      signal: options.signal,
      log,
      onProgress: (progress) =>
        options.onProgress?.({
          stage: 'converting',
          fraction: progress.fraction,
          speed: progress.speed,
          etaSeconds: progress.etaSeconds,
        }),
    }),
    analysisRun,
    levelRun,
  ]);

  const record = recordOf(measured, loudness, settings);
  const done = result.plan;
  record.encoder = done.video?.action === 'encode' ? done.video.encoder : null;
  record.originalVideoFormat = done.video?.action === 'encode' ? done.video.from : null;
  record.originalAudioFormat = done.audio?.action === 'encode' ? done.audio.from : null;
  record.trimmedSeconds = settings.trim ? (trim?.trimmedSeconds ?? 0) : null;
  if (done.audioFilter !== null) {
    const after = parseLoudnormJson(result.stderr)?.output?.integrated ?? null;
    if (after === null) log?.('warn', `The loudness after normalising ${options.input} could not be read.`);
    record.loudness = after;
  }
  return { file: result.file, record };
}

/**
 * What was measured, before the encode adds what it did. `level`: the loudness read for the
 * record alone (no target); a sound re-encoded without a target keeps its level.
 */
function recordOf(
  analysis: MediaAnalysis | null,
  level: number | null,
  settings: ProcessingSettings,
): ProcessingRecord {
  const loudness = analysis?.loudness?.integrated ?? level;
  return {
    ...emptyProcessingRecord,
    originalLoudness: loudness,
    loudness,
    trimmedSeconds: settings.trim ? 0 : null,
    pictureWidth: analysis?.picture?.width ?? null,
    pictureHeight: analysis?.picture?.height ?? null,
  };
}

/**
 * One analysis pass. The picture is always measured (a few short samples: cheap), so the audit can
 * flag a letterboxed trailer of any profile; loudnorm's measure (and silence) only when the profile
 * normalises or trims, and then a failure is fatal. Otherwise measure-level.ts reads the loudness.
 */
async function analyse(options: ProcessDownloadOptions, needed: boolean): Promise<MediaAnalysis | null> {
  const { settings } = options;
  try {
    return await analyseMedia(options.input, {
      ffmpegPath: options.ffmpegPath,
      runProcess: options.runProcess,
      signal: options.signal,
      loudnessTarget: settings.loudnessTarget,
      measureLoudness: needed,
      detectTrim: settings.trim,
      detectPicture: true,
      durationSeconds: options.probe.durationSeconds,
      // The picture alone is measured beside the encode, whose progress is the one shown.
      onProgress: needed
        ? (fraction) => options.onProgress?.({ stage: 'analysing', fraction, speed: null, etaSeconds: null })
        : undefined,
    });
  } catch (error) {
    if (error instanceof ProcessAborted || error instanceof BinaryNotFound) {
      throw asProcessingFailed(error, options.ffmpegPath);
    }
    if (needed) {
      throw new ProcessingFailed(
        'PROCESSING_FAILED',
        `Measuring the trailer's loudness and silent ends failed: ${ffmpegReason(error)}`,
        'The download is kept: retry the job, or turn off loudness and trimming in the profile.',
        { cause: error },
      );
    }
    options.log?.('warn', `Measuring ${options.input} failed: ${ffmpegReason(error)}`);
    return null;
  }
}

/** The loudness for the record; a failure costs only that figure (the log says why). */
async function level(options: ProcessDownloadOptions): Promise<number | null> {
  try {
    return await measureLevel(options.input, options);
  } catch (error) {
    if (error instanceof ProcessAborted || error instanceof BinaryNotFound) {
      throw asProcessingFailed(error, options.ffmpegPath);
    }
    options.log?.('warn', `Measuring the loudness of ${options.input} failed: ${ffmpegReason(error)}`);
    return null;
  }
}

/** The loudnorm pass-2 filter, or null when there is no target, nothing measured, or no need. */
export function normalisation(
  target: number | null,
  analysis: MediaAnalysis | null,
  log: ProcessingLog | undefined,
): string | null {
  if (target === null) return null;
  const measured = analysis?.loudness ?? null;
  if (measured === null) {
    log?.('info', 'No loudness to normalise (no audio, or silent audio).');
    return null;
  }
  const close = Math.abs(measured.integrated - target) <= loudnessToleranceLu && measured.truePeak <= -1;
  return close ? null : loudnormFilter(target, measured);
}
