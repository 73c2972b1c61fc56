// The check between download and library: a finished download is filed only when it has a picture
// and sound, a length inside the profile's bounds, and all of the length the site promised.
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { ProbeFailed } from '../probe/probe-error';
import { ProcessFailed, ProcessOutputTooLarge, ProcessTimedOut } from '../process/process-errors';
import { runProcess as defaultRunProcess, type RunProcess } from '../process/run-process';
import type { ProbeFile, ProbeResult } from '../probe/types';

export type VerificationReason = 'no-video' | 'no-audio' | 'too-short' | 'too-long' | 'truncated' | 'empty';

export interface VerificationProblem {
  reason: VerificationReason;
  /** Plain language for the person, shown as the job's error. */
  message: string;
}

export interface VerifyExpectations {
  /** The profile's bounds; null for none. */
  minDurationSeconds: number | null;
  maxDurationSeconds: number | null;
  /** The source's length as the site gave it (yt-dlp's info), when known. */
  expectedDurationSeconds?: number | null;
  fileSize: number;
  /**
   * Where the file's readable data really ends (see createReadableEnd), when known. Container
   * headers (an mp4 with its index first, Matroska, WebM) keep announcing the whole length after
   * the rest of the file is lost; only reading the end shows it.
   */
  readableEndSeconds?: number | null;
}

const emptyFile: VerificationProblem = { reason: 'empty', message: 'The downloaded file is empty.' };
// Whole-second bounds against a container's length, which can differ from the source by a few frames.
const boundSlackSeconds = 0.5;

/** The first problem that keeps this file out of the library, or null when it may be filed. */
export function verifyTrailer(probe: ProbeResult, expect: VerifyExpectations): VerificationProblem | null {
  if (expect.fileSize <= 0) return emptyFile;
  if (probe.streamCounts.video === 0) {
    return { reason: 'no-video', message: 'The downloaded file has no picture: it contains no video track.' };
  }
  if (probe.streamCounts.audio === 0) {
    return { reason: 'no-audio', message: 'The downloaded file has no sound track.' };
  }
  const duration = probe.durationSeconds;
  if (duration === null || !(duration > 0)) {
    return damaged('its length cannot be read');
  }
  const expected = expect.expectedDurationSeconds ?? null;
  if (expected !== null && expected > 0 && isMuchShorter(duration, expected)) {
    return {
      reason: 'truncated',
      message:
        `The downloaded file is ${formatSeconds(duration)} long, but the video on the site lasts ` +
        `${formatSeconds(expected)}: the download is incomplete.`,
    };
  }
  const readableEnd = expect.readableEndSeconds ?? null;
  if (readableEnd !== null && isCutOff(readableEnd, duration)) {
    return damaged(
      `it says it lasts ${formatSeconds(duration)}, but its data stops after ${formatSeconds(readableEnd)}`,
    );
  }
  const { minDurationSeconds: min, maxDurationSeconds: max } = expect;
  if (min !== null && duration < min - boundSlackSeconds) {
    return {
      reason: 'too-short',
      message: `The trailer is ${formatSeconds(duration)} long, shorter than the profile's minimum of ${formatSeconds(min)}.`,
    };
  }
  if (max !== null && duration > max + boundSlackSeconds) {
    return {
      reason: 'too-long',
      message: `The trailer is ${formatSeconds(duration)} long, longer than the profile's maximum of ${formatSeconds(max)}.`,
    };
  }
  return null;
}

/** More than a tenth (and more than 1 s) missing: rounding, padding and edit lists never cost that much. */
export function isMuchShorter(actual: number, full: number): boolean {
  const missing = full - actual;
  // Sites round their durations to the second and an ad-free cut can differ by a moment.
  return missing > 1 && missing > full * 0.1;
}

/**
 * A file's own header and its own data agree to within a frame or two, so this is stricter than the
 * comparison with the site: more than 1 s and more than 2 % missing at the end.
 */
export function isCutOff(readableEnd: number, duration: number): boolean {
  const missing = duration - readableEnd;
  return missing > 1 && missing > duration * 0.02;
}

function damaged(reason: string): VerificationProblem {
  return { reason: 'truncated', message: `The downloaded file is damaged or incomplete: ${reason}.` };
}

/** "12 s", "2.5 s", "2 min", "2 min 5 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 59.5) {
    const rounded = Math.round(seconds * 10) / 10;
    return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} s`;
  }
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export type VerifyOutcome =
  { probe: ProbeResult; problem: null } | { probe: ProbeResult | null; problem: VerificationProblem };

/** Where a file's readable data ends, in seconds from its start; null when that cannot be told. */
export type ReadableEnd = (
  path: string,
  durationSeconds: number,
  signal?: AbortSignal,
) => Promise<number | null>;

export interface ProbeAndVerifyOptions {
  /** Reads the end of the file to catch a cut-off file whose header still claims the whole length. */
  readableEnd?: ReadableEnd;
  signal?: AbortSignal;
}

/**
 * Probes the file and verifies it. A file ffprobe cannot read is a 'truncated' problem, not an
 * error: it is the download that is broken. `fileSize` is read from the file when not given.
 * BinaryNotFound and ProcessAborted pass through, since they are not about the file.
 */
export async function probeAndVerify(
  probe: ProbeFile,
  path: string,
  expect: Omit<VerifyExpectations, 'fileSize' | 'readableEndSeconds'> & { fileSize?: number },
  options: ProbeAndVerifyOptions = {},
): Promise<VerifyOutcome> {
  const fileSize = expect.fileSize ?? (await stat(path)).size;
  if (fileSize <= 0) return { probe: null, problem: emptyFile };
  let result: ProbeResult;
  let readableEndSeconds: number | null = null;
  try {
    result = await probe(path, options.signal);
    if (options.readableEnd && result.durationSeconds !== null && result.durationSeconds > 0) {
      readableEndSeconds = await options.readableEnd(path, result.durationSeconds, options.signal);
    }
  } catch (error) {
    if (error instanceof ProbeFailed) return { probe: null, problem: damaged(probeReason(error, path)) };
    throw error;
  }
  const problem = verifyTrailer(result, { ...expect, fileSize, readableEndSeconds });
  if (problem === null) return { probe: result, problem: null };
  return { probe: result, problem };
}

/** ProbeFailed's reason without its "Could not read the video file …:" lead, which the message repeats. */
function probeReason(error: ProbeFailed, path: string): string {
  const lead = `Could not read the video file "${basename(path)}": `;
  const reason = error.message.startsWith(lead) ? error.message.slice(lead.length) : error.message;
  return reason.replace(/\.$/, '');
}

export interface ReadableEndOptions {
  ffprobePath: string;
  runProcess?: RunProcess;
  /** Reading a whole cut-off file from a slow disk can take a while; after this, "cannot tell". */
  timeoutMs?: number;
}

/**
 * A ReadableEnd with ffprobe: seeks to the last seconds and lists the packets from there (headers
 * only, nothing is decoded), so a complete file costs a few packets. When the end is missing the
 * seek falls short and the last packet found is where the data stops.
 */
export function createReadableEnd(options: ReadableEndOptions): ReadableEnd {
  const run = options.runProcess ?? defaultRunProcess;
  const timeoutMs = options.timeoutMs ?? 60_000;
  return async (path, durationSeconds, signal) => {
    const from = Math.max(0, durationSeconds - 3).toFixed(3);
    const args = [
      ...['-v', 'error', '-read_intervals', `${from}%`],
      ...['-show_entries', 'format=start_time:packet=pts_time,duration_time', '-of', 'csv'],
      ...['--', resolve(path)],
    ];
    let stdout: string;
    try {
      ({ stdout } = await run({
        command: options.ffprobePath,
        args,
        signal,
        timeoutMs,
        maxStdoutBytes: 32 * 1024 * 1024,
      }));
    } catch (error) {
      if (error instanceof ProcessFailed) {
        throw new ProbeFailed(path, 'its data cannot be read to the end', { cause: error });
      }
      if (error instanceof ProcessTimedOut || error instanceof ProcessOutputTooLarge) return null;
      throw error;
    }
    return endFromPackets(stdout);
  };
}

/** The end of the last packet relative to the file's start, from ffprobe's csv; null without packets. */
export function endFromPackets(csv: string): number | null {
  let start = 0;
  let end: number | null = null;
  for (const line of csv.split('\n')) {
    const [section, first, second] = line.trim().split(',');
    if (section === 'format') {
      const value = Number.parseFloat(first ?? '');
      if (Number.isFinite(value)) start = value;
    } else if (section === 'packet') {
      const pts = Number.parseFloat(first ?? '');
      if (!Number.isFinite(pts)) continue;
      const length = Number.parseFloat(second ?? '');
      const packetEnd = pts + (Number.isFinite(length) ? length : 0);
      end = end === null ? packetEnd : Math.max(end, packetEnd);
    }
  }
  return end === null ? null : Math.max(0, end - start);
}
