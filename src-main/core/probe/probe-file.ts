import { resolve } from 'node:path';
import { ProcessFailed, ProcessOutputTooLarge, ProcessTimedOut } from '../process/process-errors';
import { runProcess as defaultRunProcess, type RunProcess } from '../process/run-process';
import { parseProbeOutput } from './ffprobe-output';
import { ProbeFailed } from './probe-error';
import type { ProbeFile } from './types';

export interface ProbeOptions {
  ffprobePath: string;
  runProcess?: RunProcess;
  /** A file on a sleeping network share can hang ffprobe; give up after this long. */
  timeoutMs?: number;
}

/**
 * Reads a file's container, codecs, languages and dimensions with ffprobe. Rejects with ProbeFailed
 * when the file cannot be read; BinaryNotFound and ProcessAborted pass through, since they are not
 * about the file.
 */
export function createProbe(options: ProbeOptions): ProbeFile {
  const run = options.runProcess ?? defaultRunProcess;
  const timeoutMs = options.timeoutMs ?? 30_000;

  return async (path, signal) => {
    // Absolute, so a name starting with "-" or containing "proto:" is always read as a local file;
    // `--` also ends option parsing (ffprobe 4.0.2, the bundled one, accepts it).
    const target = resolve(path);
    const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '--', target];
    let stdout: string;
    try {
      ({ stdout } = await run({
        command: options.ffprobePath,
        args,
        signal,
        timeoutMs,
        maxStdoutBytes: 4 * 1024 * 1024,
      }));
    } catch (error) {
      if (error instanceof ProcessFailed) {
        throw new ProbeFailed(path, ffprobeReason(error.stderrTail, target), { cause: error });
      }
      if (error instanceof ProcessTimedOut) {
        throw new ProbeFailed(path, `ffprobe gave no answer within ${timeoutMs / 1000} s.`, { cause: error });
      }
      if (error instanceof ProcessOutputTooLarge) {
        throw new ProbeFailed(path, 'ffprobe described more streams than a video file has.', {
          cause: error,
        });
      }
      throw error;
    }
    return parseProbeOutput(stdout, path);
  };
}

/** ffprobe's last error line without the path it repeats ("/a/b.mp4: Invalid data found…"). */
function ffprobeReason(stderrTail: string, target: string): string {
  const lines = stderrTail.split('\n').filter((line) => line.trim() !== '');
  const last = (lines[lines.length - 1] ?? '').trim();
  const reason = last.startsWith(`${target}: `) ? last.slice(target.length + 2) : last;
  return reason ? `${reason}.` : 'ffprobe failed without saying why.';
}
