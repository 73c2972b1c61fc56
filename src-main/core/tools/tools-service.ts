// Which yt-dlp, ffmpeg and ffprobe the app runs, found in this order: the path set in Settings (or
// on the command line), the managed copy in the data folder (yt-dlp), the system PATH, and for
// ffprobe the copy bundled with the app. Each is asked for its version, so "found" means "runs".
import { join } from 'node:path';
import { z } from 'zod';
import {
  toolNames,
  ytdlpChannels,
  type ToolInfo,
  type ToolName,
  type ToolSource,
  type ToolsSettings,
  type ToolsStatus,
} from '../../../src-preload/contract/tools';
import { AppError, messageOf } from '../errors';
import type { EventBus } from '../event-bus';
import { runProcess as defaultRunProcess, type RunProcess } from '../process/run-process';
import type { SettingStore } from '../settings/setting-store';
import { findOnPath, isExecutableFile } from './find-executable';
import { toolLabel, toolVersion } from './tool-version';
import { InstallFailed, installYtdlp, releaseDiffers, type InstallOptions } from './ytdlp-installer';
import { managedFileName, officialReleaseUrls } from './ytdlp-release';
import { ytdlpAgeDays } from './ytdlp-age';

export interface ToolsServiceDeps {
  settings: SettingStore;
  events: EventBus;
  /** The data folder: the managed yt-dlp lives in its tools/ folder. */
  dataDir: string;
  bundledFfprobe: string;
  /** A yt-dlp given on the command line (headless --yt-dlp) wins over everything. */
  ytdlpOverride?: string;
  runProcess?: RunProcess;
  fetch?: typeof fetch;
  now?: () => Date;
}

const defaults: ToolsSettings = {
  paths: { ytdlp: null, ffmpeg: null, ffprobe: null },
  ytdlpChannel: 'stable',
  checkAtStartup: false,
  releaseBaseUrl: null,
};

const storedSchema = z
  .object({
    paths: z.object({
      ytdlp: z.string().nullable(),
      ffmpeg: z.string().nullable(),
      ffprobe: z.string().nullable(),
    }),
    ytdlpChannel: z.enum(ytdlpChannels),
    checkAtStartup: z.boolean(),
    releaseBaseUrl: z.string().nullable(),
  })
  .partial();

const programNames: Record<ToolName, string> = { ytdlp: 'yt-dlp', ffmpeg: 'ffmpeg', ffprobe: 'ffprobe' };

const notFoundFix: Record<ToolName, string> = {
  ytdlp:
    'Choose "Install yt-dlp" below to let Trailerdeck fetch the official build, install it with your package manager (for example "apt install yt-dlp"), or set its path.',
  ffmpeg:
    'Install ffmpeg (for example "apt install ffmpeg", "brew install ffmpeg", or a build from ffmpeg.org) or set its path. Without it trailers are saved as single files, without merging or converting.',
  ffprobe: 'Install ffmpeg, which includes ffprobe, or set its path.',
};

/** How to replace an outdated yt-dlp, by where it was found. */
const outdatedYtdlpFix: Record<ToolSource, string> = {
  managed: 'Choose Update yt-dlp.',
  system:
    "Choose Install yt-dlp: Trailerdeck keeps its own copy, which it uses before the system's and can update.",
  bundled: 'Choose Install yt-dlp.',
  settings:
    'Update the copy at the path set in Settings → Tools, or clear that path and choose Install yt-dlp.',
};

export class ToolsService {
  private resolved: ToolInfo[] = [];
  private installing = false;
  /** The refresh in progress: the next one waits for it (see refresh). */
  private refreshing: Promise<unknown> = Promise.resolve();
  private update: { updateAvailable: boolean; checkedAt: string | null } = {
    updateAvailable: false,
    checkedAt: null,
  };
  private readonly run: RunProcess;

  constructor(private readonly deps: ToolsServiceDeps) {
    this.run = deps.runProcess ?? defaultRunProcess;
  }

  get managedPath(): string {
    return join(this.deps.dataDir, 'tools', managedFileName());
  }

  settings(): ToolsSettings {
    const stored = this.deps.settings.read('tools', storedSchema, {});
    return { ...defaults, ...stored, paths: { ...defaults.paths, ...stored.paths } };
  }

  /** The path to run for a tool, as last resolved (before the first refresh: the best guess). */
  path(tool: ToolName): string | null {
    const known = this.resolved.find((info) => info.name === tool);
    if (known) return known.version ? known.path : null;
    return this.locate(tool).path;
  }

  /** True once a refresh showed ffmpeg missing or broken. */
  ffmpegMissing(): boolean {
    const ffmpeg = this.resolved.find((info) => info.name === 'ffmpeg');
    return ffmpeg !== undefined && ffmpeg.version === null;
  }

  async refresh(): Promise<ToolsStatus> {
    // One refresh at a time, in the order asked: a slow one started before an install (the probe at
    // start-up) must never finish last and put back the tools it saw then.
    const inspected = this.refreshing.then(() => Promise.all(toolNames.map((tool) => this.inspect(tool))));
    this.refreshing = inspected.catch(() => undefined);
    this.resolved = await inspected;
    const status = this.status();
    this.deps.events.emit('tools:changed', status);
    return status;
  }

  status(): ToolsStatus {
    const managed = this.resolved.find((info) => info.name === 'ytdlp' && info.source === 'managed');
    return {
      tools: this.resolved,
      settings: this.settings(),
      managedYtdlp: {
        path: this.managedPath,
        version: managed?.version ?? null,
        updateAvailable: this.update.updateAvailable,
        checkedAt: this.update.checkedAt,
      },
      ffmpegMissing: this.ffmpegMissing(),
      installing: this.installing,
    };
  }

  async updateSettings(patch: {
    path?: { tool: ToolName; value: string | null };
    ytdlpChannel?: ToolsSettings['ytdlpChannel'];
    checkAtStartup?: boolean;
    releaseBaseUrl?: string | null;
  }): Promise<ToolsStatus> {
    const { path, ...rest } = patch;
    const current = this.settings();
    const paths = path ? { ...current.paths, [path.tool]: path.value } : current.paths;
    this.deps.settings.merge('tools', current, { ...rest, paths });
    return this.refresh();
  }

  async installYtdlp(onProgress?: InstallOptions['onProgress']): Promise<ToolsStatus> {
    if (this.installing) throw new AppError('JOB_STATE_CONFLICT', 'yt-dlp is already being installed.');
    this.installing = true;
    this.deps.events.emit('tools:changed', this.status());
    try {
      await installYtdlp({
        ...this.installOptions(),
        onProgress: (progress) => {
          this.deps.events.emit('tools:installProgress', progress);
          onProgress?.(progress);
        },
      });
      this.update = { updateAvailable: false, checkedAt: this.timestamp() };
    } catch (error) {
      // Every window was told an install started: each must hear that it ended, and why, or it
      // keeps showing "Starting the download…" with Update disabled.
      this.installing = false;
      const failure =
        error instanceof InstallFailed
          ? new AppError('FILE_OPERATION_FAILED', error.message, { cause: error })
          : error;
      this.deps.events.emit('tools:installProgress', {
        receivedBytes: 0,
        totalBytes: null,
        phase: 'failed',
        message: messageOf(failure),
      });
      this.deps.events.emit('tools:changed', this.status());
      throw failure;
    }
    this.installing = false;
    return this.refresh();
  }

  async checkYtdlpUpdate(): Promise<ToolsStatus> {
    if (!isExecutableFile(this.managedPath)) {
      this.update = { updateAvailable: true, checkedAt: this.timestamp() };
      return this.status();
    }
    try {
      const differs = await releaseDiffers(this.installOptions(), this.managedPath);
      this.update = { updateAvailable: differs, checkedAt: this.timestamp() };
    } catch (error) {
      throw new AppError('FILE_OPERATION_FAILED', `Could not check for a newer yt-dlp: ${messageOf(error)}`, {
        cause: error,
      });
    }
    const status = this.status();
    this.deps.events.emit('tools:changed', status);
    return status;
  }

  /** Start-up: find the tools, and look for a newer yt-dlp when the person asked for that. */
  async start(): Promise<void> {
    await this.refresh();
    if (this.settings().checkAtStartup) await this.checkYtdlpUpdate().catch(() => undefined);
  }

  private installOptions(): InstallOptions {
    const settings = this.settings();
    return {
      baseUrl: settings.releaseBaseUrl ?? officialReleaseUrls[settings.ytdlpChannel],
      managedDir: join(this.deps.dataDir, 'tools'),
      runProcess: this.run,
      fetch: this.deps.fetch,
    };
  }

  private locate(tool: ToolName): { path: string | null; source: ToolSource | null } {
    const set =
      tool === 'ytdlp'
        ? (this.deps.ytdlpOverride ?? this.settings().paths.ytdlp)
        : this.settings().paths[tool];
    if (set) return { path: set, source: 'settings' };
    if (tool === 'ytdlp' && isExecutableFile(this.managedPath))
      return { path: this.managedPath, source: 'managed' };
    const system = findOnPath(programNames[tool]);
    if (system) return { path: system, source: 'system' };
    if (tool === 'ffprobe') return { path: this.deps.bundledFfprobe, source: 'bundled' };
    return { path: null, source: null };
  }

  private async inspect(tool: ToolName): Promise<ToolInfo> {
    const { path, source } = this.locate(tool);
    const base = { name: tool, label: toolLabel(tool), path, source };
    if (!path) {
      return {
        ...base,
        version: null,
        problem: `${toolLabel(tool)} was not found.`,
        outdated: null,
        fix: notFoundFix[tool],
      };
    }
    const { version, problem } = await toolVersion(tool, path, this.run);
    if (version) {
      const days = tool === 'ytdlp' ? ytdlpAgeDays(version, this.deps.now?.() ?? new Date()) : null;
      if (days === null) return { ...base, version, problem: null, outdated: null, fix: null };
      return {
        ...base,
        version,
        problem: null,
        outdated: `yt-dlp ${version} is ${days.toLocaleString('en')} days old. YouTube changes often, and a yt-dlp this old often fails to find or download videos.`,
        fix: outdatedYtdlpFix[source ?? 'system'],
      };
    }
    const fix =
      source === 'settings'
        ? `Check the path set in Settings → Tools, or clear it to let Trailerdeck look for ${toolLabel(tool)}.`
        : notFoundFix[tool];
    return { ...base, version: null, problem, outdated: null, fix };
  }

  private timestamp(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
