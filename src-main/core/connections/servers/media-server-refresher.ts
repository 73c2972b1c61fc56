// After a trailer is filed, replaced or deleted (`media:trailersChanged`), asks each enabled media
// server to look again at those titles' folders, and only at them. Titles finishing close together
// are gathered for a short window and sent as one batch: one "media updated" call per Jellyfin/Emby,
// one partial scan per title folder for Plex, never two for one title. A failure is logged and
// saved on the connection (its "last error"); it never reaches the download that caused it.
import { inArray } from 'drizzle-orm';
import {
  connectionKindLabels,
  mediaServerKinds,
  type Connection,
  type MediaServerKind,
  type MediaServerRefresh,
  type PathMapping,
} from '../../../../src-preload/contract/connections';
import type { AppDatabase } from '../../db/open-database';
import { media } from '../../db/schema';
import { messageOf } from '../../errors';
import type { EventBus } from '../../event-bus';
import type { ConnectionTarget } from '../connection-types';
import { toRemotePath } from '../path-mapping';
import { createMediaServerClient } from './media-server-client';
import { folderHolds, outsideLibraries } from './server-paths';

/** The part of the connection store the refresher needs. */
export interface RefresherConnections {
  list(): Connection[];
  /** The only reader of the key. */
  target(id: number): ConnectionTarget & { pathMappings: PathMapping[] };
  saveError(id: number, message: string | null): void;
  saveRefresh(id: number, refresh: MediaServerRefresh): void;
}

export interface RefresherLog {
  info(source: string, message: string): void;
  warn(source: string, message: string): void;
}

export interface MediaServerRefresherOptions {
  db: AppDatabase;
  events: EventBus;
  connections: RefresherConnections;
  log: RefresherLog;
  /** Told which connections' last refresh or last error changed. */
  onConnectionsChanged(ids: number[]): void;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** How long titles are gathered before a batch is sent (default 2 s). */
  batchWindowMs?: number;
}

const defaultBatchWindowMs = 2000;
const closeGraceMs = 3000;
/** Titles read from the database per query (SQLite's bound-parameter budget, with room to spare). */
const idsPerQuery = 500;
const isMediaServer = (kind: string): kind is MediaServerKind =>
  (mediaServerKinds as readonly string[]).includes(kind);

export class MediaServerRefresher {
  private readonly pending = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  /** Batches run one after another, so a server never sees two at once from us. */
  private running: Promise<void> = Promise.resolve();
  private readonly unsubscribe: () => void;
  /** Aborts requests still running when the app quits, after a short grace. */
  private readonly quitting = new AbortController();

  constructor(private readonly options: MediaServerRefresherOptions) {
    this.unsubscribe = options.events.subscribe((event, payload) => {
      if (event === 'media:trailersChanged') {
        this.add((payload as { mediaIds: number[] }).mediaIds);
      }
    });
  }

  /** Resolves once every title seen so far has been sent (or failed): for tests and shutdown. */
  async idle(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      this.flush();
    }
    await this.running;
  }

  /** Sends what is pending; requests still running after `graceMs` are abandoned. */
  async close(graceMs = closeGraceMs): Promise<void> {
    this.unsubscribe();
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.quitting.abort();
        resolve();
      }, graceMs);
    });
    await Promise.race([this.idle(), grace]);
    clearTimeout(timer);
    await this.running;
  }

  private add(mediaIds: number[]): void {
    for (const id of mediaIds) this.pending.add(id);
    // The window opens with the first title and is not pushed back by later ones: a steady stream
    // of downloads still refreshes every few seconds.
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.options.batchWindowMs ?? defaultBatchWindowMs);
  }

  private flush(): void {
    const batch = [...this.pending];
    this.pending.clear();
    if (batch.length === 0) return;
    this.running = this.running
      .then(() => this.refreshAll(batch))
      // Never a broken chain: the next batch must still run.
      .catch((error: unknown) =>
        this.options.log.warn('connections', `Media servers were not told: ${messageOf(error)}`),
      );
  }

  private async refreshAll(mediaIds: number[]): Promise<void> {
    const servers = this.options.connections.list().filter((c) => c.enabled && isMediaServer(c.kind));
    if (servers.length === 0) return;
    const folders = this.foldersOf(mediaIds);
    if (folders.length === 0) return;
    await Promise.all(servers.map((server) => this.refreshOne(server, folders)));
  }

  private foldersOf(mediaIds: number[]): string[] {
    const folders: string[] = [];
    for (let start = 0; start < mediaIds.length; start += idsPerQuery) {
      const ids = mediaIds.slice(start, start + idsPerQuery);
      const rows = this.options.db
        .select({ folder: media.folderPath })
        .from(media)
        .where(inArray(media.id, ids))
        .all();
      for (const row of rows) folders.push(row.folder);
    }
    return [...new Set(folders)];
  }

  private async refreshOne(server: Connection, folders: string[]): Promise<void> {
    const { connections, log } = this.options;
    const label = `${connectionKindLabels[server.kind]} "${server.name}"`;
    try {
      const target = connections.target(server.id);
      // The server's own names for the folders; with no rule matching, the same path.
      const remote = [...new Set(folders.map((folder) => toRemotePath(folder, target.pathMappings)))];
      const client = createMediaServerClient(target, {
        fetch: this.options.fetch,
        timeoutMs: this.options.timeoutMs,
      });
      // A server may hold only some libraries (films on one, series on another): titles outside all
      // of its libraries are left out. None inside at all is what a wrong mapping looks like.
      const libraries = await client.libraries(this.quitting.signal);
      const inside = remote.filter((folder) =>
        libraries.some((l) => l.paths.some((p) => folderHolds(p, folder))),
      );
      if (inside.length === 0) throw outsideLibraries(label, remote);
      await client.refreshFolders(inside, this.quitting.signal);
      connections.saveRefresh(server.id, { at: new Date().toISOString(), titles: inside.length });
      if (server.lastError) connections.saveError(server.id, null);
      const left = remote.length - inside.length;
      log.info(
        'connections',
        `Asked ${label} to refresh ${inside.length} title(s)${left > 0 ? `; ${left} are in none of its libraries` : ''}.`,
      );
    } catch (error) {
      // Quitting: not the server's fault, nothing to show on the connection.
      if (this.quitting.signal.aborted) return;
      const message = `Could not ask ${label} to refresh ${folders.length} title(s): ${messageOf(error)}`;
      log.warn('connections', message);
      try {
        connections.saveError(server.id, message);
      } catch (saveFailure) {
        log.warn('connections', `Could not save ${label}'s error: ${messageOf(saveFailure)}`);
      }
    }
    this.options.onConnectionsChanged([server.id]);
  }
}
