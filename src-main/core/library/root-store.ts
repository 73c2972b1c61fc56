import type { Statement } from 'better-sqlite3';
import type { LibraryKind, LibraryRoot, ScanSummary } from '../../../src-preload/contract/models';
import type { AppDatabase } from '../db/open-database';
import { AppError } from '../errors';
import type { RootToScan } from './run-scan';

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

interface RootRow {
  id: number;
  path: string;
  kind: LibraryKind;
  kind_source: 'auto' | 'user';
  reachable: number;
  last_scan_at: string | null;
  last_scan_summary: string | null;
  added_at: string;
  title_count: number;
  trailer_count: number;
}

const ROOT_SELECT = `
  SELECT r.id, r.path, r.kind, r.kind_source, r.reachable, r.last_scan_at, r.last_scan_summary, r.added_at,
    (SELECT coalesce(sum(c.titles), 0) FROM library_count c WHERE c.root_id = r.id AND c.present = 1) AS title_count,
    (SELECT coalesce(sum(c.trailers), 0) FROM library_count c WHERE c.root_id = r.id) AS trailer_count
  FROM library_root r`;

function parseSummary(json: string | null): ScanSummary | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as ScanSummary;
  } catch {
    return null;
  }
}

const toRoot = (r: RootRow): LibraryRoot => ({
  id: r.id,
  path: r.path,
  kind: r.kind,
  kindSource: r.kind_source,
  addedAt: r.added_at,
  lastScanAt: r.last_scan_at,
  reachable: r.reachable === 1,
  titleCount: r.title_count,
  trailerCount: r.trailer_count,
  lastScan: parseSummary(r.last_scan_summary),
});

/** library_root rows and the counts shown next to them. */
export class RootStore {
  private readonly all: Statement<[]>;
  private readonly byId: Statement<[number]>;
  private readonly allIds: Statement<[]>;
  private readonly targetById: Statement<[number]>;
  private readonly insertRoot: Statement<[string, LibraryKind, 'auto' | 'user']>;
  private readonly deleteRoot: Statement<[number]>;
  private readonly updateKind: Statement<[LibraryKind, number]>;
  private readonly updateMediaKind: Statement<[string, number]>;
  private readonly recordScanStmt: Statement<[number, string, string, number]>;

  constructor(private readonly db: AppDatabase) {
    const s = db.$client;
    this.all = s.prepare(`${ROOT_SELECT} ORDER BY r.path`);
    this.byId = s.prepare(`${ROOT_SELECT} WHERE r.id = ?`);
    this.allIds = s.prepare(`SELECT id FROM library_root ORDER BY path`).pluck();
    this.targetById = s.prepare(`SELECT id, path, kind FROM library_root WHERE id = ?`);
    this.insertRoot = s.prepare(
      `INSERT INTO library_root (path, kind, kind_source) VALUES (?, ?, ?) RETURNING id`,
    );
    this.deleteRoot = s.prepare(`DELETE FROM library_root WHERE id = ?`);
    this.updateKind = s.prepare(
      `UPDATE library_root SET kind = ?, kind_source = 'user', updated_at = ${NOW} WHERE id = ?`,
    );
    // Cleared signatures make the rescan read every folder again under the new kind's rules.
    this.updateMediaKind = s.prepare(
      `UPDATE media SET kind = ?, scan_signature = NULL, updated_at = ${NOW} WHERE root_id = ?`,
    );
    this.recordScanStmt = s.prepare(
      `UPDATE library_root SET reachable = ?, last_scan_at = ?, last_scan_summary = ?, updated_at = ${NOW}
       WHERE id = ?`,
    );
  }

  list(): LibraryRoot[] {
    return (this.all.all() as RootRow[]).map(toRoot);
  }

  /** Every root's id, without the counts: what "rescan all" needs, at any library size. */
  ids(): number[] {
    return this.allIds.all() as number[];
  }

  /** What a scan needs of a root, without its counts and last scan. */
  findScanTarget(rootId: number): RootToScan | null {
    return (this.targetById.get(rootId) as RootToScan | undefined) ?? null;
  }

  find(rootId: number): LibraryRoot | null {
    const row = this.byId.get(rootId) as RootRow | undefined;
    return row ? toRoot(row) : null;
  }

  get(rootId: number): LibraryRoot {
    const root = this.find(rootId);
    if (!root) {
      throw new AppError(
        'NOT_FOUND',
        `No library folder with id ${rootId}; it may have been removed already.`,
      );
    }
    return root;
  }

  insert(path: string, kind: LibraryKind, kindSource: 'auto' | 'user'): number {
    return (this.insertRoot.get(path, kind, kindSource) as { id: number }).id;
  }

  /** Deletes the root; its titles and trailer rows go with it (ON DELETE CASCADE). */
  remove(rootId: number): boolean {
    return this.deleteRoot.run(rootId).changes > 0;
  }

  setKind(rootId: number, kind: LibraryKind): void {
    this.db.$client.transaction(() => {
      this.updateKind.run(kind, rootId);
      this.updateMediaKind.run(kind === 'series' ? 'series' : 'movie', rootId);
    })();
  }

  recordScan(rootId: number, reachable: boolean, summary: ScanSummary): void {
    this.recordScanStmt.run(reachable ? 1 : 0, summary.finishedAt, JSON.stringify(summary), rootId);
  }
}
