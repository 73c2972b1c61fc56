// Per Radarr/Sonarr connection: the last sync's summary (shown after a restart, and what the
// schedule counts from) and whether its webhook queues trailers.
import { z } from 'zod';
import type { ArrSyncSummary } from '../../../../src-preload/contract/connections';
import type { AppDatabase } from '../../db/open-database';

const summarySchema = z.object({
  finishedAt: z.string(),
  titles: z.number(),
  linked: z.number(),
  notOnDisk: z.number(),
  removed: z.number(),
  changed: z.number(),
  idsFilled: z.number(),
  error: z.string().nullable(),
});

/** The Arr's answer (its digest) and the state here (mark) a sync linked it against. */
export interface SyncSeen {
  digest: string;
  mark: string;
}

export class ArrSyncStateStore {
  constructor(private readonly db: AppDatabase) {}

  lastSync(connectionId: number): ArrSyncSummary | null {
    const text = this.db.$client
      .prepare('SELECT last_sync FROM arr_sync_state WHERE connection_id = ?')
      .pluck()
      .get(connectionId) as string | null | undefined;
    if (!text) return null;
    try {
      const parsed = summarySchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /**
   * Saves a sync's summary; `seen` (the Arr's answer and the state here it was linked against) is
   * kept only for a sync that succeeded, so a failed one never lets the next skip its work.
   */
  saveSync(connectionId: number, summary: ArrSyncSummary, seen: SyncSeen | null = null): void {
    this.db.$client
      .prepare(
        `INSERT INTO arr_sync_state (connection_id, last_sync, last_sync_at, titles_digest, sync_mark) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (connection_id) DO UPDATE SET last_sync = excluded.last_sync, last_sync_at = excluded.last_sync_at,
           titles_digest = excluded.titles_digest, sync_mark = excluded.sync_mark`,
      )
      .run(
        connectionId,
        JSON.stringify(summary),
        summary.finishedAt,
        seen?.digest ?? null,
        seen?.mark ?? null,
      );
  }

  /** What the last good sync saw, or null. */
  seen(connectionId: number): SyncSeen | null {
    const row = this.db.$client
      .prepare(
        'SELECT titles_digest AS digest, sync_mark AS mark FROM arr_sync_state WHERE connection_id = ?',
      )
      .get(connectionId) as { digest: string | null; mark: string | null } | undefined;
    return row?.digest && row.mark ? { digest: row.digest, mark: row.mark } : null;
  }

  fetchTrailers(connectionId: number): boolean {
    const value = this.db.$client
      .prepare('SELECT webhook_fetch_trailers FROM arr_sync_state WHERE connection_id = ?')
      .pluck()
      .get(connectionId) as number | undefined;
    return value === undefined ? true : value === 1;
  }

  setFetchTrailers(connectionId: number, on: boolean): void {
    this.db.$client
      .prepare(
        `INSERT INTO arr_sync_state (connection_id, webhook_fetch_trailers) VALUES (?, ?)
         ON CONFLICT (connection_id) DO UPDATE SET webhook_fetch_trailers = excluded.webhook_fetch_trailers`,
      )
      .run(connectionId, on ? 1 : 0);
  }
}
