import type { EventName, EventPayloads } from './events';
import type { Result } from './result';

/**
 * Messages of the headless WebSocket transport (`/ws` on the same origin; the token travels as
 * the `td_token_<port>` cookie the server sets when the page is opened with `?token=`).
 */
export interface WireCall {
  type: 'call';
  /** Chosen by the client, echoed in the result. */
  id: number;
  name: string;
  input?: unknown;
}

export interface WireResult {
  type: 'result';
  id: number;
  result: Result<unknown>;
}

export interface WireEvent<E extends EventName = EventName> {
  type: 'event';
  event: E;
  payload: EventPayloads[E];
}

export type ServerMessage = WireResult | WireEvent;

/** Headless posters are served same-origin at `/posters/<mediaId>?v=<cacheKey>` (cookie auth). */
export type HeadlessPosterPath = `/posters/${number}?v=${string}`;
