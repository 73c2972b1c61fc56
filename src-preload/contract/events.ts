import type { ScanProgress, ScanSummary } from './models';

/** Events main pushes to every window or WebSocket client. */
export interface EventPayloads {
  /** Library folders or titles changed: lists should refetch. */
  'library:changed': { rootIds: number[] };
  /** A scan moved on; coalesced to a few per second. */
  'scan:progress': ScanProgress;
  /** A scan ended, with its summary. */
  'scan:finished': ScanSummary;
  /** Trailer profiles were created, changed or deleted: lists should refetch. */
  'profiles:changed': { profileIds: number[] };
}

export type EventName = keyof EventPayloads;

export const eventNames = [
  'library:changed',
  'scan:progress',
  'scan:finished',
  'profiles:changed',
] as const satisfies readonly EventName[];
