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

/** What to do about a problem a Test found, after main's sentence saying what it is. */
export function problemAdvice(kind: ConnectionKind, code: ConnectionProblemCode): string {
  const info = connectionKinds[kind];
  switch (code) {
    case 'UNREACHABLE':
      return `Check that ${info.label} is running and that the address and port are the ones you open it with in a browser.`;
    case 'TIMEOUT':
      return `${info.label} may be busy or behind a firewall: try again, or check the address.`;
    case 'TLS':
      return 'Use http:// if the app is not set up for https, or give it a certificate this machine trusts.';
    case 'UNAUTHORIZED':
      return `Copy the ${info.keyLabel.toLowerCase()} again. ${info.keyHowTo}`;
    case 'WRONG_ADDRESS':
      return info.hasUrlBase
        ? `Check the port and the URL base (${info.label}: Settings → General → URL Base).`
        : 'Check the port, and leave any path out of the address.';
    case 'WRONG_APP':
      return `Check the port: it may belong to another app. Or add this one as the kind it is.`;
    case 'BAD_ANSWER':
      return `Update ${info.label}, or check that the address is the app itself and not a proxy's page.`;
    case 'SERVER_ERROR':
      return `${info.label} had an error of its own: its logs say more. Try again later.`;
  }
}
