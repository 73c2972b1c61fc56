import type {
  ContractError,
  EventName,
  EventPayloads,
  ProcedureApi,
  Result,
  ServerMessage,
  TrailerdeckApi,
  WireCall,
} from '../../src-preload/contract';

/** The part of the browser's WebSocket the client uses, so tests can pass a fake. */
export interface WebSocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  send(data: string): void;
  close(): void;
}

export type WebSocketConstructor = new (url: string) => WebSocketLike;

/**
 * 'connecting' only before the first open; 'reconnecting' after any close; 'unauthorized' when the
 * server answers but refuses this page's token (it was restarted with a new one).
 */
export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'unauthorized';

export interface ConnectionSource {
  current(): ConnectionStatus;
  subscribe(listener: (status: ConnectionStatus) => void): () => void;
}

export interface WsClientOptions {
  url: string;
  WebSocket: WebSocketConstructor;
  /** First retry delay; doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /**
   * Asks the server over HTTP whether this page's token is still good: false when it answers 401,
   * true when it accepts it, null when it does not answer. A browser never learns why a WebSocket
   * was refused, so this is how a tab left open across a restart finds out.
   */
  checkAccess?: () => Promise<boolean | null>;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface WsClient {
  api: TrailerdeckApi;
  connection: ConnectionSource;
  /** Closes the socket for good (no reconnect); pending calls fail. */
  dispose(): void;
}

const OPEN = 1;

export const connectionLostError: ContractError = {
  code: 'INTERNAL',
  message: 'Lost the connection to Trailerdeck.',
};

type Listener = (payload: never) => void;

export function createWsClient(options: WsClientOptions): WsClient {
  const initialDelay = options.initialDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const setTimer = options.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));

  let socket: WebSocketLike | null = null;
  let status: ConnectionStatus = 'connecting';
  let delay = initialDelay;
  let retryTimer: unknown = null;
  let disposed = false;
  let nextId = 1;
  // Calls made while closed wait here and go out on the next open.
  const queue: Array<{ message: WireCall; resolve: (result: Result<unknown>) => void }> = [];
  // Calls on the wire, by id, until their result arrives or the socket closes.
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<EventName, Set<Listener>>();
  const statusListeners = new Set<(status: ConnectionStatus) => void>();

  function setStatus(next: ConnectionStatus): void {
    if (status === next) return;
    status = next;
    for (const listener of statusListeners) listener(next);
  }

  function failPending(): void {
    const waiting = [...pending.values()];
    pending.clear();
    for (const resolve of waiting) resolve({ ok: false, error: connectionLostError });
  }

  function handleMessage(raw: unknown): void {
    if (typeof raw !== 'string') return;
    let message: ServerMessage;
    try {
      message = JSON.parse(raw) as ServerMessage;
    } catch {
      console.warn('Trailerdeck: ignored a malformed message');
      return;
    }
    if (message?.type === 'result') {
      const resolve = pending.get(message.id);
      if (!resolve) return;
      pending.delete(message.id);
      resolve(message.result);
    } else if (message?.type === 'event') {
      const set = listeners.get(message.event);
      if (!set) return;
      for (const listener of [...set]) {
        // One failing listener must not starve the others.
        try {
          (listener as (payload: unknown) => void)(message.payload);
        } catch (error) {
          console.error(error);
        }
      }
    }
  }

  function connect(): void {
    retryTimer = null;
    const ws = new options.WebSocket(options.url);
    socket = ws;
    ws.onopen = () => {
      if (socket !== ws) return;
      delay = initialDelay;
      setStatus('open');
      for (const { message, resolve } of queue.splice(0)) send(ws, message, resolve);
    };
    ws.onmessage = (event) => {
      if (socket === ws) handleMessage(event.data);
    };
    ws.onerror = () => {
      // A close event always follows; reconnecting is handled there.
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      failPending();
      if (disposed) return;
      if (status !== 'unauthorized') setStatus('reconnecting');
      retryTimer = setTimer(connect, delay);
      delay = Math.min(delay * 2, maxDelay);
      options.checkAccess?.().then(
        (allowed) => {
          // Still closed: a socket that opened meanwhile has already said all is well.
          if (allowed === false && socket === null && !disposed) setStatus('unauthorized');
        },
        () => {},
      );
    };
  }

  function send(ws: WebSocketLike, message: WireCall, resolve: (result: Result<unknown>) => void): void {
    pending.set(message.id, resolve);
    ws.send(JSON.stringify(message));
  }

  function call(name: string, input: unknown): Promise<Result<unknown>> {
    if (disposed) return Promise.resolve({ ok: false, error: connectionLostError });
    const id = nextId++;
    const message: WireCall =
      input === undefined ? { type: 'call', id, name } : { type: 'call', id, name, input };
    return new Promise((resolve) => {
      if (socket && socket.readyState === OPEN) send(socket, message, resolve);
      else queue.push({ message, resolve });
    });
  }

  // Every property is a procedure: the renderer cannot import the runtime list of names.
  const procedures = new Proxy({} as ProcedureApi, {
    get(_target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (input?: unknown) => call(name, input);
    },
  });

  const api: TrailerdeckApi = {
    procedures,
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener as Listener);
      return () => {
        set.delete(listener as Listener);
      };
    },
    pathForFile: () => null,
    posterUrl: (mediaId, cacheKey) => `/posters/${mediaId}?v=${encodeURIComponent(cacheKey)}`,
    // Same origin: the <video> request carries the token cookie like every other request.
    videoUrl: (downloadId) => `/videos/${encodeURIComponent(String(downloadId))}`,
  };

  connect();

  return {
    api,
    connection: {
      current: () => status,
      subscribe(listener) {
        statusListeners.add(listener);
        return () => {
          statusListeners.delete(listener);
        };
      },
    },
    dispose() {
      disposed = true;
      if (retryTimer !== null) clearTimer(retryTimer);
      const ws = socket;
      socket = null;
      failPending();
      for (const { resolve } of queue.splice(0)) resolve({ ok: false, error: connectionLostError });
      ws?.close();
    },
  };
}
