import type { EventName, EventPayloads } from '../../src-preload/contract/events';

type Listener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

/** Fans core events out to every transport (Electron windows, WebSocket clients, the tray). */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch {
        // One broken subscriber (a closed socket, a destroyed window) must not starve the rest.
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
