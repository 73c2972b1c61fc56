import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { openDatabase, type AppDatabase } from './db/open-database';
import { EventBus } from './event-bus';
import { AppError } from './errors';
import { createDispatch, type Dispatch, type Handlers } from './rpc/dispatch';
import { LibraryService } from './library/library-service';
import { createProbe } from './probe/probe-file';
import type { LibraryServiceApi } from './library/library-service-api';
import { ProfileService } from './profiles/profile-service';
import { DownloadService } from './downloads/download-service';
import type { QueueOptions } from './downloads/download-queue';
import { deleteTrailerFile, setTrailerSource } from './downloads/trailer-actions';
import { SettingStore } from './settings/setting-store';
import { DiscoverySettingsStore } from './discovery/discovery-settings';
import { YoutubePacer } from './discovery/youtube-pacer';
import { DiscoveryService } from './discovery/discovery-service';
import { DiscoveryStore } from './discovery/discovery-store';
import { createReadableEnd } from './downloads/verify-trailer';

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
}

export interface Core {
  db: AppDatabase;
  events: EventBus;
  library: LibraryServiceApi;
  profiles: ProfileService;
  downloads: DownloadService;
  discovery: DiscoveryService;
  /** Settles once interrupted downloads are taken back and the queue runs. */
  ready: Promise<void>;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** The composition root of the Electron-free app: one per process, shared by every transport. */
export function createCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, 'trailerdeck.db'), options.migrationsFolder);
  const events = new EventBus();
  const probe = createProbe({ ffprobePath: options.ffprobePath });
  const library: LibraryServiceApi = new LibraryService({ db, events, probe });
  const profiles = new ProfileService({ db, events });
  const settingStore = new SettingStore(db);
  const discoverySettings = new DiscoverySettingsStore(settingStore);
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
      ytdlpPath: options.ytdlpPath ?? 'yt-dlp',
      ffmpegLocation: options.ffmpegLocation,
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
      onInternalError: (error) => options.onInternalError?.('downloads:queue', error),
    },
    readableEnd: createReadableEnd({ ffprobePath: options.ffprobePath }),
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
  });
  const ready = downloads
    .start()
    .catch((error: unknown) => options.onInternalError?.('downloads:start', error));
  const trailerActions = {
    db,
    events,
    getMedia: (id: number) => library.getMedia(id),
    listTrailers: (id: number) => library.listTrailers(id),
  };

  const handlers: Handlers = {
    'app:info': () => ({
      version: options.version,
      nativeFolderPicker: Boolean(options.pickFolder),
      dataDir: options.dataDir,
    }),
    'library:listRoots': () => library.listRoots(),
    'library:addRoot': ({ path, kind }) => library.addRoot(path, kind),
    'library:removeRoot': async ({ rootId }) => {
      await downloads.stopJobsOfRoot(rootId);
      library.removeRoot(rootId);
      return { removed: true as const };
    },
    'library:setRootKind': ({ rootId, kind }) => library.setRootKind(rootId, kind),
    'library:rescan': (input) => ({ queued: library.rescan(input?.rootId) }),
    'library:scanStatus': () => library.scanStatus(),
    'library:list': () => library.listMedia(),
    'media:get': ({ mediaId }) => library.getMedia(mediaId),
    'media:trailers': ({ mediaId }) => library.listTrailers(mediaId),
    'fs:listFolders': ({ path }) => library.listFolders(path),
    'dialog:pickFolder': async () => {
      if (!options.pickFolder) {
        throw new AppError('UNSUPPORTED', 'This window has no native folder dialog; use the folder browser.');
      }
      return { path: await options.pickFolder() };
    },
    'profiles:list': () => profiles.list(),
    'profiles:create': (input) => profiles.create(input),
    'profiles:update': ({ id, ...patch }) => profiles.update(id, patch),
    'profiles:duplicate': ({ id }) => profiles.duplicate(id),
    'profiles:delete': ({ id }) => {
      profiles.delete(id);
      return { deleted: true as const };
    },
    'profiles:setDefault': ({ id }) => profiles.setDefault(id),
    'media:setTrailerSource': ({ mediaId, source }) => setTrailerSource(trailerActions, mediaId, source),
    'media:deleteTrailer': ({ downloadId }) => deleteTrailerFile(trailerActions, downloadId),
    'downloads:enqueue': (input) => downloads.enqueue(input),
    'downloads:enqueueMany': (input) => downloads.enqueueMany(input),
    'downloads:list': (input) => downloads.list(input),
    'downloads:progress': () => downloads.progress(),
    'downloads:cancel': ({ jobId }) => downloads.cancel(jobId),
    'downloads:pause': ({ jobId }) => downloads.pause(jobId),
    'downloads:resume': ({ jobId }) => downloads.resume(jobId),
    'downloads:retry': ({ jobId }) => downloads.retry(jobId),
    'downloads:pauseAll': () => downloads.pauseAll(),
    'downloads:resumeAll': () => downloads.resumeAll(),
    'downloads:getSettings': () => downloads.getSettings(),
    'downloads:updateSettings': (patch) => downloads.updateSettings(patch),
    'discovery:findTrailer': ({ mediaId, profileId }) => discovery.findTrailer(mediaId, profileId),
    'discovery:reject': ({ mediaId, key }) => {
      discovery.reject(mediaId, key);
      return { rejected: true as const };
    },
    'discovery:downloadMissing': (input) => discovery.downloadMissing(input),
    'discovery:run': () => discovery.run(),
    'discovery:needsChoice': () => discovery.needsChoice(),
    'discovery:getSettings': () => discovery.settings(),
    'discovery:updateSettings': (patch) => discovery.updateSettings(patch),
    'discovery:youtubeLane': () => discovery.youtubeLane(),
    'discovery:resumeYoutube': () => discovery.resumeYoutube(),
  };

  return {
    db,
    events,
    library,
    profiles,
    downloads,
    discovery,
    ready,
    dispatch: createDispatch(handlers, { onInternalError: options.onInternalError }),
    async close() {
      await ready;
      await discovery.close();
      // Running downloads go back in the queue with their partial files, to resume at next start.
      await downloads.close();
      await library.close();
      db.$client.close();
    },
  };
}
