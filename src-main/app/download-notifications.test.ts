import { emptyProcessingRecord } from '../../src-preload/contract/processing-values';
import { describe, expect, it, vi } from 'vitest';
import type { DownloadJob } from '../../src-preload/contract/downloads';
import type { TrailerFile } from '../../src-preload/contract/models';
import { EventBus } from '../core/event-bus';
import {
  batchNotification,
  batchWindowMs,
  jobNotification,
  trailerDetails,
  watchFinishedDownloads,
  type StartTimer,
} from './download-notifications';
import { downloadJob } from './download-job-fixture';

const completed = (id: number, overrides: Partial<DownloadJob> = {}) =>
  downloadJob({ id, status: 'completed', mediaId: 100 + id, downloadId: 500 + id, ...overrides });
const failed = (id: number, overrides: Partial<DownloadJob> = {}) =>
  downloadJob({
    id,
    status: 'failed',
    mediaId: 100 + id,
    errorCode: 'NOT_FOUND',
    errorMessage: 'The video does not exist (HTTP 404).',
    ...overrides,
  });

/** A timer the test fires by hand: no sleeps, and the flush it runs can be awaited. */
function manualTimer() {
  const scheduled: { callback: () => Promise<void>; ms: number; cancelled: boolean }[] = [];
  const start: StartTimer = (callback, ms) => {
    const entry = { callback, ms, cancelled: false };
    scheduled.push(entry);
    return () => {
      entry.cancelled = true;
    };
  };
  return {
    start,
    waiting: () => scheduled.filter((entry) => !entry.cancelled).map((entry) => entry.ms),
    async fire() {
      const due = scheduled.splice(0).filter((entry) => !entry.cancelled);
      for (const entry of due) await entry.callback();
    },
  };
}

function watch(options: { focused?: boolean; details?: string | null } = {}) {
  const events = new EventBus();
  const timer = manualTimer();
  const show = vi.fn();
  const describe = vi.fn(async (_job: DownloadJob) =>
    options.details === undefined ? '1080p mp4' : options.details,
  );
  const stop = watchFinishedDownloads(events, {
    show,
    shouldNotify: () => !options.focused,
    describe,
    startTimer: timer.start,
  });
  const finish = (...jobs: DownloadJob[]) => events.emit('downloads:finished', { jobs });
  return { events, timer, show, describe, stop, finish };
}

describe('download notifications', () => {
  it('tells about one finished trailer, once the batch window has passed', async () => {
    const w = watch();
    w.finish(completed(1));
    expect(w.timer.waiting()).toEqual([batchWindowMs]);
    expect(w.show).not.toHaveBeenCalled();

    await w.timer.fire();
    expect(w.show.mock.calls).toEqual([
      [{ title: 'Trailer downloaded', body: 'Heat (1995) — 1080p mp4', route: '#/title/101' }],
    ]);
  });

  it('tells why a download failed', async () => {
    const w = watch();
    w.finish(failed(2));
    await w.timer.fire();
    expect(w.show.mock.calls).toEqual([
      [
        {
          title: 'Trailer download failed',
          body: 'Heat (1995): The video does not exist (HTTP 404).',
          route: '#/title/102',
        },
      ],
    ]);
    expect(w.describe).not.toHaveBeenCalled();
  });

  it('gives up to three jobs finishing together a notification each', async () => {
    const w = watch();
    w.finish(completed(1, { mediaTitle: 'Heat' }));
    w.finish(
      completed(2, { mediaTitle: 'Ronin', mediaYear: 1998 }),
      failed(3, { mediaTitle: 'Collateral', mediaYear: 2004 }),
    );
    expect(w.timer.waiting()).toHaveLength(1);
    await w.timer.fire();
    expect(w.show.mock.calls.map(([n]) => [n.title, n.body, n.route])).toEqual([
      ['Trailer downloaded', 'Heat (1995) — 1080p mp4', '#/title/101'],
      ['Trailer downloaded', 'Ronin (1998) — 1080p mp4', '#/title/102'],
      ['Trailer download failed', 'Collateral (2004): The video does not exist (HTTP 404).', '#/title/103'],
    ]);
  });

  it('sums up more than three jobs finishing together in one notification that opens Activity', async () => {
    const w = watch();
    for (let id = 1; id <= 5; id += 1) w.finish(completed(id));
    await w.timer.fire();
    expect(w.show.mock.calls).toEqual([
      [{ title: 'Trailer downloads finished', body: '5 trailers downloaded', route: '#/activity' }],
    ]);

    const jobs = [...Array.from({ length: 12 }, (_, i) => completed(10 + i)), failed(30), failed(31)];
    w.finish(...jobs);
    await w.timer.fire();
    expect(w.show).toHaveBeenCalledTimes(2);
    expect(w.show.mock.calls[1]?.[0]).toEqual({
      title: 'Trailer downloads finished',
      body: '12 trailers downloaded, 2 failed',
      route: '#/activity',
    });
  });

  it('starts a new batch for jobs finishing after the window closed', async () => {
    const w = watch();
    w.finish(completed(1));
    await w.timer.fire();
    w.finish(completed(2));
    expect(w.timer.waiting()).toEqual([batchWindowMs]);
    await w.timer.fire();
    expect(w.show.mock.calls.map(([n]) => n.route)).toEqual(['#/title/101', '#/title/102']);
  });

  it('notifies a job reported twice in one window once, as it ended last', async () => {
    const w = watch();
    w.finish(failed(1));
    w.finish(completed(1));
    await w.timer.fire();
    expect(w.show.mock.calls.map(([n]) => n.title)).toEqual(['Trailer downloaded']);
  });

  it('leaves cancelled jobs and other events alone', async () => {
    const w = watch();
    w.events.emit('downloads:changed', {
      changes: [{ id: 1, mediaId: 1, status: 'completed' }],
      counts: { active: 0, completed: 1, failed: 0, all: 1 },
      active: { running: 0, queued: 0, paused: 0 },
    });
    w.finish(downloadJob({ id: 2, status: 'cancelled' }));
    expect(w.timer.waiting()).toEqual([]);
    await w.timer.fire();
    expect(w.show).not.toHaveBeenCalled();
  });

  it('stays quiet while a Trailerdeck window has focus (its toasts tell)', async () => {
    const w = watch({ focused: true });
    w.finish(completed(1), failed(2));
    await w.timer.fire();
    expect(w.show).not.toHaveBeenCalled();
  });

  it('names the title alone when the trailer file is not known', async () => {
    const w = watch({ details: null });
    w.finish(completed(1, { mediaYear: null, mediaTitle: 'Blade Runner 2049' }));
    await w.timer.fire();
    expect(w.show.mock.calls[0]?.[0].body).toBe('Blade Runner 2049');
  });

  it('drops a pending batch when stopped', async () => {
    const w = watch();
    w.finish(completed(1));
    w.stop();
    expect(w.timer.waiting()).toEqual([]);
    await w.timer.fire();
    w.finish(completed(2));
    expect(w.timer.waiting()).toEqual([]);
    expect(w.show).not.toHaveBeenCalled();
  });
});

describe('notification texts', () => {
  it('shortens a long error message', () => {
    const body = jobNotification(failed(1, { errorMessage: 'x'.repeat(1000) }), null).body;
    expect(body.length).toBeLessThanOrEqual(200);
    expect(body.startsWith('Heat (1995): xxx')).toBe(true);
    expect(body.endsWith('…')).toBe(true);
  });

  it('names the video a job fills when it is not the title trailer', () => {
    const slot = { type: 'featurette' as const, season: null, language: null, ordinal: 1 };
    expect(jobNotification(completed(1, { slot }), '1080p mp4').title).toBe('Featurette downloaded');
    const season = { type: 'trailer' as const, season: 2, language: 'de', ordinal: 1 };
    expect(jobNotification(failed(1, { slot: season }), null).title).toBe(
      'Season 2 trailer · German download failed',
    );
    expect(jobNotification(completed(2), null).title).toBe('Trailer downloaded');
  });

  it('says something even when a failure has no message', () => {
    expect(jobNotification(failed(1, { errorMessage: null }), null).body).toBe(
      'Heat (1995): the download did not finish.',
    );
  });

  it('words summaries by what happened', () => {
    const many = (n: number, make: (id: number) => DownloadJob) =>
      Array.from({ length: n }, (_, i) => make(i + 1));
    expect(batchNotification([...many(1, completed), ...many(4, failed)]).body).toBe(
      '1 trailer downloaded, 4 failed',
    );
    expect(batchNotification(many(4, failed))).toEqual({
      title: 'Trailer downloads failed',
      body: '4 trailer downloads failed',
      route: '#/activity',
    });
  });
});

describe('trailerDetails', () => {
  const row = (overrides: Partial<TrailerFile>): TrailerFile => ({
    id: 501,
    mediaId: 101,
    path: '/media/Heat (1995)/Heat (1995)-trailer.mp4',
    fileName: 'Heat (1995)-trailer.mp4',
    size: 1000,
    resolution: '1080p',
    fileFormat: 'mp4',
    videoFormat: 'h264',
    audioFormat: 'aac',
    audioLanguage: 'en',
    subtitleFormat: null,
    subtitleLanguage: null,
    durationSeconds: 120,
    youtubeId: null,
    sourceUrl: null,
    fileExists: true,
    problem: null,
    profileName: 'Default',
    addedAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    jobId: null,
    videoType: 'trailer',
    season: null,
    language: null,
    processing: emptyProcessingRecord,
    ...overrides,
  });

  it('reads resolution and container from the trailer row the job produced', () => {
    const job = completed(1, { finalPath: '/media/Heat (1995)/Heat (1995)-trailer.mkv' });
    expect(
      trailerDetails(job, [
        row({ id: 7, resolution: '480p' }),
        row({ resolution: '2160p', fileFormat: 'mkv' }),
      ]),
    ).toBe('2160p mkv');
  });

  it('falls back on the file extension, then on nothing', () => {
    expect(trailerDetails(completed(1, { finalPath: 'C:\\Films\\Heat (1995)\\Heat-trailer.WEBM' }), [])).toBe(
      'webm',
    );
    expect(trailerDetails(completed(1, { finalPath: null }), [row({ id: 9 })])).toBeNull();
  });
});
