// The download row for a filed trailer, written in the same transaction as the job's completion:
// either both exist or neither does, so a crash can never record a trailer twice or lose one.
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import {
  DOWNLOAD_PROCESSING_COLUMNS,
  DOWNLOAD_PROCESSING_UPDATES,
  processingValues,
  DOWNLOAD_FILE_COLUMNS,
  DOWNLOAD_FILE_UPDATES,
  DOWNLOAD_KIND_UPDATES_FROM_JOB,
} from '../db/download-upsert';
import type { ProbeResult } from '../probe/types';
import type { ProcessingRecord } from '../../../src-preload/contract/processing-values';
import type { VideoSlot } from '../../../src-preload/contract/video-kinds';

export interface CommittedFile {
  mediaId: number;
  path: string;
  size: number;
  mtimeMs: number;
  probe: ProbeResult;
  youtubeId: string | null;
  profileName: string;
  at: string;
  /** What the job filled: the file is recorded as that kind of video. */
  slot: VideoSlot;
  /** What processing did to the file (all null when nothing was done or measured). */
  processing: ProcessingRecord;
}

/** `?, ?, …` for n values. */
const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/**
 * Inserts (or, when a rescan saw the file first, takes over) the row for the file; returns its id.
 * Must run inside the caller's transaction.
 */
export function upsertDownloadRow(sqlite: Database, file: CommittedFile): number {
  const p = file.probe;
  const id = sqlite
    .prepare(
      `INSERT INTO download (${DOWNLOAD_FILE_COLUMNS}, ${DOWNLOAD_PROCESSING_COLUMNS}, added_at, updated_at)
       VALUES (${placeholders(15)}, 1, ${placeholders(15)})
       ON CONFLICT(path) DO UPDATE SET ${DOWNLOAD_FILE_UPDATES}, ${DOWNLOAD_KIND_UPDATES_FROM_JOB},
         ${DOWNLOAD_PROCESSING_UPDATES}, profile_name = excluded.profile_name,
         updated_at = excluded.updated_at
       RETURNING id`,
    )
    .pluck()
    .get(
      file.mediaId,
      file.path,
      basename(file.path),
      file.size,
      p.resolution,
      p.width,
      p.height,
      p.fileFormat,
      p.videoFormat,
      p.audioFormat,
      p.audioLanguage,
      p.subtitleFormat,
      p.subtitleLanguage,
      p.durationSeconds,
      file.youtubeId,
      file.profileName,
      Math.trunc(file.mtimeMs),
      file.slot.type,
      file.slot.season,
      file.slot.language,
      ...processingValues(file.processing),
      file.at,
      file.at,
    );
  return Number(id);
}
