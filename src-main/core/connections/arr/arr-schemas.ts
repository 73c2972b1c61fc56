// The parts of Radarr's and Sonarr's API v3 answers Trailerdeck reads, and nothing more: extra
// fields pass (z.object strips them), absent or null optional fields are normal (both apps leave
// nulls out of their JSON), and what would break a sync (no id, no path) is refused.
// Shapes from Radarr's src/Radarr.Api.V3 (MovieResource.cs, RootFolderResource.cs,
// System/SystemController.cs) and Sonarr's src/Sonarr.Api.V3 (Series/SeriesResource.cs,
// SeriesStatisticsResource.cs, System/SystemController.cs; v3.0.9's SystemModule.cs): Sonarr v3
// has no `tmdbId` on series, v4 has; both carry `statistics.episodeFileCount`.
import { z } from 'zod';
import { isYoutubeId } from '../../youtube/youtube-id';
import type { ArrTitle } from '../connection-types';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value && value.trim() !== '' ? value.trim() : null));
/** Radarr and Sonarr write 0 for "no such id". */
const optionalNumericId = z
  .number()
  .int()
  .nullish()
  .transform((value) => (value && value > 0 ? String(value) : null));
const year = z
  .number()
  .int()
  .nullish()
  .transform((value) => (value && value > 0 ? value : null));
const arrId = z.number().int().positive();
const folderPath = z.string().min(1);

export const systemStatusSchema = z.object({
  appName: z.string().min(1),
  version: z.string().min(1),
  instanceName: optionalText,
  urlBase: optionalText,
});

export const rootFoldersSchema = z.array(z.object({ id: z.number().int(), path: folderPath }));

export const radarrMovieSchema = z
  .object({
    id: arrId,
    title: z.string().min(1),
    year,
    tmdbId: optionalNumericId,
    imdbId: optionalText,
    path: folderPath,
    monitored: z.boolean(),
    hasFile: z.boolean().nullish(),
    youTubeTrailerId: optionalText,
  })
  .transform((movie): ArrTitle => ({
    arrId: movie.id,
    kind: 'movie',
    title: movie.title,
    year: movie.year,
    tmdbId: movie.tmdbId,
    imdbId: movie.imdbId,
    tvdbId: null,
    path: movie.path,
    monitored: movie.monitored,
    hasFile: movie.hasFile ?? false,
    // Radarr copies whatever TMDB lists; only a real YouTube id becomes a candidate.
    youTubeTrailerId:
      movie.youTubeTrailerId && isYoutubeId(movie.youTubeTrailerId) ? movie.youTubeTrailerId : null,
  }));

export const sonarrSeriesSchema = z
  .object({
    id: arrId,
    title: z.string().min(1),
    year,
    tvdbId: optionalNumericId,
    imdbId: optionalText,
    /** Sonarr v4 only. */
    tmdbId: optionalNumericId.optional(),
    path: folderPath,
    monitored: z.boolean(),
    statistics: z.object({ episodeFileCount: z.number().int().nullish() }).nullish(),
  })
  .transform((series): ArrTitle => ({
    arrId: series.id,
    kind: 'series',
    title: series.title,
    year: series.year,
    tmdbId: series.tmdbId ?? null,
    imdbId: series.imdbId,
    tvdbId: series.tvdbId,
    path: series.path,
    monitored: series.monitored,
    hasFile: (series.statistics?.episodeFileCount ?? 0) > 0,
    youTubeTrailerId: null,
  }));
