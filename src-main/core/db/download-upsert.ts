// The columns every writer of a trailer row sets from ffprobe's findings, and how a second sighting
// of the same file updates its row: shared by the scan and the download queue so they never drift.
import type { ProcessingRecord } from '../../../src-preload/contract/processing-values';

export const DOWNLOAD_FILE_COLUMNS = `media_id, path, file_name, size, resolution, width, height, file_format,
  video_format, audio_format, audio_language, subtitle_format, subtitle_language, duration, youtube_id,
  file_exists, profile_name, file_mtime_ms, video_type, season, language`;

/**
 * ON CONFLICT(path) assignments for the file's facts; a known YouTube id is never forgotten. A writer
 * that does not insert `problem` (a verified download) clears an old one: the file was replaced.
 */
export const DOWNLOAD_FILE_UPDATES = `media_id = excluded.media_id, file_name = excluded.file_name,
  size = excluded.size, resolution = excluded.resolution, width = excluded.width,
  height = excluded.height, file_format = excluded.file_format,
  video_format = excluded.video_format, audio_format = excluded.audio_format,
  audio_language = excluded.audio_language, subtitle_format = excluded.subtitle_format,
  subtitle_language = excluded.subtitle_language, duration = excluded.duration,
  youtube_id = coalesce(excluded.youtube_id, download.youtube_id), file_exists = 1,
  file_mtime_ms = excluded.file_mtime_ms, problem = excluded.problem`;

/** A completed job knows what it filed (its slot): that wins over what the scan reads from the name. */
const filedByJob = `EXISTS (SELECT 1 FROM download_job j WHERE j.download_id = download.id AND j.status = 'completed')`;

/** The scan's ON CONFLICT(path) assignments for the video's kind: its reading of the name, unless a job filed the file. */
export const DOWNLOAD_KIND_UPDATES_FROM_SCAN = ['video_type', 'season', 'language']
  .map((column) => `${column} = CASE WHEN ${filedByJob} THEN download.${column} ELSE excluded.${column} END`)
  .join(', ');

/** The queue's ON CONFLICT(path) assignments for the video's kind: the slot the job filled. */
export const DOWNLOAD_KIND_UPDATES_FROM_JOB = `video_type = excluded.video_type, season = excluded.season,
  language = excluded.language`;

/** What processing did (contract/processing-values.ts ProcessingRecord), in this order. */
export const DOWNLOAD_PROCESSING_COLUMNS = `original_video_format, original_audio_format, encoder,
  original_loudness, loudness, trimmed_seconds, picture_width, picture_height`;

export const DOWNLOAD_PROCESSING_UPDATES = DOWNLOAD_PROCESSING_COLUMNS.split(',')
  .map((column) => `${column.trim()} = excluded.${column.trim()}`)
  .join(', ');

export function processingValues(record: ProcessingRecord): (string | number | null)[] {
  return [
    record.originalVideoFormat,
    record.originalAudioFormat,
    record.encoder,
    record.originalLoudness,
    record.loudness,
    record.trimmedSeconds,
    record.pictureWidth,
    record.pictureHeight,
  ];
}

/**
 * The scan's ON CONFLICT(path) assignments for the processing record: kept while the file is the
 * one processing wrote (same size and time), forgotten when someone replaced it on disk.
 */
export const DOWNLOAD_PROCESSING_UPDATES_FROM_SCAN = DOWNLOAD_PROCESSING_COLUMNS.split(',')
  .map((column) => column.trim())
  .map(
    (column) =>
      `${column} = CASE WHEN download.size = excluded.size AND download.file_mtime_ms = excluded.file_mtime_ms THEN download.${column} END`,
  )
  .join(', ');
