// The downloads capability as the contract sees it: queue requests, control jobs, settings, and
// start-up recovery after a crash. The one pipeline for every request (single title or bulk).
import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { join } from 'node:path';
import type {
  ActiveJobCounts,
  DownloadJob,
  DownloadSettings,
  EnqueueManyResult,
  JobChange,
  JobErrorCode,
  JobChoice,
  JobFilterCounts,
  JobProgress,
  JobWindow,
} from '../../../src-preload/contract/downloads';
import type { ProcessingSettings } from '../../../src-preload/contract/processing';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import type { VideoSlot } from '../../../src-preload/contract/video-kinds';
import type { ProfileService } from '../profiles/profile-service';
import type { AppDatabase } from '../db/open-database';
import { AppError, isUniqueViolation } from '../errors';
import type { EventBus } from '../event-bus';
import type { ProbeFile } from '../probe/types';
import type { RunProcess } from '../process/run-process';
import type { SettingStore } from '../settings/setting-store';
import type { NamingPreset } from '../../../src-preload/contract/video-kinds';
import type { YoutubePacer } from '../discovery/youtube-pacer';
import { DownloadQueue, type QueueOptions } from './download-queue';
import { DownloadSettingsStore } from './download-settings';
import { pastedChoice, readChoice, type NewJobChoice } from './job-choice';
import { jobDirName, jobPaths, removeJobDir } from './job-files';
import type { DownloadTools, JobRunnerDeps } from './job-runner';
import { JobStore, toDownloadJob, type JobRow } from './job-store';
import { keptForRetry } from './job-failure';
import { queueKnownTrailers, type KnownTrailerDeps } from './known-trailers';
import { JobWindowQuery, type JobWindowRequest } from './job-window';
import { runningStatuses } from './job-transitions';
import { removeOrphanedJobDirs, stopOrphanedWorker } from './orphans';
import { parseTrailerSource } from './trailer-source';
import type { ReadableEnd } from './verify-trailer';
import { settleReplacements } from './replace-file';
import { upgradeFiles, type InsertJob, type UpgradeDeps } from './upgrade-files';

export interface DownloadServiceDeps {
  db: AppDatabase;
  events: EventBus;
  probe: ProbeFile;
  settings: SettingStore;
  profiles: Pick<ProfileService, 'get' | 'list' | 'usable'>;
  /** The app's folder for job files (never inside a library). */
  jobsDir: string;
  tools: () => DownloadTools;
  runProcess?: RunProcess;
  readableEnd?: ReadableEnd;
  onWarning?: (message: string) => void;
  /** The naming preset files are named by (Settings → Naming); Plex when not given. */
  namingPreset?: () => NamingPreset;
  /** Processing: the hardware encoders that work here, and where its notes go. */
  encoders?: JobRunnerDeps['encoders'];
  log?: JobRunnerDeps['log'];
  queue?: Partial<Omit<QueueOptions, 'holder' | 'pacer'>>;
  pacer: YoutubePacer;
  now?: () => Date;
}

const titleJobsLimit = 50;
/** The most job changes one `downloads:changed` event carries (a few dozen bytes each). */
export const changedBatch = 500;

export class DownloadService {
  readonly store: JobStore;
  private readonly windowQuery: JobWindowQuery;
  private readonly settingsStore: DownloadSettingsStore;
  private readonly queue: DownloadQueue;
  private readonly holder = `${process.pid}:${randomUUID()}`;
  private readonly mediaExists: Statement<[number]>;

  constructor(private readonly deps: DownloadServiceDeps) {
    this.store = new JobStore(deps.db, deps.now);
    this.windowQuery = new JobWindowQuery(deps.db.$client);
    // Prepared once: a library run queues its titles one by one.
    this.mediaExists = deps.db.$client.prepare<[number]>('SELECT 1 FROM media WHERE id = ?').pluck();
    this.settingsStore = new DownloadSettingsStore(deps.settings);
    const { events } = deps;
    this.queue = new DownloadQueue(
      this.store,
      {
        db: deps.db,
        store: this.store,
        probe: deps.probe,
        getProfile: (id) => deps.profiles.get(id),
        tools: deps.tools,
        runProcess: deps.runProcess,
        readableEnd: deps.readableEnd,
        onWarning: deps.onWarning,
        namingPreset: deps.namingPreset,
        encoders: deps.encoders,
        log: deps.log,
      },
      () => this.settingsStore.get(),
      {
        changed: (jobs) => this.announce(jobs),
        finished: (jobs) => events.emit('downloads:finished', { jobs }),
        progress: (progress) => events.emit('downloads:progress', { progress }),
        trailersChanged: (mediaIds) => {
          events.emit('media:trailersChanged', { mediaIds });
          events.emit('library:changed', { rootIds: this.rootIdsOf(mediaIds) });
        },
      },
      { ...deps.queue, holder: this.holder, pacer: deps.pacer },
    );
  }

  /**
   * Start-up: takes back the jobs a crashed or killed app was running (stopping its leftover yt-dlp),
   * removes job folders nobody needs, then lets the queue run. Partial files stay for resume.
   */
  async start(): Promise<void> {
    try {
      // First: an Upgrade a crash cut short puts the old file back (or finishes removing it).
      await settleReplacements(this.deps.jobsDir, (id) => this.store.findRow(id));
      for (const row of this.store.withStatus(runningStatuses)) {
        if (row.worker_pid !== null) await stopOrphanedWorker(row.worker_pid, row.temp_dir);
        const job = this.store.transition(row.id, 'queued', {
          attempts: Math.max(0, row.attempts - 1),
          holder: null,
          heldSince: null,
          workerPid: null,
        });
        this.announce([toDownloadJob(job)]);
      }
      const keep = new Set(
        this.store
          .withStatus(['queued', 'paused', 'failed'])
          .filter((row) => row.status !== 'failed' || keptForRetry.has(row.error_code as JobErrorCode))
          .map((row) => row.id),
      );
      await removeOrphanedJobDirs(this.deps.jobsDir, (id) => keep.has(id));
    } finally {
      // A recovery that broke (reported by the caller) must not keep every other job from running.
      this.queue.open();
    }
  }

  /** Queues a video; without a choice it is a link the person gave (nothing ranked it). */
  enqueue(input: {
    mediaId: number;
    source: string;
    profileId?: number;
    choice?: NewJobChoice;
    /** The video it fills (default: the title's trailer). */
    slot?: VideoSlot;
  }): DownloadJob {
    const profile = this.deps.profiles.usable(input.profileId);
    this.requireMedia(input.mediaId);
    const source = parseTrailerSource(input.source);
    const row = this.insertJob(
      input.mediaId,
      profile,
      source,
      input.choice ?? pastedChoice,
      true,
      input.slot,
    );
    this.queue.pump();
    return this.store.get(row.id);
  }

  /** "Download missing" for a selection: each title's known trailer link (known-trailers.ts). */
  enqueueMany(input: { mediaIds: number[]; profileId?: number }): EnqueueManyResult {
    const profile = this.deps.profiles.usable(input.profileId);
    const insert: KnownTrailerDeps['insert'] = (...args) => this.insertJob(...args);
    const { rows, result } = queueKnownTrailers(
      { sqlite: this.deps.db.$client, insert },
      profile,
      input.mediaIds,
    );
    this.announce(rows.map(toDownloadJob));
    this.queue.pump();
    return result;
  }

  /** The audit's Upgrade: a job per file that replaces it once verified and filed (upgrade-files.ts). */
  upgrade(downloadIds: readonly number[], problems: UpgradeDeps['problems']): EnqueueManyResult {
    const { db, profiles } = this.deps;
    const insert: InsertJob = (...args) => this.insertJob(...args);
    const { rows, result } = upgradeFiles({ sqlite: db.$client, profiles, insert, problems }, downloadIds);
    this.announce(rows.map(toDownloadJob));
    this.queue.pump();
    return result;
  }

  /** One page of the Activity list, with its total and every tab's count. */
  window(request: JobWindowRequest): JobWindow {
    return this.windowQuery.window(request);
  }

  counts(): JobFilterCounts {
    return this.windowQuery.counts();
  }

  activeCounts(): ActiveJobCounts {
    return this.windowQuery.activeCounts();
  }

  /** The title page's jobs: its newest ones (a title rarely has more than a few). */
  forMedia(mediaId: number): DownloadJob[] {
    return this.windowQuery.forMedia(mediaId, titleJobsLimit);
  }

  /** Why the job's video was chosen; null for jobs queued before this was recorded. */
  choice(jobId: number): JobChoice | null {
    return readChoice(this.store.getRow(jobId));
  }

  progress(): JobProgress[] {
    return this.queue.progress.snapshot();
  }

  async cancel(jobId: number): Promise<DownloadJob> {
    const row = this.store.getRow(jobId);
    if (await this.queue.stop(jobId, 'cancelled')) return this.store.get(jobId);
    if (row.status !== 'queued' && row.status !== 'paused') throw conflict(row, 'cancelled');
    await removeJobDir(jobPaths(row.temp_dir));
    return this.changed(this.store.transition(jobId, 'cancelled', { finishedAt: this.store.timestamp() }));
  }

  async pause(jobId: number): Promise<DownloadJob> {
    const row = this.store.getRow(jobId);
    // A job converting is held with its download kept; one already filing completes first.
    if (await this.queue.stop(jobId, 'paused')) return this.store.get(jobId);
    if (row.status !== 'queued') throw conflict(row, 'paused');
    return this.changed(this.store.transition(jobId, 'paused', { nextAttemptAt: null }));
  }

  resume(jobId: number): DownloadJob {
    const row = this.store.getRow(jobId);
    if (row.status !== 'paused') throw conflict(row, 'resumed');
    const job = this.changed(this.store.transition(jobId, 'queued'));
    this.queue.pump();
    return job;
  }

  retry(jobId: number): DownloadJob {
    const row = this.store.getRow(jobId);
    if (row.status !== 'failed' && row.status !== 'cancelled') throw conflict(row, 'retried');
    let next: JobRow;
    try {
      next = this.store.transition(jobId, 'queued', {
        attempts: 0,
        maxAttempts: this.settingsStore.get().maxAttempts,
        errorCode: null,
        errorMessage: null,
        errorHint: null,
        finishedAt: null,
        nextAttemptAt: null,
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError(
          'ALREADY_QUEUED',
          'This title already has a download for that profile in the queue.',
        );
      }
      throw error;
    }
    const job = this.changed(next);
    this.queue.pump();
    return job;
  }

  async pauseAll(): Promise<DownloadSettings> {
    const settings = this.updateSettings({ allPaused: true });
    await this.queue.stopAll();
    return settings;
  }

  resumeAll(): DownloadSettings {
    return this.updateSettings({ allPaused: false });
  }

  getSettings(): DownloadSettings {
    return this.settingsStore.get();
  }

  updateSettings(patch: Partial<DownloadSettings>): DownloadSettings {
    const settings = this.settingsStore.update(patch);
    this.deps.events.emit('downloads:settingsChanged', settings);
    this.queue.pump();
    return settings;
  }

  /** Stops the running downloads of a library folder's titles before the folder is removed. */
  async stopJobsOfRoot(rootId: number): Promise<void> {
    const ids = this.deps.db.$client
      .prepare(
        `SELECT j.id FROM download_job j JOIN media m ON m.id = j.media_id
         WHERE m.root_id = ? AND j.status IN ('downloading', 'processing')`,
      )
      .pluck()
      .all(rootId) as number[];
    await Promise.all(ids.map((id) => this.queue.stop(id, 'cancelled')));
  }

  async close(): Promise<void> {
    await this.queue.close();
  }

  private insertJob(
    mediaId: number,
    profile: TrailerProfile,
    source: ReturnType<typeof parseTrailerSource>,
    choice: NewJobChoice,
    emit = true,
    slot?: VideoSlot,
    replacesDownloadId?: number,
    processingOverride?: ProcessingSettings,
  ): JobRow {
    const row = this.store.insert({
      ...(slot ? { slot } : {}),
      ...(replacesDownloadId === undefined ? {} : { replacesDownloadId }),
      ...(processingOverride === undefined ? {} : { processingOverride }),
      mediaId,
      profileId: profile.id,
      profileName: profile.name,
      sourceUrl: source.url,
      videoId: source.videoId,
      site: source.site,
      maxAttempts: this.settingsStore.get().maxAttempts,
      choice,
      tempDirFor: (id) => join(this.deps.jobsDir, jobDirName(id)),
    });
    if (emit) this.announce([toDownloadJob(row)]);
    return row;
  }

  private requireMedia(mediaId: number): void {
    const found = this.mediaExists.get(mediaId);
    if (found === undefined) throw new AppError('NOT_FOUND', `There is no title ${mediaId} in the library.`);
  }

  private rootIdsOf(mediaIds: number[]): number[] {
    const rootOf = this.deps.db.$client.prepare('SELECT root_id FROM media WHERE id = ?').pluck();
    return [
      ...new Set(mediaIds.map((id) => rootOf.get(id)).filter((id): id is number => typeof id === 'number')),
    ];
  }

  private changed(row: JobRow): DownloadJob {
    const job = toDownloadJob(row);
    this.announce([job]);
    return job;
  }

  /**
   * Tells every reader which jobs changed and the counts after the change, a batch at a time: the
   * ids and states only, so an event stays a few kilobytes however many jobs a bulk run queued.
   */
  private announce(jobs: readonly Pick<DownloadJob, 'id' | 'mediaId' | 'status'>[]): void {
    if (jobs.length === 0) return;
    const { counts, active } = this.windowQuery.bothCounts();
    for (let at = 0; at < jobs.length; at += changedBatch) {
      const changes: JobChange[] = jobs
        .slice(at, at + changedBatch)
        .map(({ id, mediaId, status }) => ({ id, mediaId, status }));
      this.deps.events.emit('downloads:changed', { changes, counts, active });
    }
  }
}

function conflict(row: JobRow, verb: string): AppError {
  const why =
    row.status === 'processing'
      ? 'it is being checked and filed; it will be done in a moment.'
      : `it is ${row.status}.`;
  return new AppError('JOB_STATE_CONFLICT', `This download cannot be ${verb}: ${why}`);
}
