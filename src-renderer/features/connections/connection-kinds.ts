import type { ConnectionKind, ConnectionProblemCode } from '../../../src-preload/contract';

// What the form and the cards say per kind of app. The contract's own lists are values the window
// may not import (it takes types only), so each entry is typed by kind: a kind added to the contract
// without its words here is a compile error.

export interface ConnectionKindInfo {
  label: string;
  group: 'arr' | 'server';
  /** The key field's label: Plex calls it a token. */
  keyLabel: string;
  /** Where to find the key in the app, in one or two sentences. */
  keyHowTo: string;
  /** A placeholder address with the app's usual port. */
  urlExample: string;
  /** Arrs behind a reverse proxy have a URL base; media servers are addressed as a whole. */
  hasUrlBase: boolean;
}

export const connectionKinds: Record<ConnectionKind, ConnectionKindInfo> = {
  radarr: {
    label: 'Radarr',
    group: 'arr',
    keyLabel: 'API key',
    keyHowTo: 'In Radarr: Settings → General → Security → API Key.',
    urlExample: 'http://192.168.1.10:7878',
    hasUrlBase: true,
  },
  sonarr: {
    label: 'Sonarr',
    group: 'arr',
    keyLabel: 'API key',
    keyHowTo: 'In Sonarr: Settings → General → Security → API Key.',
    urlExample: 'http://192.168.1.10:8989',
    hasUrlBase: true,
  },
  plex: {
    label: 'Plex',
    group: 'server',
    keyLabel: 'Token',
    keyHowTo:
      'In Plex Web, open any movie, choose ⋯ → Get Info → View XML: the address of the page that opens ends with X-Plex-Token=…; copy the part after the "=". (Plex support: "Finding an authentication token / X-Plex-Token".)',
    urlExample: 'http://192.168.1.10:32400',
    hasUrlBase: false,
  },
  jellyfin: {
    label: 'Jellyfin',
    group: 'server',
    keyLabel: 'API key',
    keyHowTo: 'In Jellyfin: Dashboard → API Keys → +, name it "Trailerdeck", and copy the key.',
    urlExample: 'http://192.168.1.10:8096',
    hasUrlBase: false,
  },
  emby: {
    label: 'Emby',
    group: 'server',
    keyLabel: 'API key',
    keyHowTo: 'In Emby: Settings (the gear) → Advanced → API Keys → New API Key, and copy the key.',
    urlExample: 'http://192.168.1.10:8096',
    hasUrlBase: false,
  },
};

export const arrKindList: ConnectionKind[] = ['radarr', 'sonarr'];
export const serverKindList: ConnectionKind[] = ['plex', 'jellyfin', 'emby'];

export const isArr = (kind: ConnectionKind): boolean => connectionKinds[kind].group === 'arr';

/**
 * Where to look, after main's sentence saying what is wrong (which already says what to check):
 * only the refused key needs this app's own menu path.
 */
export function problemAdvice(kind: ConnectionKind, code: ConnectionProblemCode): string | null {
  return code === 'UNAUTHORIZED' ? connectionKinds[kind].keyHowTo : null;
}
