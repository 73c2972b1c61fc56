// "Skip titles whose Plex item already has a trailer" (a profile option): asks each enabled Plex
// connection for the title's item and its extras. A Plex that cannot answer is left out for a
// minute and logged once, so an unattended run over a large library neither stalls on it nor
// fills the log; the title is then searched as usual (a missing answer never skips a title).
import { connectionKindLabels } from '../../../../src-preload/contract/connections';
import { messageOf } from '../../errors';
import type { ConnectionStore } from '../connection-store';
import { toRemotePath } from '../path-mapping';
import { createPlexClient } from './plex';
import type { RefresherLog } from './media-server-refresher';

export interface PlexTrailerCheckDeps {
  connections: Pick<ConnectionStore, 'list' | 'target'>;
  log: RefresherLog;
  fetch?: typeof fetch;
  /** Per request (default 10 s). */
  timeoutMs?: number;
  now?: () => number;
}

const restAfterFailureMs = 60_000;

export class PlexTrailerCheck {
  /** Connection id → when it may be asked again after a failure. */
  private readonly resting = new Map<number, number>();

  constructor(private readonly deps: PlexTrailerCheckDeps) {}

  /** Whether any enabled Plex shows a trailer among the extras of the item in `folder` (a local path). */
  async hasTrailer(folder: string, signal?: AbortSignal): Promise<boolean> {
    const now = this.deps.now ?? Date.now;
    const servers = this.deps.connections.list().filter((c) => c.enabled && c.kind === 'plex');
    for (const server of servers) {
      if ((this.resting.get(server.id) ?? 0) > now()) continue;
      try {
        const target = this.deps.connections.target(server.id);
        const client = createPlexClient(target, {
          fetch: this.deps.fetch,
          timeoutMs: this.deps.timeoutMs ?? 10_000,
        });
        const trailers = await client.trailerCount(toRemotePath(folder, target.pathMappings), signal);
        if (trailers !== null && trailers > 0) return true;
      } catch (error) {
        if (signal?.aborted) throw error;
        this.resting.set(server.id, now() + restAfterFailureMs);
        this.deps.log.warn(
          'connections',
          `Could not ask ${connectionKindLabels.plex} "${server.name}" whether titles already have a trailer; they are searched as usual for now. ${messageOf(error)}`,
        );
      }
    }
    return false;
  }
}
