// The one factory the connection service's adapter registry calls for Plex, Jellyfin and Emby.
import type { ConnectionTarget, MediaServerClient } from '../connection-types';
import { createEmbyClient } from './emby';
import { createJellyfinClient } from './jellyfin';
import { createPlexClient, type ServerClientOptions } from './plex';

export function createMediaServerClient(
  target: ConnectionTarget,
  options: ServerClientOptions = {},
): MediaServerClient {
  switch (target.kind) {
    case 'plex':
      return createPlexClient(target, options);
    case 'jellyfin':
      return createJellyfinClient(target, options);
    case 'emby':
      return createEmbyClient(target, options);
    default:
      throw new Error(`${target.kind} is not a media server.`);
  }
}
