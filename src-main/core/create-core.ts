import { join } from 'node:path';
import { databaseFiles, openDatabase, type AppDatabase } from './db/open-database';
import { describeTightened, prepareDataFolder, restrictToOwner } from './files/data-folder';
import { EventBus } from './event-bus';
import { createDispatch, type Dispatch } from './rpc/dispatch';
import { createHandlers } from './rpc/core-handlers';
import { LibraryService } from './library/library-service';
import { FolderReader } from './library/scan-worker-client';
import { createProbe } from './probe/probe-file';
import type { LibraryServiceApi } from './library/library-service-api';
import { ProfileService } from './profiles/profile-service';
import { DownloadService } from './downloads/download-service';
import type { QueueOptions } from './downloads/download-queue';
import { SettingStore } from './settings/setting-store';
import { NamingSettingsStore } from './naming/naming-settings';
import { DiscoverySettingsStore } from './discovery/discovery-settings';
import { YoutubePacer } from './discovery/youtube-pacer';
import { DiscoveryService } from './discovery/discovery-service';
import { DiscoveryStore } from './discovery/discovery-store';
import { createReadableEnd, type ReadableEnd } from './downloads/verify-trailer';
import { AppLog } from './logging/app-log';
import { HardwareEncoderDetector } from './processing/hardware-encoders';
import { logCoreEvents, logProcessFailures } from './logging/log-core-events';
import { ToolsService } from './tools/tools-service';
import { DiagnosticsService } from './diagnostics/diagnostics-service';
import type { ProbeFile } from './probe/types';
import { messageOf } from './errors';
import { ArrService } from './connections/arr/arr-service';
import { createArrClient } from './connections/arr/arr-client';
import { createArrWebhook, type WebhookAnswer } from './connections/arr/arr-webhook';
import { folderToRescan } from './connections/arr/folder-to-rescan';
import { ConnectionStore } from './connections/connection-store';
import { ConnectionService } from './connections/connection-service';
import type { AdapterFactories } from './connections/adapter-registry';
import { createMediaServerClient } from './connections/servers/media-server-client';
import { MediaServerRefresher } from './connections/servers/media-server-refresher';
import { serverLibraries } from './connections/servers/server-libraries';
import { PlexTrailerCheck } from './connections/servers/plex-trailer-check';

export interface CoreOptions {
  dataDir: string;
  migrationsFolder: string;
  ffprobePath: string;
  version: string;
  /** yt-dlp: a full path, or a name looked up on PATH (default "yt-dlp"). */
  ytdlpPath?: string;
  /** Passed to yt-dlp as --ffmpeg-location when known; else yt-dlp looks on PATH. */
  ffmpegLocation?: string;
  /** For TMDB; tests may pass their own. */
  fetch?: typeof fetch;
  /** Queue timings (tests shorten the retry backoff). */
  downloadQueue?: Partial<Omit<QueueOptions, 'holder'>>;
  /** The native folder dialog, when the shell has one (Electron). */
  pickFolder?: () => Promise<string | null>;
  onInternalError?: (name: string, error: unknown) => void;
  /** How long filed trailers are gathered before media servers are told (default 2 s; tests shorten it). */
  mediaServerBatchMs?: number;
}

export interface Core {
  db: AppDatabase;
  events: EventBus;
  library: LibraryServiceApi;
  profiles: ProfileService;
  downloads: DownloadService;
  discovery: DiscoveryService;
  tools: ToolsService;
  connections: ConnectionService;
  /** Radarr/Sonarr: sync, not-on-disk titles, webhooks. */
  arr: ArrService;
  /** Radarr/Sonarr webhooks, for the headless server. */
  arrWebhook(connectionId: string, authorization: string | undefined, body: string): Promise<WebhookAnswer>;
  log: AppLog;
  /** Settles once interrupted downloads are taken back and the queue runs. */
  ready: Promise<void>;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** The composition root of the Electron-free app: one per process, shared by every transport. */
export function createCore(options: CoreOptions): Core {
  // Owner-only before anything is written into it: the database holds keys and cookie settings.
  const tightened = prepareDataFolder(options.dataDir);
  const dbFile = join(options.dataDir, 'trailerdeck.db');
  for (const file of databaseFiles(dbFile)) {
    const changed = restrictToOwner(file);
    if (changed) tightened.push(changed);
  }
  const db = openDatabase(dbFile, options.migrationsFolder);
  const events = new EventBus();
  // The settings holding secrets are read after the log exists; until then there are none to hide.
  let secretValues = (): (string | null)[] => [];
  const log = new AppLog({
    dir: join(options.dataDir, 'logs'),
    onAppended: (entries) => events.emit('logs:appended', { entries }),
    secrets: () => secretValues(),
  });
  for (const change of [...tightened, ...log.tightened]) log.warn('security', describeTightened(change));
  const stopLogging = [logProcessFailures(log), logCoreEvents(log, events)];
  const settingStore = new SettingStore(db);
  const toolsService = new ToolsService({
    settings: settingStore,
    events,
    dataDir: options.dataDir,
    bundledFfprobe: options.ffprobePath,
    ytdlpOverride: options.ytdlpPath,
    fetch: options.fetch,
  });
  // The ffprobe found at the moment of each call, for analysing and for verifying alike: setting its
  // path in Settings applies at once.
  const ffprobePath = () => toolsService.path('ffprobe') ?? options.ffprobePath;
  const probe: ProbeFile = (path, signal) => createProbe({ ffprobePath: ffprobePath() })(path, signal);
  const readableEnd: ReadableEnd = (path, duration, signal) =>
    createReadableEnd({ ffprobePath: ffprobePath() })(path, duration, signal);
  // The scan's reader threads start with the app: the first scan after launch skips their start-up.
  const reader = new FolderReader({ startWarm: true });
  const library: LibraryServiceApi = new LibraryService({ db, events, probe, reader });
  const profiles = new ProfileService({ db, events });
  const discoverySettings = new DiscoverySettingsStore(settingStore);
  const naming = new NamingSettingsStore(settingStore);
  const connectionStore = new ConnectionStore(db);
  secretValues = () => {
    const { tmdbApiKey, cookiesFile } = discoverySettings.stored();
    return [tmdbApiKey, cookiesFile, ...connectionStore.secrets()];
  };
  const connections = new ConnectionService({
    store: connectionStore,
    events,
    factories: adapterFactories,
    fetch: options.fetch,
  });
  const arr = new ArrService({
    db,
    events,
    connections: connectionStore,
    createClient: adapterFactories.arr,
    fetch: options.fetch,
    onWarning: (message) => log.warn('connections', message),
  });
  // Media servers hear about filed, replaced and deleted trailers; their failures never reach a job.
  const serverRefresher = new MediaServerRefresher({
    db,
    events,
    connections: connectionStore,
    log,
    onConnectionsChanged: (ids) => events.emit('connections:changed', { ids }),
    fetch: options.fetch,
    batchWindowMs: options.mediaServerBatchMs,
  });
  const plexTrailers = new PlexTrailerCheck({ connections: connectionStore, log, fetch: options.fetch });
  const pacer = new YoutubePacer(
    () => downloads.getSettings().youtubePauseSeconds,
    (lane) => {
      discoverySettings.saveLane(lane);
      events.emit('discovery:youtubeLaneChanged', lane);
    },
    undefined,
    discoverySettings.lane(),
  );
  const tools = () => {
    const { cookiesFile, cookiesFromBrowser } = discoverySettings.stored();
    return {
      ytdlpPath: toolsService.path('ytdlp') ?? 'yt-dlp',
      ffmpegLocation: options.ffmpegLocation ?? toolsService.path('ffmpeg') ?? undefined,
      withoutFfmpeg: toolsService.ffmpegMissing(),
      cookiesFile: cookiesFile ?? undefined,
      cookiesFromBrowser: cookiesFromBrowser ?? undefined,
    };
  };
  const downloads: DownloadService = new DownloadService({
    db,
    events,
    probe,
    settings: settingStore,
    profiles,
    jobsDir: join(options.dataDir, 'downloads'),
    tools,
    pacer,
    queue: {
      ...options.downloadQueue,
      onInternalError: (error) => internalError('downloads:queue', error),
    },
    readableEnd,
    onWarning: (message) => log.warn('downloads', message),
    namingPreset: () => naming.get().preset,
    // Tried once per ffmpeg for the app's life: which hardware encoders really work here.
    encoders: new HardwareEncoderDetector({ log: (level, message) => log[level]('processing', message) }),
    log: (level, message) => log[level]('processing', message),
  });
  const discovery = new DiscoveryService({
    store: new DiscoveryStore(db),
    settings: discoverySettings,
    pacer,
    tools,
    events,
    downloads,
    profiles,
    fetch: options.fetch,
    plexHasTrailer: (folder, signal) => plexTrailers.hasTrailer(folder, signal),
  });
  const arrWebhook = createArrWebhook({
    arr,
    connections: connectionStore,
    rescanFolderOf: async (folder) => {
      const rootId = await folderToRescan(folder, library.listRoots());
      if (rootId === null) return false;
      library.rescan(rootId);
      await library.whenIdle();
      return true;
    },
    // One title, every enabled profile; a library run already going is not interrupted.
    queueTrailer: (mediaId) => {
      if (discovery.run().running) return false;
      discovery.downloadMissing({ mediaIds: [mediaId] });
      return true;
    },
    onWarning: (message) => log.warn('connections', message),
  });
  const diagnostics = new DiagnosticsService({
    version: options.version,
    dataDir: options.dataDir,
    tools: toolsService,
    settings: settingStore,
    listRoots: () => library.listRoots(),
    recentProblems: () => log.list({ level: 'warn', limit: 20 }),
    secretsSet: () => {
      const stored = discoverySettings.stored();
      return {
        'TMDB API key': stored.tmdbApiKey !== null,
        'Cookies file': stored.cookiesFile !== null,
        'Cookies from a browser': stored.cookiesFromBrowser !== null,
        ...Object.fromEntries(connections.list().map((c) => [`${c.name} API key`, c.hasApiKey])),
      };
    },
    secretValues: () => secretValues(),
  });
  // Tools first: the queue should know which yt-dlp and whether ffmpeg is there before it runs.
  const ready = toolsService
    .start()
    .catch((error: unknown) => internalError('tools:start', error))
    .then(() => downloads.start())
    .catch((error: unknown) => internalError('downloads:start', error))
    // Radarr/Sonarr after the queue: a sync never holds up interrupted downloads.
    .then(() => arr.start())
    .catch((error: unknown) => internalError('connections:start', error));
  function internalError(name: string, error: unknown): void {
    log.error(
      'internal',
      `${name} failed: ${messageOf(error)}`,
      error instanceof Error ? error.stack : undefined,
    );
    options.onInternalError?.(name, error);
  }
  const handlers = createHandlers({
    options,
    naming,
    db,
    events,
    library,
    profiles,
    downloads,
    discovery,
    toolsService,
    diagnostics,
    log,
    arr,
    connections,
    serverLibraries: (input) =>
      serverLibraries(
        { db, store: connectionStore, listRoots: () => library.listRoots(), fetch: options.fetch },
        input,
      ),
  });

  return {
    db,
    events,
    library,
    profiles,
    downloads,
    discovery,
    ready,
    tools: toolsService,
    connections,
    arr,
    arrWebhook,
    log,
    dispatch: createDispatch(handlers, { onInternalError: internalError }),
    async close() {
      await ready;
      await arr.close();
      await discovery.close();
      // Running downloads go back in the queue with their partial files, to resume at next start.
      await downloads.close();
      await library.close();
      await serverRefresher.close();
      for (const stop of stopLogging) stop();
      log.close();
      db.$client.close();
    },
  };
}

// One adapter per outside app, behind the two small client interfaces of connection-types.ts.
const adapterFactories: AdapterFactories = { arr: createArrClient, server: createMediaServerClient };
