// The one factory the connection service's adapter registry calls for Plex, Jellyfin and Emby.
import type { ConnectionTarget } from '../connection-types';
import type { SampledMediaServerClient } from './sampled-client';
import { createEmbyClient } from './emby';
import { createJellyfinClient } from './jellyfin';
import type { AdapterOptions } from '../adapter-registry';
import { createPlexClient } from './plex';

export function createMediaServerClient(
  target: ConnectionTarget,
  options: AdapterOptions = {},
): SampledMediaServerClient {
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
