// A job's download step: yt-dlp with what the profile asks for, into the job's own folders, with
// the check that what arrived is whole before anything converts it.
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import { BinaryNotFound } from '../process/process-errors';
import { cutOffHint, cutOffMessage, findCutOff } from './cut-off-check';
import { JobFailure } from './job-failure';
import { removeJobDir, type JobPaths } from './job-files';
import type { DownloadTools, JobHooks, JobRunnerDeps } from './job-runner-types';
import type { JobRow } from './job-store';
import { DownloadFailed, runYtdlpChecked, type RunYtdlpOptions, type YtdlpResult } from './run-ytdlp';

export async function downloadTrailer(
  row: JobRow,
  profile: TrailerProfile,
  paths: JobPaths,
  deps: JobRunnerDeps,
  hooks: JobHooks,
): Promise<{ file: string; expectedDuration: number | null }> {
  const tools = deps.tools();
  if (tools.withoutFfmpeg) {
    deps.onWarning?.(
      `ffmpeg is missing: the trailer for job ${row.id} is downloaded as a single file in the site's own format, without merging, converting to ${profile.container}, subtitles or metadata. Install ffmpeg (Settings → Tools) for the profile's format.`,
    );
  }
  // Before ffmpeg can rewrite a cut-off file into a clean, shorter one: a download that ended early
  // fails as such, and none of it is kept, so the next attempt (or Retry) downloads it again.
  const checkWhole = async (fetched: YtdlpResult): Promise<void> => {
    const files = [fetched.finalPath, ...fetched.mergeInputs];
    const expected = fetched.info?.durationSeconds ?? null;
    const cutOff = await findCutOff(files, expected, deps, hooks.signal);
    if (cutOff === null) return;
    await removeJobDir(paths);
    throw new JobFailure('INCOMPLETE', cutOffMessage(cutOff), { transient: true, hint: cutOffHint });
  };
  try {
    const request = downloadRequest(row, profile, paths, tools);
    const result = await runYtdlpChecked(
      {
        ...request,
        runProcess: deps.runProcess,
        signal: hooks.signal,
        onProgress: hooks.onProgress,
        onSpawn: hooks.onSpawn,
      },
      checkWhole,
    );
    return { file: result.finalPath, expectedDuration: result.info?.durationSeconds ?? null };
  } catch (error) {
    if (error instanceof DownloadFailed) {
      throw new JobFailure(error.code, error.message, {
        transient: error.transient,
        hint: error.hint,
        cause: error,
      });
    }
    if (error instanceof BinaryNotFound) {
      throw new JobFailure('TOOL_MISSING', 'yt-dlp is not installed, so trailers cannot be downloaded.', {
        hint: 'Install yt-dlp (for example "apt install yt-dlp" or from github.com/yt-dlp/yt-dlp), then retry.',
        cause: error,
      });
    }
    throw error;
  }
}

/** The yt-dlp request for a job: what the profile asks for, in the job's own folders. */
export function downloadRequest(
  row: Pick<JobRow, 'source_url'>,
  profile: TrailerProfile,
  paths: JobPaths,
  tools: DownloadTools,
): RunYtdlpOptions {
  return {
    ytdlpPath: tools.ytdlpPath,
    ffmpegLocation: tools.ffmpegLocation,
    cookiesFile: tools.cookiesFile,
    cookiesFromBrowser: tools.cookiesFromBrowser,
    withoutFfmpeg: tools.withoutFfmpeg,
    url: row.source_url,
    format: {
      maxHeight: profile.maxResolution === 'best' ? null : Number(profile.maxResolution),
      videoCodec: profile.videoCodec,
      audioCodec: profile.audioCodec,
      container: profile.container,
    },
    audioLanguage: profile.audioLanguage,
    subtitles: profile.subtitlesEnabled
      ? { languages: profile.subtitleLanguages, includeAuto: profile.includeAutoSubtitles, embed: true }
      : undefined,
    embedMetadata: profile.embedMetadata,
    tempDir: paths.parts,
    outputDir: paths.done,
    fileStem: 'trailer',
    // A stalled connection becomes an error yt-dlp retries, instead of a download that never ends.
    socketTimeoutSeconds: 30,
  };
}
