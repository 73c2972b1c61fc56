// Shared by the Arr tests: a real library scanned from real folders on disk (real SQLite, real
// migrations), a real connection store, and the Arr service talking over loopback HTTP to the fake
// Radarr/Sonarr of e2e/support/arr-server.ts (the one part that cannot run here).
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArrSyncOptions, PathMapping } from '../../../../src-preload/contract/connections';
import { startArrServer, type ArrServer, type ArrServerOptions } from '../../../../e2e/support/arr-server';
import { openTestLibrary, type TestLibrary } from '../../library/test-helpers';
import { ConnectionStore } from '../connection-store';
import { createArrClient } from './arr-client';
import { ArrService } from './arr-service';

export interface ArrKit {
  lib: TestLibrary;
  server: ArrServer;
  store: ConnectionStore;
  arr: ArrService;
  connectionId: number;
  /** Runs a sync to its end and answers its summary. */
  sync(): Promise<NonNullable<ReturnType<ArrService['syncStatus']>[number]['last']>>;
  close(): Promise<void>;
}

/** Makes title folders (each with a movie file) under `root`, and returns their paths. */
export function makeTitleFolders(root: string, names: string[]): string[] {
  return names.map((name) => {
    const folder = join(root, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${basename(name)}.mkv`), '');
    return folder;
  });
}

export async function openArrKit(options: {
  server: ArrServerOptions;
  /** Folders under the library's temp dir to add as library roots (after creating title folders). */
  prepare?: (dir: string) => { root: string; kind: 'movies' | 'series' }[];
  mappings?: (dir: string) => PathMapping[];
  sync?: Partial<ArrSyncOptions>;
}): Promise<ArrKit> {
  const lib = openTestLibrary();
  for (const { root, kind } of options.prepare?.(lib.dir) ?? []) {
    await lib.service.addRoot(root, kind);
    await lib.service.whenIdle();
  }
  const server = await startArrServer(options.server);
  const store = new ConnectionStore(lib.db);
  const kind = options.server.app === 'radarr' ? 'radarr' : 'sonarr';
  const connection = store.add({
    kind,
    name: `My ${kind}`,
    url: server.url,
    urlBase: options.server.urlBase ?? '',
    apiKey: server.apiKey,
    enabled: true,
    pathMappings: options.mappings?.(lib.dir) ?? [],
    sync: { onlyMonitored: false, onlyWithFile: false, syncIntervalHours: 0, ...options.sync },
  });
  const arr = new ArrService({
    db: lib.db,
    events: lib.events,
    connections: store,
    createClient: createArrClient,
  });
  return {
    lib,
    server,
    store,
    arr,
    connectionId: connection.id,
    async sync() {
      arr.startSync(connection.id);
      await arr.settled(connection.id);
      const last = arr.syncStatus().find((s) => s.connectionId === connection.id)?.last;
      if (!last) throw new Error('the sync left no summary');
      return last;
    },
    async close() {
      await arr.close();
      await server.close();
      await lib.close();
    },
  };
}
