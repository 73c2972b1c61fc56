import type { Statement } from 'better-sqlite3';
import type {
  MediaDetail,
  MediaSeason,
  MediaSummary,
  TrailerFile,
} from '../../../src-preload/contract/models';
import type { VideoType } from '../../../src-preload/contract/video-kinds';
import type { AppDatabase } from '../db/open-database';
import type { VideoFileRecord } from '../files/serve-video';
import { trailerSourceUrl } from '../downloads/trailer-source';
import { AppError } from '../errors';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './library-window';

interface DetailRow {
  folder_path: string;
  imdb_id: string | null;
  tmdb_id: string | null;
  tvdb_id: string | null;
  nfo_trailer_id: string | null;
  trailer_source: string | null;
  monitored: number;
  updated_at: string;
}

interface TrailerRow {
  id: number;
  media_id: number;
  path: string;
  file_name: string;
  size: number;
  resolution: string | null;
  file_format: string | null;
  video_format: string | null;
  audio_format: string | null;
  audio_language: string | null;
  subtitle_format: string | null;
  subtitle_language: string | null;
  duration: number | null;
  youtube_id: string | null;
  job_source_url: string | null;
  file_exists: number;
  profile_name: string;
  added_at: string;
  updated_at: string;
  job_id: number | null;
  problem: string | null;
  video_type: VideoType;
  season: number | null;
  language: string | null;
  original_video_format: string | null;
  original_audio_format: string | null;
  encoder: string | null;
  original_loudness: number | null;
  loudness: number | null;
  trimmed_seconds: number | null;
  picture_width: number | null;
  picture_height: number | null;
}

/** The read side of the library, as prepared statements. */
export class MediaQueries {
  private readonly listAll: Statement;
  private readonly summaryById: Statement<[{ id: number }]>;
  private readonly detailById: Statement<[number]>;
  private readonly trailersByMedia: Statement<[number]>;
  private readonly posterById: Statement<[number]>;
  private readonly seasonsByMedia: Statement<[number]>;
  private readonly videoById: Statement<[number]>;

  constructor(db: AppDatabase) {
    const s = db.$client;
    // Raw arrays instead of objects: half the allocations for the biggest list the app sends.
    this.listAll = s
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM media m ORDER BY m.sort_title, m.year, m.id`)
      .raw();
    this.summaryById = s.prepare(`SELECT ${SUMMARY_COLUMNS} FROM media m WHERE m.id = @id`).raw();
    this.detailById = s.prepare(
      `SELECT folder_path, imdb_id, tmdb_id, tvdb_id, nfo_trailer_id, trailer_source, monitored, updated_at FROM media WHERE id = ?`,
    );
    this.trailersByMedia = s.prepare(
      // The job that filed a trailer (the newest, by the job's download_id index; a retry re-uses
      // its job): the title page's "why this trailer" and the trailer's origin, its link.
      `SELECT d.*, j.id AS job_id, j.source_url AS job_source_url
       FROM download d
       LEFT JOIN download_job j
         ON j.id = (SELECT max(k.id) FROM download_job k WHERE k.download_id = d.id)
       WHERE d.media_id = ? ORDER BY d.file_exists DESC, d.added_at DESC, d.id DESC`,
    );
    this.posterById = s.prepare(`SELECT poster_path FROM media WHERE id = ?`).pluck();
    this.seasonsByMedia = s.prepare(
      `SELECT season, folder_name AS folderName FROM media_season WHERE media_id = ? ORDER BY season`,
    );
    this.videoById = s.prepare(
      `SELECT d.path AS path, m.folder_path AS folderPath, r.path AS rootPath
       FROM download d JOIN media m ON m.id = d.media_id JOIN library_root r ON r.id = m.root_id
       WHERE d.id = ?`,
    );
  }

  listMedia(): MediaSummary[] {
    return (this.listAll.all() as SummaryRow[]).map(toSummary);
  }

  getMedia(mediaId: number): MediaDetail {
    const summary = this.summaryById.get({ id: mediaId }) as SummaryRow | undefined;
    const detail = this.detailById.get(mediaId) as DetailRow | undefined;
    if (!summary || !detail) throw notFound(mediaId);
    return {
      ...toSummary(summary),
      folderPath: detail.folder_path,
      imdbId: detail.imdb_id,
      tmdbId: detail.tmdb_id,
      tvdbId: detail.tvdb_id,
      nfoTrailerId: detail.nfo_trailer_id,
      trailerSource: detail.trailer_source,
      monitored: detail.monitored === 1,
      updatedAt: detail.updated_at,
      seasons: this.seasonsByMedia.all(mediaId) as MediaSeason[],
    };
  }

  listTrailers(mediaId: number): TrailerFile[] {
    if (this.posterById.get(mediaId) === undefined) throw notFound(mediaId);
    return (this.trailersByMedia.all(mediaId) as TrailerRow[]).map((r) => ({
      id: r.id,
      mediaId: r.media_id,
      path: r.path,
      fileName: r.file_name,
      size: r.size,
      resolution: r.resolution,
      fileFormat: r.file_format,
      videoFormat: r.video_format,
      audioFormat: r.audio_format,
      audioLanguage: r.audio_language,
      subtitleFormat: r.subtitle_format,
      subtitleLanguage: r.subtitle_language,
      durationSeconds: r.duration,
      youtubeId: r.youtube_id,
      sourceUrl: trailerSourceUrl(r.job_source_url, r.youtube_id),
      fileExists: r.file_exists === 1,
      problem: r.problem,
      profileName: r.profile_name,
      addedAt: r.added_at,
      updatedAt: r.updated_at,
      jobId: r.job_id,
      videoType: r.video_type,
      season: r.season,
      language: r.language,
      processing: {
        originalVideoFormat: r.original_video_format,
        originalAudioFormat: r.original_audio_format,
        encoder: r.encoder,
        originalLoudness: r.original_loudness,
        loudness: r.loudness,
        trimmedSeconds: r.trimmed_seconds,
        pictureWidth: r.picture_width,
        pictureHeight: r.picture_height,
      },
    }));
  }

  posterPath(mediaId: number): string | null {
    return (this.posterById.get(mediaId) as string | null | undefined) ?? null;
  }

  videoFile(downloadId: number): VideoFileRecord | null {
    return (this.videoById.get(downloadId) as VideoFileRecord | undefined) ?? null;
  }
}

function notFound(mediaId: number): AppError {
  return new AppError(
    'NOT_FOUND',
    `No title with id ${mediaId} is in the library; it may have been removed.`,
  );
}
