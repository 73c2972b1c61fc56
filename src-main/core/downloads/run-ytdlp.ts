// One yt-dlp run through the process module: progress as it arrives, the final path at the end, and
// a classified error when it fails. Queueing, retries and throttling belong to the caller.
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ProcessFailed, ProcessTimedOut } from '../process/process-errors';
import { runProcess as defaultRunProcess, type RunProcess } from '../process/run-process';
import { ProgressAcrossParts } from './progress-across-parts';
import { buildDownloadArgs, type DownloadArgsInput } from './ytdlp-args';
import { classifyYtdlpFailure, type DownloadErrorClass } from './ytdlp-errors';
import {
  parseFinalPathLine,
  parseInfoLine,
  parseInputsLine,
  parsePartsLine,
  parseProgressLine,
  type DownloadProgress,
  type YtdlpInfo,
} from './ytdlp-progress';

export interface RunYtdlpOptions extends DownloadArgsInput {
  /** The yt-dlp program: a full path, or a name found on PATH. */
  ytdlpPath: string;
  runProcess?: RunProcess;
  signal?: AbortSignal;
  /** Gives up on a run that takes longer than this; none by default (trailers can be large). */
  timeoutMs?: number;
  onProgress?: (progress: DownloadProgress) => void;
  /** What the site said about the video, once, before the download starts. */
  onInfo?: (info: YtdlpInfo) => void;
  /** Every stderr line (warnings, retries), for the job's log. */
  onLogLine?: (line: string) => void;
  /** yt-dlp's process id once it runs, so the queue can stop an orphan left by a crash. */
  onSpawn?: (pid: number) => void;
}

export interface YtdlpResult {
  finalPath: string;
  /** What the site said about the video (duration for verification, id, extractor); null if unsaid. */
  info: YtdlpInfo | null;
  /** A fetch step's merge inputs, kept beside the merged file; [] otherwise. */
  mergeInputs: string[];
}

/** A yt-dlp run that failed, with the reason classified for the queue and the person. */
export class DownloadFailed extends Error {
  readonly code: DownloadErrorClass['code'];
  readonly transient: boolean;
  readonly hint: string | undefined;

  constructor(
    readonly classification: DownloadErrorClass,
    /** The end of yt-dlp's stderr, for the log. */
    readonly stderrTail: string,
    options?: { cause?: unknown },
  ) {
    super(classification.message, options);
    this.name = 'DownloadFailed';
    this.code = classification.code;
    this.transient = classification.transient;
    this.hint = classification.hint;
  }
}

/**
 * Runs the download to completion. Rejects with DownloadFailed when yt-dlp fails or gives no path;
 * BinaryNotFound and ProcessAborted (cancel, quit) pass through, since they are not about the
 * download. Aborting `signal` stops yt-dlp and the ffmpeg it started.
 */
export async function runYtdlp(options: RunYtdlpOptions): Promise<YtdlpResult> {
  const { ytdlpPath, signal, onProgress, onLogLine } = options;
  const run = options.runProcess ?? defaultRunProcess;
  const args = buildDownloadArgs(options);
  let finalPath: string | null = null;
  let info: YtdlpInfo | null = null;
  let mergeInputs: string[] = [];
  const parts = new ProgressAcrossParts();

  try {
    await run({
      command: ytdlpPath,
      args,
      signal,
      timeoutMs: options.timeoutMs,
      // Python would otherwise pick the locale's encoding for its own messages on stderr.
      env: { PYTHONIOENCODING: 'utf-8', PYTHONUTF8: '1' },
      onStdoutLine: (line) => {
        const progress = parseProgressLine(line);
        if (progress) {
          onProgress?.(parts.combine(progress));
          return;
        }
        const formats = parsePartsLine(line);
        if (formats) {
          parts.setParts(formats);
          return;
        }
        const lineInfo = parseInfoLine(line);
        if (lineInfo) {
          info = lineInfo;
          options.onInfo?.(lineInfo);
          return;
        }
        const inputs = parseInputsLine(line);
        if (inputs) {
          mergeInputs = inputs;
          return;
        }
        finalPath = parseFinalPathLine(line) ?? finalPath;
      },
      onStderrLine: onLogLine,
      onSpawn: options.onSpawn,
    });
  } catch (error) {
    if (error instanceof ProcessFailed) {
      throw new DownloadFailed(classifyYtdlpFailure(error.exitCode, error.stderrTail), error.stderrTail, {
        cause: error,
      });
    }
    if (error instanceof ProcessTimedOut) {
      const minutes = Math.round((options.timeoutMs ?? 0) / 60_000);
      throw new DownloadFailed(
        {
          code: 'CONNECTION_FAILED',
          transient: true,
          message: `The download did not finish within ${minutes || 'a few'} minutes.`,
        },
        error.stderrTail,
        { cause: error },
      );
    }
    throw error;
  }
  if (finalPath === null) {
    throw new DownloadFailed(
      { code: 'UNKNOWN', transient: false, message: 'yt-dlp finished without saying where the file is.' },
      '',
    );
  }
  return { finalPath, info, mergeInputs };
}

/**
 * A download in two runs with `check` between them (see DownloadStep): the files are checked as
 * they arrived from the site, and converted (remux, subtitles, metadata) only once `check` resolves.
 * What `check` throws passes through; the fetched files stay in tempDir for the caller to remove.
 */
export async function runYtdlpChecked(
  options: Omit<RunYtdlpOptions, 'step'>,
  check: (fetched: YtdlpResult) => Promise<void>,
): Promise<YtdlpResult> {
  const fetched = await runYtdlp({ ...options, step: { kind: 'fetch' } });
  await check(fetched);
  await removeHalfConverted(options, fetched.finalPath);
  // Where yt-dlp writes it: the output name with .info.json for the extension, in the fetch's home.
  const infoJsonPath = join(options.tempDir, `${options.fileStem}.info.json`);
  const finished = await runYtdlp({ ...options, step: { kind: 'finish', infoJsonPath } });
  return { ...finished, info: fetched.info ?? finished.info, mergeInputs: [] };
}

/**
 * What a conversion stopped halfway (pause, quit, crash) leaves beside the fetched file: the start of
 * the remuxed file, or of the file being tagged. yt-dlp would take the first as finished and file it.
 */
async function removeHalfConverted(
  options: Pick<RunYtdlpOptions, 'tempDir' | 'fileStem' | 'format'>,
  fetched: string,
): Promise<void> {
  const { tempDir, fileStem, format } = options;
  const names = [`${fileStem}.${format.container}`, `${fileStem}.temp.${format.container}`];
  const leftovers = names.map((name) => resolve(tempDir, name)).filter((path) => path !== resolve(fetched));
  await Promise.all(leftovers.map((path) => rm(path, { force: true })));
}
