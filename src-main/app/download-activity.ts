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
 * Reports the tray's figures: the active jobs by state and "Pause all". The counts are asked for
 * once, then taken from each `downloads:changed`, which carries them as they are after the change.
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

  const report = () => {
    if (stopped) return;
    const activity: DownloadActivity = { counts, allPaused };
    const key = JSON.stringify(activity);
    if (key === lastReported) return;
    lastReported = key;
    onChange(activity);
  };

  // The first count is asked for; every change after it brings the counts along.
  let countsFromEvent = false;
  const unsubscribe = events.subscribe((name, payload) => {
    if (name === 'downloads:changed') {
      countsFromEvent = true;
      counts = { ...(payload as EventPayloads['downloads:changed']).active };
      report();
    } else if (name === 'downloads:settingsChanged') {
      settingsFromEvent = true;
      allPaused = (payload as EventPayloads['downloads:settingsChanged']).allPaused;
      report();
    }
  });

  source
    .countActive()
    .then((first) => {
      if (countsFromEvent) return;
      counts = first;
      report();
    })
    .catch(onError);
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
