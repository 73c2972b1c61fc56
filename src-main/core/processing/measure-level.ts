// The integrated loudness (EBU R128) of a file's first audio track, for the record alone: the
// audit judges "too quiet" and "too loud" from it for every download, also when the profile does
// not normalise. ffmpeg's ebur128 filter reads the sound about five times faster than loudnorm's
// measuring pass (which normalising needs for its other figures), and it runs beside the encode.
import { isAbsolute, resolve } from 'node:path';
import { ProcessFailed } from '../process/process-errors';
import { runProcess as defaultRunProcess, type RunProcess } from '../process/run-process';

export interface MeasureLevelOptions {
  ffmpegPath: string;
  runProcess?: RunProcess;
  signal?: AbortSignal;
}

// framelog=verbose: the per-100 ms lines go to the verbose level, so only the summary is printed.
const meter = 'ebur128=framelog=verbose';
const noStreamPattern = /does not contain any stream|matches no streams/i;

/** LUFS, or null when there is no sound to measure (no audio track, or digital silence). */
export async function measureLevel(file: string, options: MeasureLevelOptions): Promise<number | null> {
  // An absolute path: a relative "name:rest" could read as an ffmpeg protocol.
  const input = isAbsolute(file) ? file : resolve(file);
  const run = options.runProcess ?? defaultRunProcess;
  let stderr: string;
  try {
    ({ stderr } = await run({
      command: options.ffmpegPath,
      args: [
        '-hide_banner',
        '-nostdin',
        '-nostats',
        '-i',
        input,
        '-map',
        '0:a:0',
        '-af',
        meter,
        '-f',
        'null',
        '-',
      ],
      signal: options.signal,
    }));
  } catch (error) {
    if (error instanceof ProcessFailed && noStreamPattern.test(error.stderrTail)) return null;
    throw error;
  }
  return parseIntegratedLoudness(stderr);
}

/** The summary's "I: -23.0 LUFS"; null when missing, -inf (silence) or not a finite number. */
export function parseIntegratedLoudness(stderr: string): number | null {
  const summary = stderr.lastIndexOf('Summary:');
  if (summary < 0) return null;
  const match = /^\s+I:\s+(-?\d+(?:\.\d+)?) LUFS\s*$/m.exec(stderr.slice(summary));
  if (!match?.[1]) return null;
  const value = Number(match[1]);
  // ebur128 prints -70.0 for digital silence (its absolute gate): nothing was loud enough to count.
  return Number.isFinite(value) && value > -70 ? value : null;
}
