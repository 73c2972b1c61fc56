// A loopback Jellyfin server answering in Jellyfin's JSON shapes (PascalCase, as its API sends).
// Shapes and routes are read from jellyfin/jellyfin's source:
//   - Jellyfin.Api/Controllers/SystemController.cs: GET /System/Info → SystemInfo, and
//     GET /System/Info/Public → PublicSystemInfo without a token
//     (MediaBrowser.Model/System/SystemInfo.cs + PublicSystemInfo.cs: ServerName, Version,
//     ProductName = the assembly product "Jellyfin Server", Id, OperatingSystem…);
//   - Jellyfin.Api/Controllers/LibraryStructureController.cs: GET /Library/VirtualFolders →
//     VirtualFolderInfo[] (MediaBrowser.Model/Entities/VirtualFolderInfo.cs: Name, Locations,
//     CollectionType (CollectionTypeOptions, lower case: "movies", "tvshows"), ItemId, …);
//   - Jellyfin.Api/Controllers/ItemsController.cs: GET /Items?ParentId=&Fields=Path&Limit= →
//     QueryResult {Items: BaseItemDto[] (Name, Id, Type, IsFolder, Path), TotalRecordCount};
//   - Jellyfin.Api/Controllers/LibraryController.cs PostUpdatedMedia: POST /Library/Media/Updated
//     with MediaUpdateInfoDto {Updates: [{Path, UpdateType}]} → 204 (a null Path is a 400);
//   - Jellyfin.Server.Implementations/Security/AuthorizationContext.cs: the token from
//     `Authorization: MediaBrowser Token="…"` or the `X-Emby-Token` header.
// A refused token gets 401 with an empty body, as Jellyfin sends.
import { startFakeApp, type FakeAnswer, type FakeAppServer, type RecordedRequest } from './fake-app-server';

export interface VirtualFolderFixture {
  name: string;
  /** "movies", "tvshows"… */
  collectionType: string;
  locations: string[];
}

/** A top-level item of a library: a movie (Path is its file) or a series (Path is its folder). */
export interface LibraryItemFixture {
  /** The library's name. */
  library: string;
  path: string;
  isFolder: boolean;
}

export interface MediaBrowserFakeData {
  token: string;
  serverName?: string;
  version?: string;
  libraries: VirtualFolderFixture[];
  items?: LibraryItemFixture[];
}

export interface MediaBrowserFake extends FakeAppServer {
  /** The paths of every "media updated" call, one array per call. */
  updates(): { Path: string; UpdateType: string }[][];
}

const itemId = (index: number) => `f137a2dd21bbc1b99aa5c0f6bf02a8${String(index).padStart(2, '0')}`;

/** The VirtualFolderInfo of one library, as both servers send it. */
export function virtualFolder(library: VirtualFolderFixture, index: number): Record<string, unknown> {
  return {
    Name: library.name,
    Locations: library.locations,
    CollectionType: library.collectionType,
    LibraryOptions: {
      Enabled: true,
      EnableRealtimeMonitor: true,
      PathInfos: library.locations.map((Path) => ({ Path })),
    },
    ItemId: itemId(index),
    PrimaryImageItemId: itemId(index),
    RefreshProgress: null,
    RefreshStatus: 'Idle',
  };
}

/** The token in either of the headers Jellyfin and Emby read. */
export function tokenOf(request: RecordedRequest): string | undefined {
  const auth = request.headers.authorization;
  const fromAuth = auth ? /Token="([^"]*)"/.exec(auth)?.[1] : undefined;
  return fromAuth ?? request.headers['x-emby-token'];
}

/**
 * GET /Items?ParentId=<library ItemId>&Fields=Path&Limit=n → QueryResult {Items, TotalRecordCount}
 * (Jellyfin's ItemsController.GetItems, Emby's ItemsService getItems): the library's top-level items.
 */
export function itemsAnswer(request: RecordedRequest, data: MediaBrowserFakeData): FakeAnswer {
  const index = data.libraries.findIndex((_, i) => itemId(i) === request.query.ParentId);
  const library = data.libraries[index];
  const limit = Number(request.query.Limit ?? 100);
  const all = (data.items ?? []).filter((item) => library && item.library === library.name);
  const items = all.slice(0, limit).map((item, i) => ({
    Name: item.path.split(/[\\/]/).pop(),
    Id: `${itemId(index)}${i}`,
    Type: item.isFolder ? 'Series' : 'Movie',
    IsFolder: item.isFolder,
    ...(request.query.Fields?.includes('Path') ? { Path: item.path } : {}),
  }));
  return { status: 200, json: { Items: items, TotalRecordCount: all.length, StartIndex: 0 } };
}

/** Checks a "media updated" body like the servers' model binding does. */
export function mediaUpdatedAnswer(request: RecordedRequest, okStatus: number): FakeAnswer {
  const body = request.body as { Updates?: { Path?: unknown }[] } | undefined;
  if (!body || !Array.isArray(body.Updates) || body.Updates.some((u) => typeof u.Path !== 'string')) {
    return { status: 400, json: { title: 'One or more validation errors occurred.', status: 400 } };
  }
  return { status: okStatus };
}

export function updatesOf(server: FakeAppServer, path: string): { Path: string; UpdateType: string }[][] {
  return server.requests
    .filter((r) => r.method === 'POST' && r.path === path)
    .map((r) => (r.body as { Updates: { Path: string; UpdateType: string }[] }).Updates);
}

export async function startJellyfinFake(data: MediaBrowserFakeData): Promise<MediaBrowserFake> {
  const route = (request: RecordedRequest): FakeAnswer => {
    if (request.method === 'GET' && request.path === '/System/Info') {
      return {
        status: 200,
        json: {
          OperatingSystemDisplayName: 'Linux',
          HasPendingRestart: false,
          IsShuttingDown: false,
          SupportsLibraryMonitor: true,
          WebSocketPortNumber: 8096,
          CompletedInstallations: [],
          CanSelfRestart: true,
          CanLaunchWebBrowser: false,
          ProgramDataPath: '/config/data',
          WebPath: '/jellyfin/jellyfin-web',
          ItemsByNamePath: '/config/metadata',
          CachePath: '/cache',
          LogPath: '/config/log',
          InternalMetadataPath: '/config/metadata',
          TranscodingTempPath: '/cache/transcodes',
          CastReceiverApplications: [],
          HasUpdateAvailable: false,
          EncoderLocation: 'System',
          SystemArchitecture: 'X64',
          LocalAddress: 'http://172.17.0.2:8096',
          ServerName: data.serverName ?? 'jellyfin-nas',
          Version: data.version ?? '10.10.3',
          ProductName: 'Jellyfin Server',
          OperatingSystem: 'Linux',
          Id: '0b5f2c1d9a8e4f7b8c6d5e4f3a2b1c0d',
          StartupWizardCompleted: true,
        },
      };
    }
    if (request.method === 'GET' && request.path === '/System/Info/Public') {
      // PublicSystemInfo: answered without a token (SystemController.GetPublicSystemInfo).
      return {
        status: 200,
        json: {
          LocalAddress: 'http://172.17.0.2:8096',
          ServerName: data.serverName ?? 'jellyfin-nas',
          Version: data.version ?? '10.10.3',
          ProductName: 'Jellyfin Server',
          OperatingSystem: '',
          Id: '0b5f2c1d9a8e4f7b8c6d5e4f3a2b1c0d',
          StartupWizardCompleted: true,
        },
      };
    }
    if (request.method === 'GET' && request.path === '/Library/VirtualFolders') {
      return { status: 200, json: data.libraries.map(virtualFolder) };
    }
    if (request.method === 'GET' && request.path === '/Items') return itemsAnswer(request, data);
    if (request.method === 'POST' && request.path === '/Library/Media/Updated') {
      return mediaUpdatedAnswer(request, 204);
    }
    return { status: 404 };
  };
  const server = await startFakeApp({
    authorized: (request) => tokenOf(request) === data.token,
    isPublic: (request) => request.path === '/System/Info/Public',
    unauthorized: { status: 401 },
    route,
  });
  return {
    ...server,
    get requests() {
      return server.requests;
    },
    updates: () => updatesOf(server, '/Library/Media/Updated'),
  };
}
