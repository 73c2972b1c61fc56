// Which media server answers at an address, asked through the public identity pages each one
// serves without a key (Plex's /identity; Jellyfin's and Emby's /System/Info/Public, Emby's under
// /emby). Used when the chosen kind's own request fails with a refusal or a 404, so that "Plex at
// a Jellyfin address" is named as such instead of as a wrong key. No key is sent.
import { z } from 'zod';
import type { MediaServerKind } from '../../../../src-preload/contract/connections';
import { ConnectionError, httpJson } from '../http-json';

const plexIdentity = z.object({ MediaContainer: z.object({ machineIdentifier: z.string().min(1) }) });
const publicInfo = z.object({
  Version: z.string(),
  ProductName: z.string().nullish(),
  Id: z.string().nullish(),
});

const names: Record<MediaServerKind, string> = {
  plex: 'Plex Media Server',
  jellyfin: 'Jellyfin',
  emby: 'Emby',
};

export interface IdentifyOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The kind of media server at `baseUrl` (address + URL base), or null when none says who it is. */
export async function identifyServer(
  baseUrl: string,
  options: IdentifyOptions,
): Promise<MediaServerKind | null> {
  const http = httpJson({ appLabel: 'the server', baseUrl, headers: {}, ...options });
  const answers = async <T>(ask: () => Promise<T>): Promise<T | null> => {
    try {
      return await ask();
    } catch (error) {
      if (error instanceof ConnectionError) return null;
      throw error;
    }
  };
  if (await answers(() => http.json({ path: '/identity' }, plexIdentity))) return 'plex';
  const jellyfin = await answers(() => http.json({ path: '/System/Info/Public' }, publicInfo));
  if (jellyfin) return /jellyfin/i.test(jellyfin.ProductName ?? '') ? 'jellyfin' : 'emby';
  if (await answers(() => http.json({ path: '/emby/System/Info/Public' }, publicInfo))) return 'emby';
  return null;
}

/**
 * Turns a refusal or a 404 of the chosen kind into WRONG_APP when another media server answers at
 * the address; any other error is left as it was.
 */
export async function explainWithIdentity(
  error: unknown,
  expected: MediaServerKind,
  baseUrl: string,
  options: IdentifyOptions,
): Promise<unknown> {
  if (!(error instanceof ConnectionError) || !['UNAUTHORIZED', 'WRONG_ADDRESS'].includes(error.code)) {
    return error;
  }
  const found = await identifyServer(baseUrl, options).catch(() => null);
  if (found === null || found === expected) return error;
  return new ConnectionError(
    'WRONG_APP',
    `This address answers as ${names[found]}, not ${names[expected]}. Choose ${names[found]} as the kind of connection, or check the address and port.`,
    error.status,
    { cause: error },
  );
}
