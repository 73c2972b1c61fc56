// Radarr and Sonarr, kept in step: a sync of every enabled Arr at start-up, again on each one's
// schedule (`syncIntervalHours`), and on demand, one at a time per connection, with progress pushed
// as `connections:syncProgress`. Reads (not-on-disk list, suggestions) come from what syncs stored.
import type {
  ArrSyncOptions,
  ArrSyncProgress,
  ArrSyncSummary,
  ArrWebhookInfo,
  MappingSuggestions,
  NotOnDiskWindow,
  PathMapping,
} from '../../../../src-preload/contract/connections';
import { connectionKindLabels, isArrKind } from '../../../../src-preload/contract/connections';
import type { AppDatabase } from '../../db/open-database';
import { AppError, messageOf } from '../../errors';
import type { EventBus } from '../../event-bus';
import type { ArrClientFactory } from '../adapter-registry';
import type { ConnectionStore } from '../connection-store';
import type { ArrClient } from '../connection-types';
import { ArrItemStore } from './arr-item-store';
import type { ArrServiceApi } from './arr-service-api';
import { syncArr, syncArrTitle } from './arr-sync';
import { ArrSyncStateStore } from './arr-sync-state';
import { syncMark } from './sync-mark';
import { asAppError } from '../http-json';
import { notOnDiskMessage } from './not-on-disk-message';
import { localFolders, suggestionFor, suggestMappings } from './suggest-mappings';

export interface ArrServiceDeps {
  db: AppDatabase;
  events: EventBus;
  connections: ConnectionStore;
  createClient: ArrClientFactory;
  fetch?: typeof fetch;
  timeoutMs?: number;
  onWarning?: (message: string) => void;
  now?: () => Date;
  /** How often the schedule looks for a connection due (default a minute). */
  scheduleCheckMs?: number;
}

interface Running {
  progress: ArrSyncProgress;
  done: Promise<void>;
  abort: AbortController;
}

export class ArrService implements ArrServiceApi {
  readonly items: ArrItemStore;
  private readonly state: ArrSyncStateStore;
  private readonly running = new Map<number, Running>();
  /** Suggestions made at each connection's last sync, for the not-on-disk list's rows. */
  private readonly suggested = new Map<number, PathMapping[]>();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly deps: ArrServiceDeps) {
    this.items = new ArrItemStore(deps.db);
    this.state = new ArrSyncStateStore(deps.db);
  }

  /** Syncs every enabled Arr now, then whenever one is due. */
  start(): void {
    for (const id of this.arrIds()) this.startSync(id);
    this.timer = setInterval(() => this.syncDue(), this.deps.scheduleCheckMs ?? 60_000);
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    for (const run of this.running.values()) run.abort.abort();
    await Promise.all([...this.running.values()].map((run) => run.done));
  }

  startSync(connectionId: number): ArrSyncProgress {
    const connection = this.deps.connections.get(connectionId);
    if (!isArrKind(connection.kind))
      throw new AppError('UNSUPPORTED', 'Only Radarr and Sonarr connections sync titles.');
    const current = this.running.get(connectionId);
    if (current) return current.progress;
    if (this.closed) return this.idle(connectionId);
    const abort = new AbortController();
    const progress: ArrSyncProgress = {
      ...this.idle(connectionId),
      running: true,
      phase: 'fetching',
      startedAt: this.now().toISOString(),
    };
    const run: Running = { progress, abort, done: Promise.resolve() };
    this.running.set(connectionId, run);
    run.done = this.runSync(connectionId, run).finally(() => this.running.delete(connectionId));
    this.emit(progress);
    return { ...progress };
  }

  /** Settles when the connection's running sync (if any) ends. */
  async settled(connectionId: number): Promise<void> {
    await this.running.get(connectionId)?.done;
  }

  syncStatus(): ArrSyncProgress[] {
    return this.arrIds(true).map((id) => ({ ...(this.running.get(id)?.progress ?? this.idle(id)) }));
  }

  async suggestMappings(connectionId: number): Promise<MappingSuggestions> {
    const { client, mappings } = this.clientOf(connectionId);
    const [rootFolders, titles] = await Promise.all([client.rootFolders(), client.titles()]).catch(
      (error: unknown) => {
        throw asAppError(error);
      },
    );
    return suggestMappings({
      rootFolders,
      titlePaths: titles.map((t) => ({ title: t.title, path: t.path })),
      mappings,
      local: localFolders(this.deps.db),
    });
  }

  notOnDisk(connectionId: number, offset: number, limit: number): NotOnDiskWindow {
    const connection = this.deps.connections.get(connectionId);
    const suggestions = this.suggested.get(connectionId) ?? [];
    const { rows, total } = this.items.notOnDisk(connectionId, offset, limit);
    return {
      offset,
      total,
      rows: rows.map((row) => {
        const suggestion = suggestionFor(row.remotePath, suggestions);
        return {
          ...row,
          suggestion,
          message: notOnDiskMessage(connectionKindLabels[connection.kind], row, suggestion),
        };
      }),
    };
  }

  webhookInfo(connectionId: number): ArrWebhookInfo {
    const connection = this.deps.connections.get(connectionId);
    if (!isArrKind(connection.kind))
      throw new AppError('UNSUPPORTED', 'Only Radarr and Sonarr connections have webhooks.');
    const secret =
      this.deps.connections.webhookSecret(connectionId) ??
      this.deps.connections.rotateWebhookSecret(connectionId);
    return {
      connectionId,
      path: webhookPath(connectionId),
      username: webhookUsername,
      password: secret,
      fetchTrailers: this.state.fetchTrailers(connectionId),
    };
  }

  updateWebhook(
    connectionId: number,
    patch: { rotateSecret?: boolean; fetchTrailers?: boolean },
  ): ArrWebhookInfo {
    this.webhookInfo(connectionId);
    if (patch.rotateSecret) this.deps.connections.rotateWebhookSecret(connectionId);
    if (patch.fetchTrailers !== undefined) this.state.setFetchTrailers(connectionId, patch.fetchTrailers);
    this.deps.events.emit('connections:changed', { ids: [connectionId] });
    return this.webhookInfo(connectionId);
  }

  /** Whether the webhook of this connection queues the trailers of the titles it announces. */
  webhookFetchesTrailers(connectionId: number): boolean {
    return this.state.fetchTrailers(connectionId);
  }

  /** One title at once (a webhook): the title folder it links to, or null. */
  async syncTitle(
    connectionId: number,
    arrId: number,
  ): Promise<{ mediaId: number | null; skipped: boolean; localPath: string | null }> {
    const { client, mappings, options } = this.clientOf(connectionId);
    return syncArrTitle({
      connectionId,
      arrId,
      client,
      store: this.items,
      mappings,
      options,
      now: this.deps.now,
    });
  }

  private async runSync(connectionId: number, run: Running): Promise<void> {
    const { progress } = run;
    let lastEmit = 0;
    try {
      const { client, mappings, options } = this.clientOf(connectionId);
      const signal = run.abort.signal;
      const last = this.state.lastSync(connectionId);
      const seen = this.state.seen(connectionId);
      // An Arr that answers exactly as at the last good sync, against the same titles, mappings and
      // filters here, has nothing new: its answer is not even parsed. Suggestions live in memory,
      // so after a restart a connection with titles not on disk syncs in full once to make them.
      const canSkip =
        last !== null &&
        last.error === null &&
        seen?.mark === syncMark(this.deps.db, mappings, options) &&
        (last.notOnDisk === 0 || this.suggested.has(connectionId));
      const fetched = await client.changedTitles(canSkip && seen ? seen.digest : null, signal);
      let summary: ArrSyncSummary;
      if (fetched.titles === null && last !== null) {
        summary = { ...last, finishedAt: this.now().toISOString(), changed: 0, removed: 0, idsFilled: 0 };
      } else {
        const titles = fetched.titles ?? (await client.titles(signal));
        summary = await syncArr({
          connectionId,
          client,
          titles,
          store: this.items,
          mappings,
          options,
          now: this.deps.now,
          signal,
          onProgress: (done, total) => {
            Object.assign(progress, { phase: 'linking', done, total });
            const at = Date.now();
            if (at - lastEmit >= 250 || done === total) {
              lastEmit = at;
              this.emit(progress);
            }
          },
        });
        if (summary.notOnDisk > 0) {
          const paths = titles.map((t) => ({ title: t.title, path: t.path }));
          await this.rememberSuggestions(connectionId, client, paths, mappings);
        }
      }
      const mark = syncMark(this.deps.db, mappings, options);
      this.state.saveSync(connectionId, summary, { digest: fetched.digest, mark });
      // Cleared only when set: an unchanged Arr's sync writes its summary and nothing else.
      if (this.deps.connections.get(connectionId).lastError)
        this.deps.connections.saveError(connectionId, null);
      Object.assign(progress, { running: false, phase: 'done', last: summary });
    } catch (error) {
      const message = messageOf(error);
      const summary = { ...emptySummary(), finishedAt: this.now().toISOString(), error: message };
      if (!this.closed && this.exists(connectionId)) {
        this.state.saveSync(connectionId, summary);
        this.deps.connections.saveError(connectionId, message);
        this.deps.onWarning?.(`Sync of connection ${connectionId} failed: ${message}`);
      }
      Object.assign(progress, { running: false, phase: 'failed', last: summary });
    }
    this.emit(progress);
    this.deps.events.emit('connections:changed', { ids: [connectionId] });
  }

  private async rememberSuggestions(
    connectionId: number,
    client: ArrClient,
    titles: { title: string; path: string }[],
    mappings: PathMapping[],
  ): Promise<void> {
    // The root folders are one more small request; the titles were fetched by the sync already.
    try {
      const rootFolders = await client.rootFolders().catch(() => [] as string[]);
      const found = suggestMappings({
        rootFolders,
        titlePaths: titles,
        mappings,
        local: localFolders(this.deps.db),
      });
      this.suggested.set(connectionId, found.suggestions);
    } catch (error) {
      this.deps.onWarning?.(`Mapping suggestions failed: ${messageOf(error)}`);
    }
  }

  private syncDue(): void {
    const now = this.now().getTime();
    for (const id of this.arrIds()) {
      const hours = this.optionsOf(id).syncIntervalHours;
      const last = this.state.lastSync(id)?.finishedAt;
      if (hours > 0 && (!last || now - Date.parse(last) >= hours * 3_600_000)) this.startSync(id);
    }
  }

  private clientOf(connectionId: number): {
    client: ArrClient;
    mappings: PathMapping[];
    options: ArrSyncOptions;
  } {
    const target = this.deps.connections.target(connectionId);
    if (!isArrKind(target.kind))
      throw new AppError('UNSUPPORTED', 'Only Radarr and Sonarr connections sync titles.');
    const client = this.deps.createClient(target, { fetch: this.deps.fetch, timeoutMs: this.deps.timeoutMs });
    return { client, mappings: target.pathMappings, options: this.optionsOf(connectionId) };
  }

  private optionsOf(connectionId: number): ArrSyncOptions {
    const sync = this.deps.connections.get(connectionId).sync;
    if (!sync) throw new AppError('UNSUPPORTED', 'Only Radarr and Sonarr connections sync titles.');
    return sync;
  }

  private arrIds(includeDisabled = false): number[] {
    return this.deps.connections
      .list(['radarr', 'sonarr'])
      .filter((c) => includeDisabled || c.enabled)
      .map((c) => c.id);
  }

  /** False once the connection was removed (its titles went with it; a sync then has no one to tell). */
  private exists(connectionId: number): boolean {
    return this.deps.connections.list(['radarr', 'sonarr']).some((c) => c.id === connectionId);
  }

  private idle(connectionId: number): ArrSyncProgress {
    return {
      connectionId,
      running: false,
      phase: 'idle',
      done: 0,
      total: 0,
      startedAt: null,
      last: this.state.lastSync(connectionId),
    };
  }

  private emit(progress: ArrSyncProgress): void {
    this.deps.events.emit('connections:syncProgress', { ...progress });
  }

  private now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }
}

/** The Basic-auth user name the Arr's webhook sends (any name would do; the secret is what counts). */
export const webhookUsername = 'trailerdeck';

export const webhookPath = (connectionId: number): string => `/api/webhooks/arr/${connectionId}`;

const emptySummary = () => ({ titles: 0, linked: 0, notOnDisk: 0, removed: 0, changed: 0, idsFilled: 0 });
