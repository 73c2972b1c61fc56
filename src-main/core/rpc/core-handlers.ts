// Every procedure of the contract, bound to the services that carry it out. The contract's types
// make a missing or misnamed handler a compile error.
import { AppError } from '../errors';
import { parseSlotKey } from '../../../src-preload/contract/video-kinds';
import type { CoreOptions } from '../create-core';
import type { ConnectionService } from '../connections/connection-service';
import type { ServerLibraries, ServerLibrariesInput } from '../../../src-preload/contract/connections';
import type { DiagnosticsService } from '../diagnostics/diagnostics-service';
import type { DiscoveryService } from '../discovery/discovery-service';
import type { DownloadService } from '../downloads/download-service';
import { deleteTrailerFile, setTrailerSource } from '../downloads/trailer-actions';
import type { AppDatabase } from '../db/open-database';
import type { EventBus } from '../event-bus';
import type { LibraryServiceApi } from '../library/library-service-api';
import type { AppLog } from '../logging/app-log';
import type { ProfileService } from '../profiles/profile-service';
import type { NamingSettingsStore } from '../naming/naming-settings';
import { namingExamples } from '../naming/naming-examples';
import type { ToolsService } from '../tools/tools-service';
import { createArrHandlers } from '../connections/arr/arr-handlers';
import type { ArrServiceApi } from '../connections/arr/arr-service-api';
import type { Handlers } from './dispatch';
import { AuditStore } from '../audit/audit-store';

export interface CoreServices {
  options: CoreOptions;
  db: AppDatabase;
  events: EventBus;
  library: LibraryServiceApi;
  profiles: ProfileService;
  downloads: DownloadService;
  discovery: DiscoveryService;
  toolsService: ToolsService;
  diagnostics: DiagnosticsService;
  log: AppLog;
  connections: ConnectionService;
  arr: ArrServiceApi;
  /** The naming preset (Settings → Naming). */
  naming: NamingSettingsStore;
  /** Plex/Jellyfin/Emby libraries and mapping suggestions (servers/server-libraries.ts). */
  serverLibraries(input: ServerLibrariesInput): Promise<ServerLibraries>;
}

export function createHandlers(services: CoreServices): Handlers {
  const {
    options,
    db,
    events,
    library,
    profiles,
    downloads,
    discovery,
    toolsService,
    diagnostics,
    log,
    connections,
    serverLibraries,
    naming,
  } = services;
  const trailerActions = {
    db,
    events,
    getMedia: (id: number) => library.getMedia(id),
    listTrailers: (id: number) => library.listTrailers(id),
  };

  const audit = new AuditStore(db.$client, () => profiles.list());

  return {
    'app:info': () => ({
      version: options.version,
      nativeFolderPicker: Boolean(options.pickFolder),
      dataDir: options.dataDir,
      firstRunPending: diagnostics.firstRunPending(),
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
    'library:window': (query) => library.windowMedia(query),
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
    // The schema let through only a slot key that parses.
    'downloads:enqueue': ({ slot, ...input }) =>
      downloads.enqueue({
        ...input,
        slot: slot === undefined ? undefined : (parseSlotKey(slot) ?? undefined),
      }),
    'downloads:enqueueMany': ({ mediaIds, matching, profileId }) =>
      downloads.enqueueMany({
        mediaIds: matching ? library.selectedIds(matching) : (mediaIds ?? []),
        ...(profileId === undefined ? {} : { profileId }),
      }),
    'downloads:window': (input) => downloads.window(input),
    'downloads:counts': () => downloads.counts(),
    'downloads:activeCounts': () => downloads.activeCounts(),
    'downloads:forMedia': ({ mediaId }) => downloads.forMedia(mediaId),
    'downloads:choice': ({ jobId }) => downloads.choice(jobId),
    'downloads:progress': () => downloads.progress(),
    'downloads:cancel': ({ jobId }) => downloads.cancel(jobId),
    'downloads:pause': ({ jobId }) => downloads.pause(jobId),
    'downloads:resume': ({ jobId }) => downloads.resume(jobId),
    'downloads:retry': ({ jobId }) => downloads.retry(jobId),
    'downloads:pauseAll': () => downloads.pauseAll(),
    'downloads:resumeAll': () => downloads.resumeAll(),
    'downloads:getSettings': () => downloads.getSettings(),
    'downloads:updateSettings': (patch) => downloads.updateSettings(patch),
    'naming:getSettings': () => naming.get(),
    'naming:updateSettings': (patch) => naming.update(patch),
    'naming:preview': ({ preset, profileId }) => {
      const profile =
        profileId === undefined ? profiles.list().find((p) => p.isDefault) : profiles.get(profileId);
      if (!profile) throw new AppError('NOT_FOUND', 'There is no default trailer profile.');
      return namingExamples(preset, profile);
    },
    'discovery:findTrailer': ({ mediaId, profileId, slot }) =>
      discovery.findTrailer(mediaId, profileId, slot),
    'discovery:pick': (input) => discovery.pick(input),
    'discovery:reject': ({ mediaId, key }) => {
      discovery.reject(mediaId, key);
      return { rejected: true as const };
    },
    'discovery:downloadMissing': (input) =>
      discovery.downloadMissing(
        input?.matching
          ? {
              mediaIds: library.selectedIds(input.matching),
              ...(input.profileId === undefined ? {} : { profileId: input.profileId }),
            }
          : input,
      ),
    'discovery:missingCount': (input) => discovery.missingCount(input),
    'discovery:run': () => discovery.run(),
    'discovery:needsChoiceWindow': (input) => discovery.needsChoiceWindow(input),
    'discovery:getSettings': () => discovery.settings(),
    'discovery:updateSettings': (patch) => discovery.updateSettings(patch),
    'discovery:youtubeLane': () => discovery.youtubeLane(),
    'discovery:resumeYoutube': () => discovery.resumeYoutube(),
    'tools:status': () => toolsService.status(),
    'tools:updateSettings': (patch) => toolsService.updateSettings(patch),
    'tools:installYtdlp': () => toolsService.installYtdlp(),
    'tools:checkYtdlpUpdate': () => toolsService.checkYtdlpUpdate(),
    'diagnostics:run': () => diagnostics.run(),
    'diagnostics:report': async () => ({ text: await diagnostics.reportText() }),
    'diagnostics:dismissFirstRun': () => {
      diagnostics.dismissFirstRun();
      return { dismissed: true as const };
    },
    'logs:list': (query) => log.list(query ?? {}),
    'audit:counts': () => audit.counts(),
    'audit:window': (query) => audit.window(query),
    'audit:upgrade': ({ downloadIds, problem }) =>
      downloads.upgrade(downloadIds ?? audit.ids(problem ?? null), audit.problemReader()),
    'connections:list': () => connections.list(),
    'connections:add': (fields) => connections.add(fields),
    'connections:update': ({ id, patch }) => connections.update(id, patch),
    'connections:remove': ({ id }) => {
      connections.remove(id);
      return { removed: true as const };
    },
    'connections:test': (input) => connections.test(input),
    ...createArrHandlers(services.arr),
    'connections:serverLibraries': (input) => serverLibraries(input),
  };
}
