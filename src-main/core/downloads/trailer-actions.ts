// What a person does to a title's trailers outside the queue: set the trailer link by hand, and
// delete a trailer's file (its row stays, marked missing, as history).
import { unlink } from 'node:fs/promises';
import type { MediaDetail, TrailerFile } from '../../../src-preload/contract/models';
import type { AppDatabase } from '../db/open-database';
import { AppError, errorCode } from '../errors';
import type { EventBus } from '../event-bus';
import { isInside } from '../library/root-validation';
import { parseTrailerSource } from './trailer-source';

export interface TrailerActionDeps {
  db: AppDatabase;
  events: EventBus;
  getMedia(mediaId: number): MediaDetail;
  listTrailers(mediaId: number): TrailerFile[];
}

/** Stores the YouTube id for YouTube links (the shortest stable form), else the checked link. */
export function setTrailerSource(
  deps: TrailerActionDeps,
  mediaId: number,
  source: string | null,
): MediaDetail {
  const media = deps.getMedia(mediaId);
  const value = source === null ? null : normalise(source);
  deps.db.$client
    .prepare(
      `UPDATE media SET trailer_source = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`,
    )
    .run(value, mediaId);
  deps.events.emit('library:changed', { rootIds: [media.rootId] });
  return deps.getMedia(mediaId);
}

function normalise(source: string): string {
  const parsed = parseTrailerSource(source);
  return parsed.videoId ?? parsed.url;
}

interface DownloadFileRow {
  media_id: number;
  path: string;
  file_exists: number;
  folder_path: string;
  root_id: number;
}

export async function deleteTrailerFile(deps: TrailerActionDeps, downloadId: number): Promise<TrailerFile> {
  const row = deps.db.$client
    .prepare(
      `SELECT d.media_id, d.path, d.file_exists, m.folder_path, m.root_id
       FROM download d JOIN media m ON m.id = d.media_id WHERE d.id = ?`,
    )
    .get(downloadId) as DownloadFileRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no trailer ${downloadId}.`);
  // Rows only ever point inside their title's folder; refuse anything else rather than delete it.
  if (!isInside(row.path, row.folder_path)) {
    throw new AppError(
      'PATH_NOT_ALLOWED',
      `${row.path} is not inside the title's folder; it was not deleted.`,
    );
  }
  try {
    await unlink(row.path);
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'ENOENT') {
      const why =
        code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'the folder is read-only or belongs to another user'
          : `the system said ${code ?? 'no'}`;
      throw new AppError('FILE_OPERATION_FAILED', `Trailerdeck could not delete ${row.path}: ${why}.`, {
        cause: error,
      });
    }
  }
  deps.db.$client
    .prepare(
      `UPDATE download SET file_exists = 0, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`,
    )
    .run(downloadId);
  deps.events.emit('media:trailersChanged', { mediaIds: [row.media_id] });
  deps.events.emit('library:changed', { rootIds: [row.root_id] });
  const trailer = deps.listTrailers(row.media_id).find((t) => t.id === downloadId);
  if (!trailer) throw new AppError('NOT_FOUND', `There is no trailer ${downloadId}.`);
  return trailer;
}
