// The download row for a filed trailer, written in the same transaction as the job's completion:
// either both exist or neither does, so a crash can never record a trailer twice or lose one.
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ProbeResult } from '../probe/types';

export interface CommittedFile {
  mediaId: number;
  path: string;
  size: number;
  mtimeMs: number;
  probe: ProbeResult;
  youtubeId: string | null;
  profileName: string;
  at: string;
}

/**
 * Inserts (or, when a rescan saw the file first, takes over) the row for the file; returns its id.
 * Must run inside the caller's transaction.
 */
export function upsertDownloadRow(sqlite: Database, file: CommittedFile): number {
  const p = file.probe;
  const id = sqlite
    .prepare(
      `INSERT INTO download (media_id, path, file_name, size, resolution, file_format, video_format,
         audio_format, audio_language, subtitle_format, subtitle_language, duration, youtube_id,
         file_exists, profile_name, file_mtime_ms, added_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)
       ON CONFLICT(path) DO UPDATE SET
         media_id = excluded.media_id, file_name = excluded.file_name, size = excluded.size,
         resolution = excluded.resolution, file_format = excluded.file_format,
         video_format = excluded.video_format, audio_format = excluded.audio_format,
         audio_language = excluded.audio_language, subtitle_format = excluded.subtitle_format,
         subtitle_language = excluded.subtitle_language, duration = excluded.duration,
         youtube_id = coalesce(excluded.youtube_id, download.youtube_id), file_exists = 1,
         profile_name = excluded.profile_name, file_mtime_ms = excluded.file_mtime_ms,
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
      file.at,
      file.at,
    );
  return Number(id);
}
