import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import type { Dispatch } from '../core/rpc/dispatch';
import type { EventBus } from '../core/event-bus';
import type { ServerMessage, WireResult } from '../../src-preload/contract/wire';

const maxMessageBytes = 1024 * 1024;

const wireCall = z.object({
  type: z.literal('call'),
  id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  name: z.string().max(200),
  input: z.unknown().optional(),
});

/** Carries the contract over WebSocket: calls in, results and events out. */
export function createWsTransport(dispatch: Dispatch, events: EventBus) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  const clients = new Set<WebSocket>();

  const unsubscribe = events.subscribe((event, payload) => {
    const message = JSON.stringify({ type: 'event', event, payload } satisfies ServerMessage);
    for (const client of clients) {
      if (client.readyState === client.OPEN) client.send(message);
    }
  });

  wss.on('connection', (socket) => {
    clients.add(socket);
    socket.on('close', () => clients.delete(socket));
    socket.on('error', () => socket.terminate());
    socket.on('message', (data, isBinary) => {
      void handleMessage(socket, isBinary ? null : data.toString());
    });
  });

  async function handleMessage(socket: WebSocket, text: string | null) {
    const call = parseCall(text);
    const reply: WireResult =
      'error' in call
        ? {
            type: 'result',
            id: call.id,
            result: { ok: false, error: { code: 'INVALID_INPUT', message: call.error } },
          }
        : { type: 'result', id: call.id, result: await dispatch(call.name, call.input) };
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply));
  }

  return {
    wss,
    clientCount: () => clients.size,
    close() {
      unsubscribe();
      for (const client of clients) client.terminate();
      wss.close();
    },
  };
}

function parseCall(
  text: string | null,
): { id: number; name: string; input?: unknown } | { id: number; error: string } {
  if (text === null) return { id: 0, error: 'Messages must be JSON text.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { id: 0, error: 'Messages must be JSON text.' };
  }
  const parsed = wireCall.safeParse(json);
  if (parsed.success) return parsed.data;
  const id = typeof (json as { id?: unknown })?.id === 'number' ? (json as { id: number }).id : 0;
  return { id, error: 'A call needs {type:"call", id, name, input}.' };
}
