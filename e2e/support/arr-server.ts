// A loopback Radarr / Sonarr (v3 and v4) answering the API v3 routes Trailerdeck uses, with the
// shapes the apps really send, for the Arr client's tests, the sync's tests, the bench and e2e.
// Followed: Radarr's src/Radarr.Api.V3/openapi.json and its resources (Movies/MovieResource.cs,
// RootFolders/RootFolderResource.cs, System/SystemController.cs: appName "Radarr"), Sonarr's
// src/Sonarr.Api.V3 (Series/SeriesResource.cs, Series/SeriesStatisticsResource.cs,
// System/SystemController.cs; v3.0.9.1549's System/SystemModule.cs): v3 series carry
// `languageProfileId` and no `tmdbId`; v4 add `tmdbId`, `originalLanguage`, `monitorNewItems`,
// `lastAired`. Both apps leave null fields out of their JSON (a movie without an IMDb id has no
// `imdbId`), accept the key as the X-Api-Key header or an `apikey` query parameter, and answer a
// wrong key with 401 and an empty body.
// Routes (below the URL base): GET /api/v3/system/status, /api/v3/rootfolder, /api/v3/movie,
// /api/v3/movie/{id} (Radarr), /api/v3/series, /api/v3/series/{id} (Sonarr); an unknown id is a
// 404 with {"message":"NotFound"}. A request outside the URL base gets what a reverse proxy or the
// web UI would give there: an HTML page (or a plain 404, with `outsideBase: '404'`).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ArrApp = 'radarr' | 'sonarr-v3' | 'sonarr-v4';

export interface ArrMovieFixture {
  id: number;
  title: string;
  year: number;
  tmdbId: number;
  imdbId?: string;
  path: string;
  monitored?: boolean;
  hasFile?: boolean;
  youTubeTrailerId?: string;
}

export interface ArrSeriesFixture {
  id: number;
  title: string;
  year: number;
  tvdbId: number;
  tmdbId?: number;
  imdbId?: string;
  path: string;
  monitored?: boolean;
  episodeFileCount?: number;
}

export interface ArrServerOptions {
  app: ArrApp;
  apiKey?: string;
  /** "/radarr" or '' (the app's own URL base setting). */
  urlBase?: string;
  rootFolders?: string[];
  movies?: ArrMovieFixture[];
  series?: ArrSeriesFixture[];
  /** Every answer waits this long (a slow or overloaded app). */
  delayMs?: number;
  outsideBase?: 'html' | '404';
  instanceName?: string;
}

export interface ArrServer {
  /** "http://127.0.0.1:port" (without the URL base). */
  url: string;
  apiKey: string;
  /** Every request's URL (path and query) and X-Api-Key header, in order. */
  requests: { url: string; apiKey: string | null; method: string }[];
  movies: ArrMovieFixture[];
  series: ArrSeriesFixture[];
  setDelay(ms: number): void;
  close(): Promise<void>;
}

export const arrTestApiKey = '5f2e8c1b9a7d4e3f8b6a1c0d2e4f6a8b';

const versions: Record<ArrApp, { appName: string; version: string }> = {
  radarr: { appName: 'Radarr', version: '5.14.0.9383' },
  'sonarr-v3': { appName: 'Sonarr', version: '3.0.9.1549' },
  'sonarr-v4': { appName: 'Sonarr', version: '4.0.9.2513' },
};

export async function startArrServer(options: ArrServerOptions): Promise<ArrServer> {
  const apiKey = options.apiKey ?? arrTestApiKey;
  const urlBase = options.urlBase ?? '';
  const requests: ArrServer['requests'] = [];
  const movies = options.movies ?? [];
  const series = options.series ?? [];
  let delayMs = options.delayMs ?? 0;
  const isRadarr = options.app === 'radarr';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headerKey = req.headers['x-api-key'];
    const givenKey = (Array.isArray(headerKey) ? headerKey[0] : headerKey) ?? url.searchParams.get('apikey');
    requests.push({ url: req.url ?? '/', apiKey: givenKey ?? null, method: req.method ?? 'GET' });
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (!url.pathname.startsWith(`${urlBase}/`)) return outside(res);
    const path = url.pathname.slice(urlBase.length);
    if (!path.startsWith('/api/')) return htmlPage(res);
    if (givenKey !== apiKey) return send(res, 401, '');
    const byId = /^\/api\/v3\/(movie|series)\/(\d+)$/.exec(path);
    if (path === '/api/v3/system/status') return json(res, status());
    if (path === '/api/v3/rootfolder') return json(res, (options.rootFolders ?? []).map(rootFolder));
    if (isRadarr && path === '/api/v3/movie') return json(res, movies.map(radarrMovie));
    if (!isRadarr && path === '/api/v3/series')
      return json(
        res,
        series.map((s) => sonarrSeries(s, options.app)),
      );
    if (byId && (byId[1] === 'movie') === isRadarr) {
      const id = Number(byId[2]);
      const found = isRadarr ? movies.find((m) => m.id === id) : series.find((s) => s.id === id);
      if (!found) return json(res, { message: 'NotFound', description: '' }, 404);
      return json(
        res,
        isRadarr
          ? radarrMovie(found as ArrMovieFixture)
          : sonarrSeries(found as ArrSeriesFixture, options.app),
      );
    }
    return json(res, { message: 'NotFound', description: '' }, 404);
  }

  function status() {
    const { appName, version } = versions[options.app];
    return {
      appName,
      instanceName: options.instanceName ?? appName,
      version,
      buildTime: '2024-10-14T18:44:23Z',
      isDebug: false,
      isProduction: true,
      isAdmin: false,
      isUserInteractive: false,
      startupPath: '/app/bin',
      appData: '/config',
      osName: 'ubuntu',
      osVersion: '22.04',
      isNetCore: true,
      isLinux: true,
      isOsx: false,
      isWindows: false,
      isDocker: true,
      mode: 'console',
      branch: options.app === 'sonarr-v3' ? 'main' : 'master',
      authentication: 'forms',
      databaseType: 'sqLite',
      urlBase,
      runtimeVersion: '6.0.33',
      runtimeName: '.NET',
      startTime: '2026-12-04T08:00:00Z',
      packageUpdateMechanism: 'docker',
    };
  }

  function outside(res: ServerResponse): void {
    if (options.outsideBase === '404') return send(res, 404, 'Not Found');
    htmlPage(res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    movies,
    series,
    setDelay: (ms) => {
      delayMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

function json(res: ServerResponse, body: unknown, status = 200): void {
  send(res, status, JSON.stringify(body), 'application/json; charset=utf-8');
}

function htmlPage(res: ServerResponse): void {
  send(res, 200, '<!doctype html><html><head><title>Login</title></head><body></body></html>', 'text/html');
}

function rootFolder(path: string, index: number) {
  return { path, accessible: true, freeSpace: 1_234_567_890_123, unmappedFolders: [], id: index + 1 };
}

/** A movie as Radarr's GET /api/v3/movie lists it (null fields left out, as Radarr does). */
export function radarrMovie(movie: ArrMovieFixture) {
  const slash = movie.path.lastIndexOf('/') > 0 ? movie.path.lastIndexOf('/') : movie.path.lastIndexOf('\\');
  const hasFile = movie.hasFile ?? true;
  return {
    title: movie.title,
    originalTitle: movie.title,
    originalLanguage: { id: 1, name: 'English' },
    alternateTitles: [],
    secondaryYearSourceId: 0,
    sortTitle: movie.title.toLowerCase(),
    sizeOnDisk: hasFile ? 4_500_000_000 : 0,
    status: 'released',
    overview: `An overview of ${movie.title}.`,
    inCinemas: `${movie.year}-05-01T00:00:00Z`,
    physicalRelease: `${movie.year}-09-01T00:00:00Z`,
    releaseDate: `${movie.year}-09-01T00:00:00Z`,
    images: [
      {
        coverType: 'poster',
        url: `/MediaCover/${movie.id}/poster.jpg`,
        remoteUrl: 'https://image.tmdb.org/t/p/original/x.jpg',
      },
    ],
    website: '',
    year: movie.year,
    ...(movie.youTubeTrailerId === undefined
      ? { youTubeTrailerId: '' }
      : { youTubeTrailerId: movie.youTubeTrailerId }),
    studio: 'A Studio',
    path: movie.path,
    qualityProfileId: 1,
    hasFile,
    movieFileId: hasFile ? movie.id : 0,
    monitored: movie.monitored ?? true,
    minimumAvailability: 'released',
    isAvailable: true,
    folderName: movie.path,
    runtime: 120,
    cleanTitle: movie.title.toLowerCase().replace(/[^a-z0-9]/g, ''),
    ...(movie.imdbId ? { imdbId: movie.imdbId } : {}),
    tmdbId: movie.tmdbId,
    titleSlug: String(movie.tmdbId),
    rootFolderPath: slash > 0 ? movie.path.slice(0, slash) : movie.path,
    certification: 'PG-13',
    genres: ['Drama'],
    keywords: [],
    tags: [],
    added: '2024-01-01T00:00:00Z',
    ratings: {
      imdb: { votes: 1000, value: 7.1, type: 'user' },
      tmdb: { votes: 500, value: 7, type: 'user' },
    },
    popularity: 12.5,
    statistics: {
      movieFileCount: hasFile ? 1 : 0,
      sizeOnDisk: hasFile ? 4_500_000_000 : 0,
      releaseGroups: [],
    },
    id: movie.id,
  };
}

/** A series as Sonarr's GET /api/v3/series lists it, in v3's or v4's shape. */
export function sonarrSeries(item: ArrSeriesFixture, app: ArrApp) {
  const files = item.episodeFileCount ?? 10;
  const common = {
    title: item.title,
    alternateTitles: [],
    sortTitle: item.title.toLowerCase(),
    status: 'ended',
    ended: true,
    overview: `An overview of ${item.title}.`,
    network: 'A Network',
    airTime: '21:00',
    images: [
      {
        coverType: 'poster',
        url: `/MediaCover/${item.id}/poster.jpg`,
        remoteUrl: 'https://artworks.thetvdb.com/x.jpg',
      },
    ],
    seasons: [
      {
        seasonNumber: 1,
        monitored: true,
        statistics: {
          episodeFileCount: files,
          episodeCount: 10,
          totalEpisodeCount: 10,
          sizeOnDisk: 0,
          releaseGroups: [],
          percentOfEpisodes: files * 10,
        },
      },
    ],
    year: item.year,
    path: item.path,
    qualityProfileId: 1,
    seasonFolder: true,
    monitored: item.monitored ?? true,
    useSceneNumbering: false,
    runtime: 45,
    tvdbId: item.tvdbId,
    tvRageId: 0,
    tvMazeId: 0,
    firstAired: `${item.year}-01-10T00:00:00Z`,
    seriesType: 'standard',
    cleanTitle: item.title.toLowerCase().replace(/[^a-z0-9]/g, ''),
    ...(item.imdbId ? { imdbId: item.imdbId } : {}),
    titleSlug: item.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    rootFolderPath: item.path.slice(0, Math.max(1, item.path.lastIndexOf('/'))),
    certification: 'TV-14',
    genres: ['Drama'],
    tags: [],
    added: '2024-01-01T00:00:00Z',
    ratings: { votes: 100, value: 8.1 },
    statistics: {
      seasonCount: 1,
      episodeFileCount: files,
      episodeCount: 10,
      totalEpisodeCount: 10,
      sizeOnDisk: files * 1_000_000,
      releaseGroups: [],
      percentOfEpisodes: files * 10,
    },
    id: item.id,
  };
  if (app === 'sonarr-v3') return { ...common, languageProfileId: 1 };
  return {
    ...common,
    originalLanguage: { id: 1, name: 'English' },
    monitorNewItems: 'all',
    lastAired: `${item.year + 1}-05-01T00:00:00Z`,
    languageProfileId: 1,
    ...(item.tmdbId ? { tmdbId: item.tmdbId } : {}),
  };
}

/** `count` movies under `root` (folder "Title N (year)"), ids from 1, for scale tests and the bench. */
export function generateMovies(count: number, root: string): ArrMovieFixture[] {
  return Array.from({ length: count }, (_, index) => {
    const id = index + 1;
    const year = 1950 + (index % 75);
    const title = `Generated Movie ${id}`;
    return {
      id,
      title,
      year,
      tmdbId: 100_000 + id,
      imdbId: `tt${String(1_000_000 + id).padStart(7, '0')}`,
      path: `${root}/${title} (${year})`,
      youTubeTrailerId: `gen${String(id).padStart(8, '0')}`,
    };
  });
}
