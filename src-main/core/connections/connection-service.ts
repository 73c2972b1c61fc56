// Settings → Connections: add, edit, remove and Test the outside apps. Tests go through the
// adapters; their answer (or what is wrong) is kept on the connection and shown with it.
import type {
  Connection,
  ConnectionFields,
  ConnectionPatch,
  ConnectionTestInput,
  ConnectionTestResult,
} from '../../../src-preload/contract/connections';
import type { EventBus } from '../event-bus';
import { createConnectionAdapter, type AdapterFactories } from './adapter-registry';
import type { ConnectionStore } from './connection-store';
import type { ConnectionTarget } from './connection-types';

export interface ConnectionServiceDeps {
  store: ConnectionStore;
  events: EventBus;
  factories: AdapterFactories;
  fetch?: typeof fetch;
  /** Per request of a Test (default 10 s). */
  testTimeoutMs?: number;
}

export class ConnectionService {
  constructor(private readonly deps: ConnectionServiceDeps) {}

  list(): Connection[] {
    return this.deps.store.list();
  }

  add(fields: ConnectionFields): Connection {
    return this.changed(this.deps.store.add(fields));
  }

  update(id: number, patch: ConnectionPatch): Connection {
    return this.changed(this.deps.store.update(id, patch));
  }

  remove(id: number): void {
    this.deps.store.remove(id);
    this.deps.events.emit('connections:changed', { ids: [id] });
  }

  /** Asks the app who it is. A saved connection keeps the answer; a draft is only answered. */
  async test(input: ConnectionTestInput, signal?: AbortSignal): Promise<ConnectionTestResult> {
    let target: ConnectionTarget;
    let savedId: number | null = null;
    if ('id' in input) {
      const saved = this.deps.store.target(input.id);
      target = {
        ...saved,
        apiKey: input.apiKey ?? saved.apiKey,
        url: input.url ?? saved.url,
        urlBase: input.urlBase ?? saved.urlBase,
      };
      // A Test with a key or an address typed but not saved says nothing about the saved connection.
      const draft = input.apiKey !== undefined || input.url !== undefined || input.urlBase !== undefined;
      if (!draft) savedId = saved.id;
    } else {
      target = { kind: input.kind, url: input.url, urlBase: input.urlBase, apiKey: input.apiKey };
    }
    const adapter = createConnectionAdapter(this.deps.factories, target, {
      fetch: this.deps.fetch,
      timeoutMs: this.deps.testTimeoutMs ?? 10_000,
    });
    const outcome = await adapter.test(signal);
    const result: ConnectionTestResult = { ...outcome, checkedAt: new Date().toISOString() };
    if (savedId !== null) {
      this.deps.store.saveTest(savedId, result);
      this.deps.events.emit('connections:changed', { ids: [savedId] });
    }
    return result;
  }

  private changed(connection: Connection): Connection {
    this.deps.events.emit('connections:changed', { ids: [connection.id] });
    return connection;
  }
}
