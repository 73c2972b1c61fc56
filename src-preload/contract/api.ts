import type { EventName, EventPayloads } from './events';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from './procedures';
import type { Result } from './result';

/** The API the renderer sees, identical over Electron IPC and the headless WebSocket. */
export type ProcedureApi = {
  [K in ProcedureName]: (input?: ProcedureInput<K>) => Promise<Result<ProcedureOutput<K>>>;
};

export interface TrailerdeckApi {
  procedures: ProcedureApi;
  /** Subscribes to one event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** The absolute path of a dropped file or folder, or null when this window cannot know it. */
  pathForFile(file: File): string | null;
  /** A URL the window can load a title's poster from. */
  posterUrl(mediaId: number, cacheKey: string): string;
  /** A URL the window's player can stream a filed video from, by its download id (never a path). */
  videoUrl(downloadId: number): string;
}
