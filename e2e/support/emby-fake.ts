// A loopback Emby Server answering in Emby's JSON shapes, under Emby's "/emby" prefix. Routes and
// shapes follow Emby's REST reference (dev.emby.media/reference/RestAPI):
//   - SystemService getSystemInfo: GET /System/Info → SystemInfo (ServerName, Version, Id,
//     OperatingSystem…; no ProductName, unlike Jellyfin), and getSystemInfoPublic: GET
//     /System/Info/Public → PublicSystemInfo without a key;
//   - LibraryStructureService getLibraryVirtualfoldersQuery: GET /Library/VirtualFolders/Query →
//     QueryResult_VirtualFolderInfo {Items: VirtualFolderInfo[] (Name, Locations, CollectionType,
//     ItemId, Id, Guid…), TotalRecordCount};
//   - ItemsService getItems: GET /Items?ParentId=&Fields=Path&Limit= → {Items, TotalRecordCount};
//   - LibraryService postLibraryMediaUpdated: POST /Library/Media/Updated with PostUpdatedMedia
//     {Updates: [MediaUpdateInfo {Path, UpdateType}]} → 200, empty;
//   - the api key in the `X-Emby-Token` header (Emby's "API Key Authentication" page).
// A refused key gets 401 with a plain-text body, as Emby sends.
import { startFakeApp, type FakeAnswer, type RecordedRequest } from './fake-app-server';
import {
  itemsAnswer,
  mediaUpdatedAnswer,
  tokenOf,
  updatesOf,
  virtualFolder,
  type MediaBrowserFake,
  type MediaBrowserFakeData,
} from './jellyfin-fake';

export async function startEmbyFake(data: MediaBrowserFakeData): Promise<MediaBrowserFake> {
  const route = (request: RecordedRequest): FakeAnswer => {
    if (request.method === 'GET' && request.path === '/emby/System/Info') {
      return {
        status: 200,
        json: {
          SystemUpdateLevel: 'Release',
          OperatingSystemDisplayName: 'Linux',
          PackageName: 'emby-server-deb',
          HasPendingRestart: false,
          IsShuttingDown: false,
          OperatingSystem: 'Linux',
          SupportsLibraryMonitor: true,
          SupportsLocalPortConfiguration: true,
          SupportsWakeServer: false,
          WebSocketPortNumber: 8096,
          CompletedInstallations: [],
          CanSelfRestart: true,
          CanSelfUpdate: false,
          CanLaunchWebBrowser: false,
          ProgramDataPath: '/var/lib/emby',
          ItemsByNamePath: '/var/lib/emby/metadata',
          CachePath: '/var/lib/emby/cache',
          LogPath: '/var/lib/emby/logs',
          InternalMetadataPath: '/var/lib/emby/metadata',
          TranscodingTempPath: '/var/lib/emby/transcoding-temp',
          HttpServerPortNumber: 8096,
          SupportsHttps: false,
          HttpsPortNumber: 8920,
          HasUpdateAvailable: false,
          SupportsAutoRunAtStartup: false,
          HardwareAccelerationRequiresPremiere: true,
          LocalAddress: 'http://172.17.0.3:8096',
          LocalAddresses: ['http://172.17.0.3:8096'],
          WanAddress: null,
          RemoteAddresses: [],
          ServerName: data.serverName ?? 'emby-nas',
          Version: data.version ?? '4.8.10.0',
          Id: '7d1c3a9e0f2b4c6d8e0a1b2c3d4e5f60',
        },
      };
    }
    if (request.method === 'GET' && request.path === '/emby/System/Info/Public') {
      // PublicSystemInfo (getSystemInfoPublic): answered without a key.
      return {
        status: 200,
        json: {
          LocalAddress: 'http://172.17.0.3:8096',
          LocalAddresses: ['http://172.17.0.3:8096'],
          WanAddress: null,
          RemoteAddresses: [],
          ServerName: data.serverName ?? 'emby-nas',
          Version: data.version ?? '4.8.10.0',
          Id: '7d1c3a9e0f2b4c6d8e0a1b2c3d4e5f60',
        },
      };
    }
    if (request.method === 'GET' && request.path === '/emby/Library/VirtualFolders/Query') {
      const items = data.libraries.map((library, index) => {
        const folder = virtualFolder(library, index);
        return { ...folder, Id: folder.ItemId, Guid: `${String(folder.ItemId)}guid` };
      });
      return { status: 200, json: { Items: items, TotalRecordCount: items.length } };
    }
    if (request.method === 'GET' && request.path === '/emby/Items') return itemsAnswer(request, data);
    if (request.method === 'POST' && request.path === '/emby/Library/Media/Updated') {
      return mediaUpdatedAnswer(request, 200);
    }
    return { status: 404, text: 'Not found', contentType: 'text/plain' };
  };
  const server = await startFakeApp({
    authorized: (request) => tokenOf(request) === data.token,
    isPublic: (request) => request.path === '/emby/System/Info/Public',
    unauthorized: { status: 401, text: 'Access token is invalid or expired.', contentType: 'text/plain' },
    route,
  });
  return {
    ...server,
    get requests() {
      return server.requests;
    },
    updates: () => updatesOf(server, '/emby/Library/Media/Updated'),
  };
}
