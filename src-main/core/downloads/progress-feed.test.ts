import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../src-preload/contract/downloads';
import { PROGRESS_INTERVAL_MS, ProgressFeed, type ProgressTimers } from './progress-feed';
import type { DownloadProgress } from './ytdlp-progress';

/** Timers driven by the test: `tick()` is one beat. */
function manualTimers() {
  let callback: (() => void) | null = null;
  const timers: ProgressTimers = {
    setInterval: (cb, ms) => {
      expect(ms).toBe(PROGRESS_INTERVAL_MS);
      callback = cb;
      return 1;
    },
    clearInterval: () => (callback = null),
  };
  return { timers, tick: () => callback?.(), running: () => callback !== null };
}

const line = (downloadedBytes: number): DownloadProgress => ({
  status: 'downloading',
  downloadedBytes,
  totalBytes: 1000,
  totalIsEstimate: false,
  percent: downloadedBytes / 10,
  speedBps: 500,
  etaSeconds: 2,
  fragmentIndex: null,
  fragmentCount: null,
  formatId: '18',
  part: null,
});

describe('ProgressFeed', () => {
  it('beats at least 4 times a second', () => {
    expect(1000 / PROGRESS_INTERVAL_MS).toBeGreaterThanOrEqual(4);
  });

  it('sends the latest progress of every running job once per beat, however many lines arrived', () => {
    const published: JobProgress[][] = [];
    const clock = manualTimers();
    const feed = new ProgressFeed((p) => published.push(p), clock.timers);
    feed.start(1);
    feed.start(2);
    for (let bytes = 0; bytes <= 400; bytes += 10) feed.update(1, line(bytes));
    clock.tick();
    expect(published).toHaveLength(1);
    expect(published[0]).toEqual([
      expect.objectContaining({ jobId: 1, downloadedBytes: 400, percent: 40, speed: 500, etaSeconds: 2 }),
      expect.objectContaining({ jobId: 2, downloadedBytes: 0, percent: null }),
    ]);
  });

  it('shows the processing step, its percent coalesced to the latest, and stops beating when nothing runs', () => {
    const published: JobProgress[][] = [];
    const clock = manualTimers();
    const feed = new ProgressFeed((p) => published.push(p), clock.timers);
    feed.start(7);
    feed.update(7, line(600));
    feed.processing(7);
    clock.tick();
    expect(published.at(-1)).toEqual([
      expect.objectContaining({
        jobId: 7,
        phase: 'processing',
        step: 'verifying',
        percent: null,
        downloadedBytes: 1000,
        speed: null,
      }),
    ]);
    // ffmpeg reports many times a beat: the windows get the latest only.
    for (let i = 1; i <= 40; i += 1) feed.processing(7, 'converting', { fraction: i / 100, encodeSpeed: 2 });
    clock.tick();
    expect(published).toHaveLength(2);
    expect(published.at(-1)).toEqual([
      expect.objectContaining({ step: 'converting', percent: 40, encodeSpeed: 2, speed: null }),
    ]);
    feed.remove(7);
    clock.tick();
    expect(published).toHaveLength(2);
    expect(clock.running()).toBe(false);
    feed.start(8);
    expect(clock.running()).toBe(true);
  });
});
