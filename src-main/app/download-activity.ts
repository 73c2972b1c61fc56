import type { DownloadSettings } from '../../src-preload/contract/downloads';
import type { EventPayloads } from '../../src-preload/contract/events';
import type { EventBus } from '../core/event-bus';

export interface DownloadCounts {
  /** Downloading or processing. */
  running: number;
  queued: number;
  paused: number;
}

/** What the tray shows about the queue. */
export interface DownloadActivity {
  counts: DownloadCounts;
  allPaused: boolean;
}

export const idleActivity: DownloadActivity = {
  counts: { running: 0, queued: 0, paused: 0 },
  allPaused: false,
};

export interface DownloadActivitySource {
  /** Active jobs by state, counted by the core (however many a bulk run queued). */
  countActive(): Promise<DownloadCounts>;
  getSettings(): Promise<DownloadSettings>;
}

/**
 * Reports the tray's figures: the active jobs by state and "Pause all". The counts come from a
 * count query, asked again after each `downloads:changed` (one at a time: changes made during a
 * count ask for one more), so they stay right however many jobs the queue holds.
 */
export function watchDownloadActivity(
  events: Pick<EventBus, 'subscribe'>,
  source: DownloadActivitySource,
  onChange: (activity: DownloadActivity) => void,
  onError: (error: unknown) => void = () => {},
): () => void {
  let counts: DownloadCounts = { ...idleActivity.counts };
  let allPaused = false;
  let settingsFromEvent = false;
  let stopped = false;
  let lastReported = '';
  let counting = false;
  let countAgain = false;

  const report = () => {
    if (stopped) return;
    const activity: DownloadActivity = { counts, allPaused };
    const key = JSON.stringify(activity);
    if (key === lastReported) return;
    lastReported = key;
    onChange(activity);
  };

  const recount = async () => {
    if (counting) {
      countAgain = true;
      return;
    }
    counting = true;
    try {
      do {
        countAgain = false;
        try {
          counts = await source.countActive();
          report();
        } catch (error) {
          onError(error);
        }
      } while (countAgain && !stopped);
    } finally {
      counting = false;
    }
  };

  const unsubscribe = events.subscribe((name, payload) => {
    if (name === 'downloads:changed') {
      void recount();
    } else if (name === 'downloads:settingsChanged') {
      settingsFromEvent = true;
      allPaused = (payload as EventPayloads['downloads:settingsChanged']).allPaused;
      report();
    }
  });

  void recount();
  source
    .getSettings()
    .then((settings) => {
      if (!settingsFromEvent) allPaused = settings.allPaused;
      report();
    })
    .catch(onError);

  return () => {
    stopped = true;
    unsubscribe();
  };
}
