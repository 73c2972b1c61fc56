import type { TrailerdeckApi } from '../../src-preload/contract';
import { createWsClient, type ConnectionSource, type WebSocketConstructor } from './ws-client';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a browser talking to headless mode. */
    trailerdeck?: TrailerdeckApi;
  }
}

export type { ConnectionSource, ConnectionStatus } from './ws-client';

function createTransport(): { api: TrailerdeckApi; connection: ConnectionSource } {
  if (window.trailerdeck) {
    // IPC never disconnects while the window lives.
    const connection: ConnectionSource = { current: () => 'open', subscribe: () => () => {} };
    return { api: window.trailerdeck, connection };
  }
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return createWsClient({
    url: `${scheme}//${location.host}/ws`,
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    checkAccess: () =>
      fetch('/session', { cache: 'no-store', credentials: 'same-origin' }).then(
        (response) => (response.status === 401 ? false : response.ok ? true : null),
        () => null,
      ),
  });
}

const transport = createTransport();

/** The one API the renderer talks to, over Electron IPC or the headless WebSocket. */
export const api: TrailerdeckApi = transport.api;
/** Whether the transport is connected, for the "Reconnecting…" banner. */
export const connection: ConnectionSource = transport.connection;
