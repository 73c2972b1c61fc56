import type { EventName } from '../../src-preload/contract/events';
import type { Result } from '../../src-preload/contract/result';
import { APP_HOST, APP_SCHEME, CALL_CHANNEL, EVENT_CHANNEL } from '../../src-preload/ipc-channels';
import type { EventBus } from '../core/event-bus';
import type { Dispatch } from '../core/rpc/dispatch';

/** What the IPC layer needs to know about the frame that sent a call (Electron's WebFrameMain). */
export interface FrameLike {
  readonly url: string;
}

export interface InvokeEventLike {
  /** Null when the frame navigated away or was destroyed before the call arrived. */
  readonly senderFrame: FrameLike | null;
}

/** The part of Electron's ipcMain the contract needs. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/** A window events can be pushed to (Electron's BrowserWindow). */
export interface EventTargetWindow {
  isDestroyed(): boolean;
  readonly webContents: {
    isDestroyed(): boolean;
    send(channel: string, ...args: unknown[]): void;
  };
}

const untrusted: Result<never> = {
  ok: false,
  error: { code: 'UNSUPPORTED', message: 'This frame may not call Trailerdeck.' },
};

/**
 * True only for a frame showing the app's own pages. Compares scheme and host rather than
 * `URL.origin`, which is the string "null" for custom schemes outside a browser.
 */
export function isTrustedFrame(frame: FrameLike | null | undefined): boolean {
  if (!frame || typeof frame.url !== 'string') return false;
  try {
    const url = new URL(frame.url);
    return (
      url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
    );
  } catch {
    return false;
  }
}

/**
 * Serves every procedure on one invoke channel. Untrusted frames are refused; the payload is
 * validated inside `dispatch`; whatever happens, the caller receives a Result, never a throw.
 */
export function registerContract(
  ipc: IpcMainLike,
  dispatch: Dispatch,
  isTrustedSender: (frame: FrameLike | null) => boolean = isTrustedFrame,
  onInternalError?: (error: unknown) => void,
): void {
  ipc.handle(CALL_CHANNEL, async (event, name, input) => {
    try {
      if (!isTrustedSender(event.senderFrame)) return untrusted;
      return await dispatch(name, input);
    } catch (error) {
      onInternalError?.(error);
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: 'Something went wrong inside Trailerdeck. The details are in the log.',
        },
      } satisfies Result<never>;
    }
  });
}

/**
 * Pushes every core event to every live window as `(name, payload)` on the event channel.
 * Returns the unsubscribe function.
 */
export function forwardEvents(
  events: Pick<EventBus, 'subscribe'>,
  windows: () => readonly EventTargetWindow[],
): () => void {
  return events.subscribe((name: EventName, payload: unknown) => {
    for (const window of windows()) {
      if (window.isDestroyed() || window.webContents.isDestroyed()) continue;
      try {
        window.webContents.send(EVENT_CHANNEL, name, payload);
      } catch {
        // A window closing mid-send must not keep the event from the others.
      }
    }
  });
}
