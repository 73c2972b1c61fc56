// Webhook calls as Radarr and Sonarr make them (Settings → Connect → Webhook), for the webhook
// route's tests. Followed: Radarr's src/NzbDrone.Core/Notifications/Webhook (WebhookBase's
// BuildOnDownloadPayload / BuildOnMovieAdded / BuildTestPayload, WebhookMovie, WebhookProxy: JSON
// body, Accept JSON, HTTP Basic credentials when the Username/Password fields are set) and Sonarr's
// (WebhookSeriesAddPayload, WebhookSeries).
import type { ArrMovieFixture, ArrSeriesFixture } from './arr-server';

/**
 * A webhook body as Radarr's WebhookBase builds it (BuildOnDownloadPayload, BuildOnMovieAdded,
 * BuildTestPayload): `eventType` as a PascalCase string, the movie as WebhookMovie.
 */
export function radarrWebhookPayload(
  eventType: 'Test' | 'Download' | 'MovieAdded' | 'Grab',
  movie: ArrMovieFixture,
) {
  const webhookMovie = {
    id: movie.id,
    title: movie.title,
    year: movie.year,
    releaseDate: `${movie.year}-09-01`,
    folderPath: movie.path,
    tmdbId: movie.tmdbId,
    ...(movie.imdbId ? { imdbId: movie.imdbId } : {}),
    overview: `An overview of ${movie.title}.`,
    genres: ['Drama'],
    images: [],
    tags: [],
    originalLanguage: { id: 1, name: 'English' },
  };
  const base = { eventType, instanceName: 'Radarr', applicationUrl: '' };
  if (eventType === 'MovieAdded') return { ...base, movie: webhookMovie, addMethod: 'manual' };
  return {
    ...base,
    movie:
      eventType === 'Download'
        ? { ...webhookMovie, filePath: `${movie.path}/${movie.title}.mkv` }
        : webhookMovie,
    remoteMovie: { tmdbId: movie.tmdbId, imdbId: movie.imdbId ?? '', title: movie.title, year: movie.year },
    ...(eventType === 'Download'
      ? {
          movieFile: {
            id: movie.id,
            relativePath: `${movie.title}.mkv`,
            path: `${movie.path}/${movie.title}.mkv`,
            quality: 'Bluray-1080p',
            qualityVersion: 1,
            size: 4_500_000_000,
          },
          isUpgrade: false,
          downloadClient: 'SABnzbd',
          downloadClientType: 'Sabnzbd',
          downloadId: 'SABnzbd_nzo_abc123',
        }
      : {}),
  };
}

/** A Sonarr v4 "On Series Add" body (WebhookSeriesAddPayload). */
export function sonarrSeriesAddPayload(series: ArrSeriesFixture) {
  return {
    eventType: 'SeriesAdd',
    instanceName: 'Sonarr',
    applicationUrl: '',
    series: {
      id: series.id,
      title: series.title,
      titleSlug: series.title.toLowerCase(),
      path: series.path,
      tvdbId: series.tvdbId,
      tvMazeId: 0,
      tmdbId: series.tmdbId ?? 0,
      type: 'standard',
      year: series.year,
      genres: [],
      images: [],
      tags: [],
    },
  };
}

/** Sends a webhook the way Radarr's WebhookProxy does: JSON, with Basic credentials when set. */
export async function sendArrWebhook(
  url: string,
  credentials: { username: string; password: string } | null,
  payload: unknown,
): Promise<{
  status: number;
  body: { message: string; mediaId?: number | null; queued?: boolean };
  authenticate: string | null;
}> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
  if (credentials) {
    headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  }
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(payload) });
  return {
    status: response.status,
    body: (await response.json()) as { message: string; mediaId?: number | null; queued?: boolean },
    authenticate: response.headers.get('www-authenticate'),
  };
}
