// Emby Server (4.x): the API under "/emby", the key in the X-Emby-Token header, libraries from
// GET /Library/VirtualFolders/Query ({Items, TotalRecordCount}; Emby's LibraryStructureService),
// and no ProductName in /System/Info (Jellyfin's says "Jellyfin Server").
import { z } from 'zod';
import type { ConnectionTarget } from '../connection-types';
import type { SampledMediaServerClient } from './sampled-client';
import { createMediaBrowserClient, virtualFolderSchema } from './media-browser';
import type { AdapterOptions } from '../adapter-registry';

const queryResultSchema = z.object({ Items: z.array(virtualFolderSchema) });

export function createEmbyClient(
  target: ConnectionTarget,
  options: AdapterOptions,
): SampledMediaServerClient {
  return createMediaBrowserClient(target, options, {
    kind: 'emby',
    label: 'Emby',
    appName: 'Emby Server',
    prefix: '/emby',
    headers: (apiKey) => ({ 'X-Emby-Token': apiKey }),
    otherApp: (info) => (/jellyfin/i.test(info.ProductName ?? '') ? 'Jellyfin' : null),
    listFolders: async (http, prefix, signal) =>
      (await http.json({ path: `${prefix}/Library/VirtualFolders/Query`, signal }, queryResultSchema)).Items,
  });
}
