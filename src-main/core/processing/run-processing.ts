// Runs a processing plan with ffmpeg: writes to a hidden partial name in the job's folder and
// renames it to processed.<ext> only after ffmpeg exited 0, so a crash, a cancel or a failure never
// leaves a file that looks finished. A hardware encoder that passed detection can still fail on a
// real file (a size or profile it does not support, a busy GPU): then the encode is redone once in
// software, and the log says why.
import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BinaryNotFound, ProcessAborted, ProcessFailed, ProcessTimedOut } from '../process/process-errors';
import { runProcess as defaultRunProcess, type RunProcess } from '../process/run-process';
import { FfmpegProgressParser, type FfmpegProgress } from './ffmpeg-progress';
import { processingArgs } from './processing-args';
import { ffmpegReason, ProcessingFailed } from './processing-errors';
import { withSoftwareVideo, type ProcessingPlan } from './processing-plan';

export type ProcessingLog = (level: 'info' | 'warn', message: string) => void;

export interface RunEncodeOptions {
  ffmpegPath: string;
  input: string;
  /** The job's folder for the result; partial files are written there too (same filesystem). */
  outputDir: string;
  plan: ProcessingPlan;
  /** The encoders this ffmpeg has, to pick the software encoder when a hardware one fails. */
  available: ReadonlySet<string>;
  /** Length of the output (after any trim), for the progress fraction; null when unknown. */
  expectedSeconds: number | null;
  runProcess?: RunProcess;
  signal?: AbortSignal;
  onProgress?: (progress: FfmpegProgress) => void;
  log?: ProcessingLog;
}

export interface EncodeResult {
  /** processed.<container> inside outputDir. */
  file: string;
  /** The plan that wrote the file: the software one after a hardware failure. */
  plan: ProcessingPlan;
  /** ffmpeg's messages (the end of them), where the loudnorm filter prints its JSON. */
  stderr: string;
}

/** Encodes as planned; throws ProcessingFailed, or ProcessAborted when cancelled. */
export async function runEncode(options: RunEncodeOptions): Promise<EncodeResult> {
  try {
    return await encodeOnce(options, options.plan);
  } catch (error) {
    const software =
      error instanceof ProcessFailed || error instanceof ProcessTimedOut
        ? withSoftwareVideo(options.plan, options.available)
        : null;
    if (!software || options.signal?.aborted) throw asProcessingFailed(error, options.ffmpegPath);
    const failed = options.plan.video?.action === 'encode' ? options.plan.video.encoder : 'hardware encoder';
    const used = software.video?.action === 'encode' ? software.video.encoder : 'software';
    options.log?.(
      'warn',
      `Hardware encoder ${failed} failed on ${options.input} (${ffmpegReason(error)}); encoding again in software with ${used}.`,
    );
    try {
      return await encodeOnce(options, software);
    } catch (softwareError) {
      throw asProcessingFailed(softwareError, options.ffmpegPath);
    }
  }
}

async function encodeOnce(options: RunEncodeOptions, plan: ProcessingPlan): Promise<EncodeResult> {
  const run = options.runProcess ?? defaultRunProcess;
  // Absolute paths: a relative "name:rest" would read to ffmpeg as a protocol, "-name" as an option.
  const outputDir = resolve(options.outputDir);
  const partial = join(outputDir, `.processing-${randomBytes(6).toString('hex')}.${plan.container}`);
  const parser = new FfmpegProgressParser(options.expectedSeconds);
  try {
    const result = await run({
      command: options.ffmpegPath,
      args: processingArgs(plan, resolve(options.input), partial),
      signal: options.signal,
      onStdoutLine: (line) => {
        const progress = parser.push(line);
        if (progress) options.onProgress?.(progress);
      },
    });
    const file = join(outputDir, `processed.${plan.container}`);
    await rename(partial, file);
    return { file, plan, stderr: result.stderr };
  } catch (error) {
    // Whatever ffmpeg managed to write is useless: a half file must never be filed.
    await rm(partial, { force: true });
    throw error;
  }
}

/** A failed ffmpeg run as ProcessingFailed; a cancel (ProcessAborted) stays what it is. */
export function asProcessingFailed(error: unknown, ffmpegPath: string): Error {
  if (error instanceof ProcessAborted || error instanceof ProcessingFailed) return error;
  if (error instanceof BinaryNotFound) {
    return new ProcessingFailed(
      'TOOL_MISSING',
      `ffmpeg was not found (${ffmpegPath}), so the trailer could not be converted.`,
      'Install ffmpeg (Settings → Tools), or turn off conversion, loudness and trimming in the profile.',
      { cause: error },
    );
  }
  return new ProcessingFailed(
    'PROCESSING_FAILED',
    `Converting the trailer failed: ${ffmpegReason(error)}`,
    'The download is kept: retry the job, or change the profile’s processing settings. The log has ffmpeg’s message.',
    { cause: error },
  );
}
