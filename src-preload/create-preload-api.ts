import type { ProcedureApi, TrailerdeckApi } from './contract/api';
import { eventNames, type EventName } from './contract/events';
import { procedureNames } from './contract/procedures';
import type { Result } from './contract/result';
import { CALL_CHANNEL, EVENT_CHANNEL, posterUrl, videoUrl } from './ipc-channels';

/** The part of Electron's ipcRenderer the preload uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** The part of Electron's webUtils the preload uses. */
export interface WebUtilsLike {
  getPathForFile(file: File): string;
}

type Listener = (payload: unknown) => void;

const knownEvents: ReadonlySet<string> = new Set(eventNames);

/**
 * The object the preload exposes as `window.trailerdeck`: one named function per procedure and a
 * filtered `on`. Neither ipcRenderer nor Electron's event object ever reaches the page.
 */
export function createPreloadApi(ipc: IpcRendererLike, webUtils: WebUtilsLike): TrailerdeckApi {
  const procedures = Object.fromEntries(
    procedureNames.map((name) => [name, (input?: unknown) => call(ipc, name, input)]),
  ) as ProcedureApi; // built from the same name list the type is derived from

  const listeners = new Map<EventName, Set<Listener>>();
  let attached = false;

  // One IPC listener for all subscriptions: no listener-count warnings, no per-call IPC churn.
  function attach(): void {
    if (attached) return;
    attached = true;
    ipc.on(EVENT_CHANNEL, (_event, name, payload) => {
      const subscribers = listeners.get(name as EventName);
      if (!subscribers) return;
      for (const listener of [...subscribers]) {
        try {
          listener(payload);
        } catch (error) {
          // A page listener that throws must not keep the others from hearing the event.
          console.error(`Trailerdeck: a "${String(name)}" listener failed`, error);
        }
      }
    });
  }

  return {
    procedures,
    on(event, listener) {
      if (typeof event !== 'string' || !knownEvents.has(event)) {
        throw new Error(`Trailerdeck has no event called ${JSON.stringify(String(event))}.`);
      }
      if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
      attach();
      // A wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
      const entry: Listener = (payload) => (listener as Listener)(payload);
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(entry);
      listeners.set(event, set);
      return () => {
        set.delete(entry);
      };
    },
    pathForFile(file) {
      try {
        const path = webUtils.getPathForFile(file);
        return path === '' ? null : path;
      } catch {
        // Not a File (webUtils throws): the page passed something else.
        return null;
      }
    },
    posterUrl(mediaId, cacheKey) {
      return posterUrl(mediaId, String(cacheKey));
    },
    videoUrl(downloadId) {
      return videoUrl(Number(downloadId));
    },
  };
}

async function call(ipc: IpcRendererLike, name: string, input: unknown): Promise<Result<unknown>> {
  try {
    return (await ipc.invoke(CALL_CHANNEL, name, input)) as Result<unknown>;
  } catch (error) {
    // Main never throws across IPC; this is a missing handler or a value that cannot be cloned.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `Trailerdeck could not reach its main process (${detail}).` },
    };
  }
}
