import type { Statement } from 'better-sqlite3';
import type { MediaKind } from '../../../src-preload/contract/models';
import type { AppDatabase } from '../db/open-database';
import type { TrailerFacts } from './probe-trailers';
import type { TitleScan } from './scan-title';
import {
  DOWNLOAD_FILE_COLUMNS,
  DOWNLOAD_FILE_UPDATES,
  DOWNLOAD_PROCESSING_UPDATES_FROM_SCAN,
  DOWNLOAD_KIND_UPDATES_FROM_SCAN,
} from '../db/download-upsert';
import type { VideoType } from '../../../src-preload/contract/video-kinds';
import { isUniqueViolation } from '../errors';

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

/** What a scan needs of every known title up front; the rest is read only for titles it rescans. */
/** A title as the last scan left it: what the next scan's reading needs (a KnownTitle). */
export interface ExistingMedia {
  id: number;
  folderPath: string;
  missingSince: string | null;
  signature: string | null;
  /** Its trailer rows' files, checked when the scan does not find them by name. */
  trailerPaths: string[];
}

type ExistingMediaRow = [
  id: number,
  folderPath: string,
  missingSince: string | null,
  signature: string | null,
  trailerPaths: string | null,
];

interface StoredMetadata {
  title: string;
  year: number | null;
  imdbId: string | null;
  tmdbId: string | null;
  tvdbId: string | null;
  nfoTrailerId: string | null;
  posterPath: string | null;
  missingSince: string | null;
}

const metadataChanged = (old: StoredMetadata, scan: TitleScan): boolean =>
  old.missingSince !== null ||
  old.title !== scan.title ||
  old.year !== scan.year ||
  old.imdbId !== scan.imdbId ||
  old.tmdbId !== scan.tmdbId ||
  old.tvdbId !== scan.tvdbId ||
  old.nfoTrailerId !== scan.nfoTrailerId ||
  old.posterPath !== scan.posterPath;

export interface ExistingDownload {
  id: number;
  mediaId: number;
  path: string;
  size: number;
  fileMtimeMs: number | null;
  fileExists: boolean;
  /** The file was found broken (see download.problem). */
  broken: boolean;
}

/** A trailer file with what probing found; `mtimeMs` null makes the next scan probe it again. */
export interface ProbedFile {
  path: string;
  fileName: string;
  videoType: VideoType;
  season: number | null;
  language: string | null;
  size: number;
  mtimeMs: number | null;
  facts: TrailerFacts;
}

/** A title to write with its trailers: facts for new or changed files, ids of rows whose file is back. */
export interface TitleWrite {
  scan: TitleScan;
  /** The title's row when the scan started; null for a new title. */
  existingId: number | null;
  probed: ProbedFile[];
}

/** What only a complete scan of a reachable root may write. */
export interface RootEnd {
  /** Download rows whose file is gone. */
  goneDownloadIds: number[];
  /** Titles whose folder vanished from the root. */
  missingMediaIds: number[];
  missingSince: string;
}

/** Writes scan results with prepared statements, in synchronous transactions. */
export class ScanWriter {
  private readonly sqlite;
  private readonly rootExists: Statement<[number]>;
  private readonly insertMedia: Statement;
  private readonly updateMedia: Statement;
  private readonly upsertMedia: Statement;
  private readonly upsertDownload: Statement;
  private readonly deleteSeasonsOf: Statement<[number]>;
  private readonly insertSeason: Statement<[number, number, string]>;
  private readonly selectSeasons: Statement<[number]>;
  private readonly markDownloadExists: Statement<[number]>;
  private readonly markDownloadGone: Statement<[number]>;
  private readonly markMediaMissing: Statement<[string, number]>;
  private readonly markMediaDownloadsGone: Statement<[number]>;
  private readonly selectMedia: Statement<[number]>;
  private readonly selectMetadata: Statement<[number]>;
  private readonly selectDownloads: Statement<[number]>;

  constructor(db: AppDatabase) {
    this.sqlite = db.$client;
    const s = this.sqlite;
    this.rootExists = s.prepare('SELECT 1 FROM library_root WHERE id = ?');
    // Positional parameters, in the order of mediaValues(): binding by name costs a lookup per value.
    const mediaValues = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
    // Plain INSERT and UPDATE by id are more than twice as fast as an upsert with RETURNING; the
    // upsert stays as the fallback for a row that appeared since the scan loaded its rows.
    this.insertMedia = s.prepare(`
      INSERT INTO media (root_id, kind, title, sort_title, year, folder_path, imdb_id, tmdb_id, tvdb_id,
                         nfo_trailer_id, poster_path, scan_signature)
      VALUES ${mediaValues}`);
    this.updateMedia = s.prepare(`
      UPDATE media SET root_id = ?, kind = ?, title = ?, sort_title = ?, year = ?, folder_path = ?,
        imdb_id = ?, tmdb_id = ?, tvdb_id = ?, nfo_trailer_id = ?, poster_path = ?, scan_signature = ?,
        missing_since = NULL, updated_at = ${NOW}
      WHERE id = ?`);
    this.upsertMedia = s.prepare(`
      INSERT INTO media (root_id, kind, title, sort_title, year, folder_path, imdb_id, tmdb_id, tvdb_id,
                         nfo_trailer_id, poster_path, scan_signature)
      VALUES ${mediaValues}
      ON CONFLICT(folder_path) DO UPDATE SET
        root_id = excluded.root_id, kind = excluded.kind, title = excluded.title,
        sort_title = excluded.sort_title, year = excluded.year, imdb_id = excluded.imdb_id,
        tmdb_id = excluded.tmdb_id, tvdb_id = excluded.tvdb_id, nfo_trailer_id = excluded.nfo_trailer_id,
        poster_path = excluded.poster_path, scan_signature = excluded.scan_signature,
        missing_since = NULL, updated_at = ${NOW}
      RETURNING id`);
    // A row written by the downloads feature keeps its profile and the YouTube id it knew; the
    // problem (a broken file) is set or cleared by what this probe found.
    this.upsertDownload = s.prepare(`
      INSERT INTO download (${DOWNLOAD_FILE_COLUMNS}, problem)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'detected', ?, ?, ?, ?, ?)
      ON CONFLICT(path) DO UPDATE SET ${DOWNLOAD_PROCESSING_UPDATES_FROM_SCAN}, ${DOWNLOAD_FILE_UPDATES},
        ${DOWNLOAD_KIND_UPDATES_FROM_SCAN}, updated_at = ${NOW}`);
    this.deleteSeasonsOf = s.prepare('DELETE FROM media_season WHERE media_id = ?');
    this.selectSeasons = s.prepare(
      'SELECT season, folder_name AS folderName FROM media_season WHERE media_id = ?',
    );
    this.insertSeason = s.prepare(
      'INSERT INTO media_season (media_id, season, folder_name) VALUES (?, ?, ?)',
    );
    this.markDownloadExists = s.prepare(
      `UPDATE download SET file_exists = 1, updated_at = ${NOW} WHERE id = ? AND file_exists = 0`,
    );
    this.markDownloadGone = s.prepare(
      `UPDATE download SET file_exists = 0, updated_at = ${NOW} WHERE id = ? AND file_exists = 1`,
    );
    // Cleared signature: when the folder returns it is read again, whatever its stats say.
    this.markMediaMissing = s.prepare(
      `UPDATE media SET missing_since = ?, scan_signature = NULL, updated_at = ${NOW}
       WHERE id = ? AND missing_since IS NULL`,
    );
    this.markMediaDownloadsGone = s.prepare(
      `UPDATE download SET file_exists = 0, updated_at = ${NOW} WHERE media_id = ? AND file_exists = 1`,
    );
    // One query, rows as arrays: this is on the way to a rescan's first stat call (see loadMedia).
    // A path holds no NUL character, so it separates them.
    this.selectMedia = s
      .prepare(
        `SELECT m.id, m.folder_path, m.missing_since, m.scan_signature,
           (SELECT group_concat(d.path, char(0)) FROM download d WHERE d.media_id = m.id)
         FROM media m WHERE m.root_id = ?`,
      )
      .raw();
    this.selectMetadata = s.prepare(`
      SELECT title, year, imdb_id AS imdbId, tmdb_id AS tmdbId, tvdb_id AS tvdbId,
             nfo_trailer_id AS nfoTrailerId, poster_path AS posterPath, missing_since AS missingSince
      FROM media WHERE id = ?`);
    this.selectDownloads = s.prepare(`
      SELECT d.id, d.media_id AS mediaId, d.path, d.size, d.file_mtime_ms AS fileMtimeMs,
             d.file_exists AS fileExists, d.problem IS NOT NULL AS broken
      FROM download d JOIN media m ON m.id = d.media_id WHERE m.root_id = ?`);
  }

  /**
   * The root's titles with their signatures and trailer paths: all a scan's reading needs, so
   * the folders can be handed out as soon as this returns (an unchanged rescan needs nothing more).
   */
  loadMedia(rootId: number): ExistingMedia[] {
    return (this.selectMedia.all(rootId) as ExistingMediaRow[]).map(
      ([id, folderPath, missingSince, signature, paths]) => ({
        id,
        folderPath,
        missingSince,
        signature,
        trailerPaths: paths === null ? [] : paths.split('\0'),
      }),
    );
  }

  /** The root's trailer rows, to tell new and changed files from known ones. */
  loadDownloads(rootId: number): ExistingDownload[] {
    return (
      this.selectDownloads.all(rootId) as (Omit<ExistingDownload, 'fileExists' | 'broken'> & {
        fileExists: number;
        broken: number;
      })[]
    ).map((d) => ({ ...d, fileExists: d.fileExists === 1, broken: d.broken === 1 }));
  }

  /**
   * Writes a batch of titles, each with its probed trailers, and marks the returned trailer rows, in
   * one transaction. Returns how many known titles changed (or came back), or null when the root
   * was removed meanwhile.
   */
  writeTitles(
    rootId: number,
    kind: MediaKind,
    titles: readonly TitleWrite[],
    returnedDownloadIds: readonly number[],
  ): { titlesUpdated: number } | null {
    return this.sqlite.transaction(() => {
      if (!this.rootExists.get(rootId)) return null;
      let titlesUpdated = 0;
      for (const title of titles) if (this.writeTitle(rootId, kind, title)) titlesUpdated++;
      for (const id of returnedDownloadIds) this.markDownloadExists.run(id);
      return { titlesUpdated };
    })();
  }

  /**
   * The end of a complete scan: marks gone trailer rows and vanished titles. Returns how many
   * trailer rows went missing, or null when the root was removed meanwhile.
   */
  finishRoot(rootId: number, end: RootEnd): { trailersGone: number } | null {
    return this.sqlite.transaction(() => {
      if (!this.rootExists.get(rootId)) return null;
      let trailersGone = 0;
      for (const id of end.goneDownloadIds) trailersGone += this.markDownloadGone.run(id).changes;
      for (const id of end.missingMediaIds) {
        if (this.markMediaMissing.run(end.missingSince, id).changes > 0) {
          trailersGone += this.markMediaDownloadsGone.run(id).changes;
        }
      }
      return { trailersGone };
    })();
  }

  /** Writes one title and its probed trailers; true when a known title's metadata changed. */
  private writeTitle(rootId: number, kind: MediaKind, { scan, probed, existingId }: TitleWrite): boolean {
    const values = [
      rootId,
      kind,
      scan.title,
      scan.sortTitle,
      scan.year,
      scan.folderPath,
      scan.imdbId,
      scan.tmdbId,
      scan.tvdbId,
      scan.nfoTrailerId,
      scan.posterPath,
      scan.signature,
    ];
    let id = existingId;
    const old = id === null ? undefined : (this.selectMetadata.get(id) as StoredMetadata | undefined);
    if (id !== null && (!old || this.updateMedia.run(...values, id).changes === 0)) id = null;
    if (id === null) {
      try {
        id = Number(this.insertMedia.run(...values).lastInsertRowid);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        id = (this.upsertMedia.get(...values) as { id: number }).id;
      }
    }
    for (const t of probed) {
      const f = t.facts;
      this.upsertDownload.run(
        id,
        t.path,
        t.fileName,
        t.size,
        f.resolution,
        f.width,
        f.height,
        f.fileFormat,
        f.videoFormat,
        f.audioFormat,
        f.audioLanguage,
        f.subtitleFormat,
        f.subtitleLanguage,
        f.duration,
        f.youtubeId,
        t.mtimeMs === null ? null : Math.trunc(t.mtimeMs),
        t.videoType,
        t.season,
        t.language,
        f.problem,
      );
    }
    if (kind === 'series' || existingId !== null) this.writeSeasons(id, scan);
    return old !== undefined && metadataChanged(old, scan);
  }

  /**
   * The title's season folders as the scan found them, in the title's transaction: the triggers of
   * migration 0018 keep media.season_count and season_trailer_count. Rewritten only when they differ,
   * so an unchanged series costs one read.
   */
  private writeSeasons(mediaId: number, scan: TitleScan): void {
    const stored = this.selectSeasons.all(mediaId) as { season: number; folderName: string }[];
    const same =
      stored.length === scan.seasons.length &&
      stored.every((s) => scan.seasons.some((f) => f.season === s.season && f.folderName === s.folderName));
    if (same) return;
    this.deleteSeasonsOf.run(mediaId);
    for (const { season, folderName } of scan.seasons) this.insertSeason.run(mediaId, season, folderName);
  }
}
