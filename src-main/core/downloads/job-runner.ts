// One job's way from a link to a filed, recorded trailer: download (or pick up what an earlier run
// left), verify with ffprobe, process it (convert, loudness, trim: processing-stage.ts), file it
// without overwriting anything (or in place of the file an upgrade replaces), and record it in the
// same transaction that completes the job. Status changes other than these belong to the queue.
import { rename, rm, stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import type { AppDatabase } from '../db/open-database';
import type { ProbeResult } from '../probe/types';
import { runProcess } from '../process/run-process';
import {
  emptyProcessingRecord,
  type ProcessingRecord,
} from '../../../src-preload/contract/processing-values';
import { downloadTrailer } from './job-download';
import { takeLibraryFile } from './job-local-source';
import { jobProcessingProfile } from './upgrade-conversion';
import type { JobHooks, JobRunnerDeps } from './job-runner-types';
import { readStageRecord, runProcessingStage, type StageOutcome } from './processing-stage';
import { upsertDownloadRow } from './commit-download';
import {
  clearPlacing,
  clearUnfinished,
  finishedFile,
  jobPaths,
  markPlacing,
  placingMarker,
  prepareJobDirs,
  removeJobDir,
  findPlacedCopy,
  type JobPaths,
} from './job-files';
import { JobFailure } from './job-failure';
import { jobSlot, type JobRow } from './job-store';
import { jobTargetPath, type MediaTarget } from './job-target';
import { PlacementFailed, placeTrailer } from './place-trailer';
import { probeAndVerify } from './verify-trailer';
import { removeOrphanedParts } from './orphans';
import {
  forgetReplaced,
  moveAside,
  putBack,
  readReplacement,
  removeReplaced,
  type Replacement,
} from './replace-file';

export type { DownloadTools, JobHooks, JobRunnerDeps } from './job-runner-types';
export { downloadRequest } from './job-download';

/** Runs a job that the queue has just moved to `downloading`; resolves with the completed row. */
export async function executeJob(jobId: number, deps: JobRunnerDeps, hooks: JobHooks): Promise<JobRow> {
  const row = deps.store.getRow(jobId);
  const media = await loadMedia(deps.db, row.media_id);
  const profile = loadProfile(deps, row);
  const paths = jobPaths(row.temp_dir);
  await prepareJobDirs(paths);

  const recovered = await recoverPlacement(row, paths);
  if (recovered) {
    const processing = deps.store.transition(jobId, 'processing');
    hooks.onProcessing(processing);
    const replacement = await readReplacement(paths);
    const record = (await readStageRecord(paths)) ?? emptyProcessingRecord;
    return commit(deps, processing, paths, recovered, await deps.probe(recovered), null, {
      replacement,
      record,
    });
  }

  await clearUnfinished(paths);
  let file = await finishedFile(paths);
  let expectedDuration: number | null = null;
  if (file === null && row.site === 'local') {
    // The audit's Upgrade converting the file already on disk: no network, the library's copy.
    file = await takeLibraryFile(deps.db, row, paths, hooks);
  } else if (file === null) {
    const result = await downloadTrailer(row, profile, paths, deps, hooks);
    file = result.file;
    expectedDuration = result.expectedDuration;
  }
  hooks.signal.throwIfAborted();
  const processing = deps.store.transition(jobId, 'processing');
  hooks.onProcessing(processing);
  return fileTrailer(deps, processing, media, profile, paths, file, expectedDuration, hooks);
}

/** The title and its folder; asynchronous, as the folder may be on a share slow to answer. */
async function loadMedia(db: AppDatabase, mediaId: number): Promise<MediaTarget> {
  const media = db.$client
    .prepare('SELECT id, title, year, kind, folder_path AS folderPath FROM media WHERE id = ?')
    .get(mediaId) as MediaTarget | undefined;
  const folder = media ? await stat(media.folderPath).catch(() => null) : null;
  if (!media || !folder?.isDirectory()) {
    throw new JobFailure(
      'TITLE_FOLDER_MISSING',
      `The title's folder ${media?.folderPath ?? ''} is gone, so there is nowhere to put its trailer.`,
      { hint: 'Reconnect the drive or share, or rescan the library, then retry.' },
    );
  }
  return media;
}

function loadProfile(deps: JobRunnerDeps, row: JobRow): TrailerProfile {
  if (row.profile_id === null) {
    throw new JobFailure(
      'UNKNOWN',
      `The profile "${row.profile_name}" was deleted after this download was queued.`,
      {
        hint: 'Queue the trailer again with another profile.',
      },
    );
  }
  return jobProcessingProfile(deps.getProfile(row.profile_id), row);
}

async function fileTrailer(
  deps: JobRunnerDeps,
  job: JobRow,
  media: MediaTarget,
  profile: TrailerProfile,
  paths: JobPaths,
  download: string,
  expectedDuration: number | null,
  hooks: JobHooks,
): Promise<JobRow> {
  const size = (await stat(download)).size;
  const { probe: downloaded, problem } = await probeAndVerify(
    deps.probe,
    download,
    {
      minDurationSeconds: profile.minDurationSeconds,
      maxDurationSeconds: profile.maxDurationSeconds,
      expectedDurationSeconds: expectedDuration,
      fileSize: size,
    },
    { readableEnd: deps.readableEnd },
  );
  if (problem || !downloaded) {
    await removeJobDir(paths);
    throw new JobFailure('VERIFICATION_FAILED', problem?.message ?? 'The downloaded file could not be read.');
  }
  const processed = await processStage(deps, profile, paths, download, downloaded, hooks);
  hooks.onProcessingProgress('filing', {});
  const { file, probe } = processed;
  const youtubeId = job.video_id ?? probe.youtubeId;
  const relative = jobTargetPath(deps.db, job, media, profile, deps.namingPreset?.() ?? 'plex', {
    ext: extname(file).slice(1),
    resolution: probe.resolution,
    videoCodec: probe.videoFormat,
    audioCodec: probe.audioFormat,
    youtubeId,
  });
  const target = join(media.folderPath, ...relative.split('/'));
  deps.store.update(job.id, { finalPath: target });
  await markPlacing(paths, file);
  // An upgrade: the old file waits aside (recoverable) until the new one is recorded.
  const replacement = await moveAside(deps.db, job, paths);
  let placed: string;
  try {
    placed = await placeTrailer(file, target, { titleFolder: media.folderPath, jobTag: `job${job.id}` });
  } catch (error) {
    if (replacement) await putBack(replacement, paths, null);
    await clearPlacing(paths);
    if (error instanceof PlacementFailed) {
      throw new JobFailure(error.code, error.message, { keepDownload: true, cause: error });
    }
    throw error;
  }
  try {
    return await commit(deps, job, paths, placed, probe, youtubeId, {
      replacement,
      record: processed.record,
    });
  } catch (error) {
    if (replacement && deps.store.getRow(job.id).status !== 'completed') {
      await putBack(replacement, paths, placed);
    }
    throw error;
  }
}

/** The processing stage with the job's tools, its progress reported by step. */
function processStage(
  deps: JobRunnerDeps,
  profile: TrailerProfile,
  paths: JobPaths,
  download: string,
  probe: ProbeResult,
  hooks: JobHooks,
): Promise<StageOutcome> {
  const tools = deps.tools();
  const run = deps.runProcess ?? runProcess;
  return runProcessingStage(
    {
      probe: deps.probe,
      readableEnd: deps.readableEnd,
      // Each ffmpeg's pid is the job's worker: after a crash, start-up stops the one left running.
      runProcess: (options) =>
        run({
          ...options,
          onSpawn: (pid) => {
            options.onSpawn?.(pid);
            hooks.onSpawn(pid);
          },
        }),
      ffmpegPath: tools.withoutFfmpeg ? null : (tools.ffmpegLocation ?? 'ffmpeg'),
      encoders: deps.encoders,
      log: deps.log,
    },
    { download, probe, profile, paths },
    {
      signal: hooks.signal,
      onProgress: (progress) =>
        hooks.onProcessingProgress(progress.stage === 'analysing' ? 'measuring' : 'converting', {
          fraction: progress.fraction,
          encodeSpeed: progress.speed,
          etaSeconds: progress.etaSeconds,
        }),
    },
  );
}

async function commit(
  deps: JobRunnerDeps,
  job: JobRow,
  paths: JobPaths,
  placed: string,
  probe: ProbeResult,
  youtubeId: string | null,
  /** The old file an upgrade replaces, and what processing did to the new one. */
  extra: { replacement: Replacement | null; record: ProcessingRecord },
): Promise<JobRow> {
  const info = await stat(placed);
  const at = deps.store.timestamp();
  const completed = deps.store.transition(
    job.id,
    'completed',
    {
      finishedAt: at,
      finalPath: placed,
      holder: null,
      heldSince: null,
      workerPid: null,
      nextAttemptAt: null,
    },
    () => {
      // The old row goes first: when the new file took the old name, it gets a fresh row.
      forgetReplaced(deps.db, extra.replacement);
      return {
        downloadId: upsertDownloadRow(deps.db.$client, {
          mediaId: job.media_id,
          path: placed,
          size: info.size,
          mtimeMs: info.mtimeMs,
          probe,
          youtubeId: youtubeId ?? probe.youtubeId,
          profileName: job.profile_name,
          at,
          slot: jobSlot(job),
          processing: extra.record,
        }),
      };
    },
  );
  await removeReplaced(extra.replacement, paths);
  await removeJobDir(paths);
  return completed;
}

/**
 * After a crash while filing: the library copy when the file made it there (then only the record
 * is missing), else null, with the marker turned back into the finished download when needed.
 */
async function recoverPlacement(row: JobRow, paths: JobPaths): Promise<string | null> {
  const marker = await placingMarker(paths);
  if (!marker) return null;
  if (row.final_path) {
    await removeOrphanedParts(dirname(row.final_path), row.id);
    const placed = await findPlacedCopy(marker, dirname(row.final_path));
    if (placed) return placed;
  }
  if ((await finishedFile(paths)) === null) {
    await rename(marker, join(paths.done, `trailer${extname(marker)}`));
  } else {
    await rm(marker, { force: true });
  }
  return null;
}
