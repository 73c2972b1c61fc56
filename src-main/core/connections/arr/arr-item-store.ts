// The database side of the Arr sync: what each connection's titles looked like at the last sync
// (their signatures), the title folders scanned here they link to, and the not-on-disk list.
import type { Database, Statement } from 'better-sqlite3';
import type { NotOnDiskReason } from '../../../../src-preload/contract/connections';
import type { AppDatabase } from '../../db/open-database';

/** A title as the sync stores it (see schema.ts `arr_item`). */
export interface ArrItemFields {
  arrId: number;
  kind: 'movie' | 'series';
  title: string;
  year: number | null;
  tmdbId: string | null;
  imdbId: string | null;
  tvdbId: string | null;
  remotePath: string;
  localPath: string | null;
  monitored: boolean;
  hasFile: boolean;
  youtubeTrailerId: string | null;
  mediaId: number | null;
  notOnDisk: NotOnDiskReason | null;
  skipped: boolean;
}

/** A title folder scanned here, with the ids it already has. */
export interface LinkableMedia {
  id: number;
  kind: 'movie' | 'series';
  tmdbId: string | null;
  imdbId: string | null;
  tvdbId: string | null;
}

export interface NotOnDiskRow {
  arrId: number;
  kind: 'movie' | 'series';
  title: string;
  year: number | null;
  remotePath: string;
  localPath: string | null;
  reason: NotOnDiskReason;
}

const MEDIA_COLUMNS = 'id, kind, tmdb_id AS tmdbId, imdb_id AS imdbId, tvdb_id AS tvdbId';

/** The fields in a fixed order: the signature, and the statement's parameters. */
export function signatureOf(item: ArrItemFields): string {
  return JSON.stringify([
    item.kind,
    item.title,
    item.year,
    item.tmdbId,
    item.imdbId,
    item.tvdbId,
    item.remotePath,
    item.localPath,
    item.monitored,
    item.hasFile,
    item.youtubeTrailerId,
    item.mediaId,
    item.notOnDisk,
    item.skipped,
  ]);
}

export class ArrItemStore {
  private readonly sqlite: Database;
  private readonly byFolder: Statement;
  private readonly byId: Record<'tmdbId' | 'imdbId' | 'tvdbId', Statement>;
  private readonly upsert: Statement;
  private readonly fillIdsStatement: Statement;

  constructor(db: AppDatabase) {
    this.sqlite = db.$client;
    this.byFolder = this.sqlite.prepare(`SELECT ${MEDIA_COLUMNS} FROM media WHERE folder_path = ?`);
    const byColumn = (column: string) =>
      this.sqlite.prepare(
        `SELECT ${MEDIA_COLUMNS} FROM media WHERE ${column} = ? AND kind = ? ORDER BY id LIMIT 1`,
      );
    this.byId = { tmdbId: byColumn('tmdb_id'), imdbId: byColumn('imdb_id'), tvdbId: byColumn('tvdb_id') };
    this.upsert = this.sqlite.prepare(`
      INSERT INTO arr_item (connection_id, arr_id, kind, title, year, tmdb_id, imdb_id, tvdb_id, remote_path,
        local_path, monitored, has_file, youtube_trailer_id, media_id, not_on_disk, skipped, removed_at,
        signature, created_at, updated_at)
      VALUES (@connectionId, @arrId, @kind, @title, @year, @tmdbId, @imdbId, @tvdbId, @remotePath, @localPath,
        @monitored, @hasFile, @youtubeTrailerId, @mediaId, @notOnDisk, @skipped, NULL, @signature, @now, @now)
      ON CONFLICT (connection_id, arr_id) DO UPDATE SET kind = excluded.kind, title = excluded.title,
        year = excluded.year, tmdb_id = excluded.tmdb_id, imdb_id = excluded.imdb_id, tvdb_id = excluded.tvdb_id,
        remote_path = excluded.remote_path, local_path = excluded.local_path, monitored = excluded.monitored,
        has_file = excluded.has_file, youtube_trailer_id = excluded.youtube_trailer_id,
        media_id = excluded.media_id, not_on_disk = excluded.not_on_disk, skipped = excluded.skipped,
        removed_at = NULL, signature = excluded.signature, updated_at = excluded.updated_at`);
    // Only the ids the title lacks: the NFO's or the person's are never overwritten.
    this.fillIdsStatement = this.sqlite.prepare(`
      UPDATE media SET tmdb_id = coalesce(tmdb_id, @tmdbId), imdb_id = coalesce(imdb_id, @imdbId),
        tvdb_id = coalesce(tvdb_id, @tvdbId), updated_at = @now
      WHERE id = @id`);
  }

  /** Each stored title's signature, and whether it is flagged as removed (one connection). */
  signatures(connectionId: number): Map<number, { signature: string; removed: boolean }> {
    const rows = this.sqlite
      .prepare(
        'SELECT arr_id, signature, removed_at IS NOT NULL AS removed FROM arr_item WHERE connection_id = ?',
      )
      .raw()
      .iterate(connectionId) as IterableIterator<[number, string, number]>;
    const map = new Map<number, { signature: string; removed: boolean }>();
    for (const [arrId, signature, removed] of rows) map.set(arrId, { signature, removed: removed === 1 });
    return map;
  }

  mediaByFolder(folderPath: string): LinkableMedia | undefined {
    return this.byFolder.get(folderPath) as LinkableMedia | undefined;
  }

  mediaByIds(
    kind: 'movie' | 'series',
    ids: Pick<ArrItemFields, 'tmdbId' | 'imdbId' | 'tvdbId'>,
  ): LinkableMedia | undefined {
    for (const key of ['tmdbId', 'imdbId', 'tvdbId'] as const) {
      const value = ids[key];
      if (!value) continue;
      const found = this.byId[key].get(value, kind) as LinkableMedia | undefined;
      if (found) return found;
    }
    return undefined;
  }

  /** Writes the titles and fills missing ids, in one transaction. */
  write(
    connectionId: number,
    items: { fields: ArrItemFields; signature: string }[],
    idFills: { id: number; tmdbId: string | null; imdbId: string | null; tvdbId: string | null }[],
    now: string,
  ): void {
    this.sqlite.transaction(() => {
      for (const { fields, signature } of items) {
        this.upsert.run({
          ...fields,
          connectionId,
          monitored: fields.monitored ? 1 : 0,
          hasFile: fields.hasFile ? 1 : 0,
          skipped: fields.skipped ? 1 : 0,
          signature,
          now,
        });
      }
      for (const fill of idFills) this.fillIdsStatement.run({ ...fill, now });
    })();
  }

  /** Flags the connection's titles the Arr no longer lists; returns how many were newly flagged. */
  flagRemoved(connectionId: number, arrIds: number[], now: string): number {
    const flag = this.sqlite.prepare(
      `UPDATE arr_item SET removed_at = ?, updated_at = ? WHERE connection_id = ? AND arr_id = ? AND removed_at IS NULL`,
    );
    let flagged = 0;
    this.sqlite.transaction(() => {
      for (const arrId of arrIds) flagged += flag.run(now, now, connectionId, arrId).changes;
    })();
    return flagged;
  }

  counts(connectionId: number): { titles: number; linked: number; notOnDisk: number } {
    return this.sqlite
      .prepare(
        `SELECT count(*) AS titles, count(media_id) AS linked, count(not_on_disk) AS notOnDisk
         FROM arr_item WHERE connection_id = ? AND removed_at IS NULL AND skipped = 0`,
      )
      .get(connectionId) as { titles: number; linked: number; notOnDisk: number };
  }

  /** One window of the connection's titles with no folder here, by title. */
  notOnDisk(connectionId: number, offset: number, limit: number): { rows: NotOnDiskRow[]; total: number } {
    const where = 'connection_id = ? AND not_on_disk IS NOT NULL AND removed_at IS NULL AND skipped = 0';
    const total = this.sqlite
      .prepare(`SELECT count(*) FROM arr_item WHERE ${where}`)
      .pluck()
      .get(connectionId) as number;
    const rows = this.sqlite
      .prepare(
        `SELECT arr_id AS arrId, kind, title, year, remote_path AS remotePath, local_path AS localPath,
           not_on_disk AS reason
         FROM arr_item INDEXED BY arr_item_not_on_disk_idx
         WHERE ${where} ORDER BY not_on_disk, title, id LIMIT ? OFFSET ?`,
      )
      .all(connectionId, limit, offset) as NotOnDiskRow[];
    return { rows, total };
  }

  /** Radarr's trailer for a title scanned here, from any connection that still lists it. */
  trailerIdFor(mediaId: number): string | null {
    return (
      (this.sqlite
        .prepare(
          `SELECT youtube_trailer_id FROM arr_item
           WHERE media_id = ? AND youtube_trailer_id IS NOT NULL AND removed_at IS NULL
           ORDER BY connection_id LIMIT 1`,
        )
        .pluck()
        .get(mediaId) as string | undefined) ?? null
    );
  }

  /** The title an Arr knows by this id, linked here or not. */
  item(
    connectionId: number,
    arrId: number,
  ): { mediaId: number | null; notOnDisk: NotOnDiskReason | null } | undefined {
    return this.sqlite
      .prepare(
        'SELECT media_id AS mediaId, not_on_disk AS notOnDisk FROM arr_item WHERE connection_id = ? AND arr_id = ?',
      )
      .get(connectionId, arrId) as { mediaId: number | null; notOnDisk: NotOnDiskReason | null } | undefined;
  }
}
