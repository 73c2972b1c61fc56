// The job's processing stage, between a verified download and filing: conversion, loudness and
// trimming (core/processing), made crash-safe by the job's folder. The download stays in done/
// until the job is recorded; the processed file appears in processed/ under its final name only
// once ffmpeg finished, and its record beside it after that, so a run killed at any point either
// finds both (and files them) or redoes the stage from the download. Nothing half-written is filed.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  emptyProcessingRecord,
  type ProcessingRecord,
  type ProcessingSettings,
} from '../../../src-preload/contract/processing';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import type { RunProcess } from '../process/run-process';
import type { ProbeFile, ProbeResult } from '../probe/types';
import { ProcessingFailed } from '../processing/processing-errors';
import { processDownload, type ProcessingProgress } from '../processing/process-download';
import type { HardwareEncoderDetector } from '../processing/hardware-encoders';
import { JobFailure } from './job-failure';
import type { JobPaths } from './job-files';
import { probeAndVerify, type ReadableEnd } from './verify-trailer';

export interface StageDeps {
  probe: ProbeFile;
  readableEnd?: ReadableEnd;
  runProcess?: RunProcess;
  /** ffmpeg's path; null when ffmpeg is missing. */
  ffmpegPath: string | null;
  encoders?: HardwareEncoderDetector;
  log?: (level: 'info' | 'warn', message: string) => void;
}

export interface StageOutcome {
  /** The file to file: the processed one, or the download itself when nothing was re-encoded. */
  file: string;
  probe: ProbeResult;
  record: ProcessingRecord;
}

const recordName = 'record.json';
const recordSchema = z.strictObject({
  file: z.string().nullable(),
  record: z.strictObject({
    originalVideoFormat: z.string().nullable(),
    originalAudioFormat: z.string().nullable(),
    encoder: z.string().nullable(),
    originalLoudness: z.number().nullable(),
    loudness: z.number().nullable(),
    trimmedSeconds: z.number().nullable(),
    pictureWidth: z.number().int().nullable(),
    pictureHeight: z.number().int().nullable(),
  }),
});

export function processedDir(paths: JobPaths): string {
  return join(paths.root, 'processed');
}

/** Whether the profile asks for anything beyond measuring. */
export function asksForProcessing(settings: ProcessingSettings): boolean {
  return (
    settings.compatibility ||
    settings.videoCodec !== 'keep' ||
    settings.audioCodec !== 'keep' ||
    settings.loudnessTarget !== null ||
    settings.trim
  );
}

/**
 * Runs the stage for a verified download (or picks up what an earlier run finished) and verifies
 * what it made. Throws JobFailure (the download is kept, so a retry redoes only this stage).
 */
export async function runProcessingStage(
  deps: StageDeps,
  input: { download: string; probe: ProbeResult; profile: TrailerProfile; paths: JobPaths },
  hooks: { signal: AbortSignal; onProgress: (progress: ProcessingProgress) => void },
): Promise<StageOutcome> {
  const { download, probe, profile, paths } = input;
  const settings = profile.processing;
  const dir = processedDir(paths);
  const earlier = await finishedStage(dir, download);
  if (earlier) return verifyProcessed(deps, { ...input, ...earlier }, hooks.signal);

  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (deps.ffmpegPath === null) {
    if (!asksForProcessing(settings)) return { file: download, probe, record: emptyProcessingRecord };
    throw new JobFailure(
      'FFMPEG_MISSING',
      "ffmpeg is missing, so the profile's conversion, loudness or trimming cannot run.",
      {
        hint: 'Install ffmpeg (Settings → Tools), then retry: the download is kept.',
        keepDownload: true,
      },
    );
  }
  let result: Awaited<ReturnType<typeof processDownload>>;
  try {
    result = await processDownload({
      input: download,
      outputDir: dir,
      probe,
      settings,
      container: profile.container,
      minDurationSeconds: profile.minDurationSeconds,
      ffmpegPath: deps.ffmpegPath,
      runProcess: deps.runProcess,
      signal: hooks.signal,
      onProgress: hooks.onProgress,
      log: deps.log,
      encoders: deps.encoders,
    });
  } catch (error) {
    hooks.signal.throwIfAborted();
    if (!(error instanceof ProcessingFailed)) throw error;
    // Measuring alone (nothing asked) never stops a trailer from being filed.
    if (!asksForProcessing(settings)) {
      deps.log?.('warn', `Measuring ${download} failed, so it is filed unmeasured: ${error.message}`);
      return { file: download, probe, record: emptyProcessingRecord };
    }
    throw new JobFailure(
      error.code === 'TOOL_MISSING' ? 'FFMPEG_MISSING' : 'PROCESSING_FAILED',
      error.message,
      {
        hint: error.hint,
        keepDownload: true,
        cause: error,
      },
    );
  }
  // The record last: its presence says the stage finished (see finishedStage).
  const recordPath = join(dir, recordName);
  await writeFile(`${recordPath}.tmp`, JSON.stringify({ file: result.file, record: result.record }));
  await rename(`${recordPath}.tmp`, recordPath);
  return verifyProcessed(
    deps,
    { ...input, file: result.file ?? download, record: result.record },
    hooks.signal,
  );
}

/** The record of a finished stage, for a job whose file was filed just before a crash. */
export async function readStageRecord(paths: JobPaths): Promise<ProcessingRecord | null> {
  const text = await readFile(join(processedDir(paths), recordName), 'utf8').catch(() => null);
  if (text === null) return null;
  const parsed = parseRecord(text);
  return parsed?.record ?? null;
}

function parseRecord(text: string): z.infer<typeof recordSchema> | null {
  try {
    return recordSchema.parse(JSON.parse(text));
  } catch {
    return null;
  }
}

/** The stage's result an earlier run left complete (record and file), else null. */
async function finishedStage(
  dir: string,
  download: string,
): Promise<{ file: string; record: ProcessingRecord } | null> {
  const text = await readFile(join(dir, recordName), 'utf8').catch(() => null);
  if (text === null) return null;
  const parsed = parseRecord(text);
  if (parsed === null) return null;
  if (parsed.file === null) return { file: download, record: parsed.record };
  // Only a file inside processed/ is trusted: the record is the app's, but the folder is a disk's.
  const names = await readdir(dir).catch(() => [] as string[]);
  const name = parsed.file.slice(dir.length + 1);
  if (!parsed.file.startsWith(`${dir}/`) || name.includes('/') || !names.includes(name)) return null;
  return { file: parsed.file, record: parsed.record };
}

/** ffprobe's names for the codecs a profile converts to. */
const probedVideo = { h264: 'h264', h265: 'hevc', av1: 'av1', vp9: 'vp9' } as const;
const probedAudio = { aac: 'aac', ac3: 'ac3', eac3: 'eac3', opus: 'opus' } as const;

/** Why a converted file does not carry what the profile asked for, or null when it does. */
function codecMismatch(settings: ProcessingSettings, probe: ProbeResult): string | null {
  const video = settings.compatibility ? 'h264' : settings.videoCodec;
  const audio = settings.compatibility ? 'aac' : settings.audioCodec;
  if (video !== 'keep' && probe.videoFormat !== probedVideo[video]) {
    return `its picture is ${probe.videoFormat ?? 'unknown'}, not ${probedVideo[video]}`;
  }
  if (audio !== 'keep' && probe.streamCounts.audio > 0 && probe.audioFormat !== probedAudio[audio]) {
    return `its sound is ${probe.audioFormat ?? 'unknown'}, not ${probedAudio[audio]}`;
  }
  return null;
}

/**
 * A re-encoded file must be a whole, playable video of an accepted length, in the codecs asked
 * for, before it is filed. The download itself was verified before the stage.
 */
async function verifyProcessed(
  deps: StageDeps,
  made: {
    download: string;
    probe: ProbeResult;
    profile: TrailerProfile;
    file: string;
    record: ProcessingRecord;
  },
  signal: AbortSignal,
): Promise<StageOutcome> {
  const { file, record, profile } = made;
  if (file === made.download) return { file, probe: made.probe, record };
  const { probe, problem } = await probeAndVerify(
    deps.probe,
    file,
    {
      minDurationSeconds: profile.minDurationSeconds,
      maxDurationSeconds: profile.maxDurationSeconds,
      expectedDurationSeconds: null,
    },
    { readableEnd: deps.readableEnd, signal },
  );
  const reason =
    problem?.message ?? (probe ? codecMismatch(profile.processing, probe) : 'it could not be read');
  if (reason !== null || !probe) {
    throw new JobFailure(
      'PROCESSING_FAILED',
      `The processed file failed its check: ${reason ?? 'unreadable'}.`,
      {
        hint: 'Retry: the download is kept, so only the processing runs again.',
        keepDownload: true,
      },
    );
  }
  // The original's YouTube id (from its tags) survives a conversion that dropped the tags.
  return { file, probe: { ...probe, youtubeId: probe.youtubeId ?? made.probe.youtubeId }, record };
}
