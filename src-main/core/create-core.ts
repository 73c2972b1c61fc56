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

export interface CoreOptions {
  dataDir: string;
  migrationsFolder: string;
  ffprobePath: string;
  version: string;
  /** The native folder dialog, when the shell has one (Electron). */
  pickFolder?: () => Promise<string | null>;
  onInternalError?: (name: string, error: unknown) => void;
}

export interface Core {
  db: AppDatabase;
  events: EventBus;
  library: LibraryServiceApi;
  profiles: ProfileService;
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

  const handlers: Handlers = {
    'app:info': () => ({
      version: options.version,
      nativeFolderPicker: Boolean(options.pickFolder),
      dataDir: options.dataDir,
    }),
    'library:listRoots': () => library.listRoots(),
    'library:addRoot': ({ path, kind }) => library.addRoot(path, kind),
    'library:removeRoot': ({ rootId }) => {
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
  };

  return {
    db,
    events,
    library,
    profiles,
    dispatch: createDispatch(handlers, { onInternalError: options.onInternalError }),
    async close() {
      await library.close();
      db.$client.close();
    },
  };
}
