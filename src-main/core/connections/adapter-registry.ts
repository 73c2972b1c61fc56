// Which adapter talks to which kind of app. The factories are passed in (create-core wires the real
// ones), so the service and its tests never import every adapter.
import { isArrKind } from '../../../src-preload/contract/connections';
import type { ArrClient, ConnectionAdapter, ConnectionTarget, MediaServerClient } from './connection-types';

export interface AdapterOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export type ArrClientFactory = (target: ConnectionTarget, options: AdapterOptions) => ArrClient;
export type MediaServerClientFactory = (
  target: ConnectionTarget,
  options: AdapterOptions,
) => MediaServerClient;

export interface AdapterFactories {
  arr: ArrClientFactory;
  server: MediaServerClientFactory;
}

export function createConnectionAdapter(
  factories: AdapterFactories,
  target: ConnectionTarget,
  options: AdapterOptions,
): ConnectionAdapter {
  return isArrKind(target.kind) ? factories.arr(target, options) : factories.server(target, options);
}
