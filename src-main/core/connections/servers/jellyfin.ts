// Jellyfin (10.8 and later): the token in `Authorization: MediaBrowser Token="…"` (Jellyfin's
// AuthorizationContext reads it there, or from X-Emby-Token, which it calls legacy), libraries from
// GET /Library/VirtualFolders (LibraryStructureController), "Jellyfin Server" as ProductName.
import { z } from 'zod';
import type { ConnectionTarget } from '../connection-types';
import type { SampledMediaServerClient } from './sampled-client';
import { createMediaBrowserClient, virtualFolderSchema } from './media-browser';
import type { AdapterOptions } from '../adapter-registry';

export function createJellyfinClient(
  target: ConnectionTarget,
  options: AdapterOptions,
): SampledMediaServerClient {
  return createMediaBrowserClient(target, options, {
    kind: 'jellyfin',
    label: 'Jellyfin',
    appName: 'Jellyfin Server',
    prefix: '',
    headers: (apiKey) => ({ Authorization: `MediaBrowser Token="${apiKey}"` }),
    // Emby sends no ProductName; Jellyfin always has since 10.x.
    otherApp: (info) => (/jellyfin/i.test(info.ProductName ?? '') ? null : 'Emby'),
    listFolders: (http, prefix, signal) =>
      http.json({ path: `${prefix}/Library/VirtualFolders`, signal }, z.array(virtualFolderSchema)),
  });
}
