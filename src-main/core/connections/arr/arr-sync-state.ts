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

  saveSync(connectionId: number, summary: ArrSyncSummary): void {
    this.db.$client
      .prepare(
        `INSERT INTO arr_sync_state (connection_id, last_sync, last_sync_at) VALUES (?, ?, ?)
         ON CONFLICT (connection_id) DO UPDATE SET last_sync = excluded.last_sync, last_sync_at = excluded.last_sync_at`,
      )
      .run(connectionId, JSON.stringify(summary), summary.finishedAt);
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
