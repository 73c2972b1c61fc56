import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DownloadJob, JobProgress, MediaSummary } from '../../src-preload/contract';
import { createAppStore } from './create-app-store';
import { finishedBatchMs } from './downloads-slice';
import { fakeApi, jobsChanged, makeJob, type Handler } from './fake-api';

const settings = { concurrency: 2, youtubePauseSeconds: 5, maxAttempts: 3, allPaused: false };

function tick(jobId: number, downloadedBytes: number): JobProgress {
  return {
    jobId,
    phase: 'downloading',
    step: null,
    encodeSpeed: null,
    downloadedBytes,
    totalBytes: 1000,
    totalIsEstimate: false,
    percent: downloadedBytes / 10,
    speed: 500,
    etaSeconds: 1,
    fragmentIndex: null,
    fragmentCount: null,
    partIndex: null,
    partCount: null,
    partKind: null,
  };
}

const queueHandlers = (jobs: DownloadJob[], progress: JobProgress[] = []): Record<string, Handler> => ({
  'downloads:forMedia': (input) => jobs.filter((j) => j.mediaId === (input as { mediaId: number }).mediaId),
  'downloads:counts': () => ({ active: 0, completed: 0, failed: 0, all: jobs.length }),
  'downloads:progress': () => progress,
  'downloads:getSettings': () => settings,
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const messages = (store: ReturnType<typeof createAppStore>) => store.getState().toasts.map((t) => t.message);

describe('downloads slice: jobs and progress', () => {
  it('loads progress, settings and counts but no job list; a progress tick changes only that job', async () => {
    const calls: string[] = [];
    const store = createAppStore(
      fakeApi(
        queueHandlers(
          [makeJob(1, 'downloading'), makeJob(2, 'downloading'), makeJob(3, 'completed')],
          [tick(1, 100)],
        ),
        calls,
      ),
    );
    await store.getState().loadDownloads();
    const state = store.getState();
    expect(state.downloadsStatus).toBe('ready');
    expect(calls).not.toContain('downloads:window');
    expect(state.jobsById).toEqual({});
    expect(state.downloadCounts?.all).toBe(3);
    expect(state.downloadProgress[1]?.downloadedBytes).toBe(100);
    expect(state.downloadSettings).toEqual(settings);

    const before = store.getState().downloadProgress;
    store.getState().onDownloadProgress([tick(2, 400)]);
    const after = store.getState().downloadProgress;
    expect(after[2]?.percent).toBe(40);
    // Job 1's entry is the same object: its row's selector does not re-render it.
    expect(after[1]).toBe(before[1]);
    expect(store.getState().jobsById).toBe(state.jobsById);

    // Main repeats unchanged figures on every beat: such a tick changes nothing at all.
    const settled = store.getState();
    store.getState().onDownloadProgress([tick(1, 100), tick(2, 400)]);
    expect(store.getState()).toBe(settled);
  });

  it("drops a job's progress when it stops running and ignores ticks that trail the change", async () => {
    const jobs = [makeJob(1, 'downloading', { mediaId: 4 })];
    const store = createAppStore(fakeApi(queueHandlers(jobs)));
    await store.getState().loadDownloads();
    store.setState((state) => ({ title: { ...state.title, mediaId: 4 } }));
    await store.getState().loadTitleJobs(4);
    store.getState().onDownloadProgress([tick(1, 300)]);
    expect(store.getState().downloadProgress[1]).toBeDefined();

    jobs[0] = makeJob(1, 'paused', { mediaId: 4 });
    store.getState().onJobsChanged(jobsChanged([jobs[0]]));
    expect(store.getState().downloadProgress[1]).toBeUndefined();
    await settle();
    // The title's page asked for its jobs again: the row says paused.
    expect(store.getState().jobsById[1]?.status).toBe('paused');

    const unchanged = store.getState();
    store.getState().onDownloadProgress([tick(1, 350)]);
    expect(store.getState().downloadProgress[1]).toBeUndefined();
    expect(store.getState()).toBe(unchanged);
  });

  it("when thousands of jobs change, asks only for the open title's jobs, once", async () => {
    const calls: string[] = [];
    const jobs = [makeJob(1, 'queued', { mediaId: 4 })];
    const store = createAppStore(fakeApi(queueHandlers(jobs), calls));
    await store.getState().loadDownloads();
    store.setState((state) => ({ title: { ...state.title, mediaId: 4 } }));
    await store.getState().loadTitleJobs(4);
    calls.length = 0;
    jobs[0] = makeJob(1, 'downloading', { mediaId: 4 });
    const bulk = Array.from({ length: 5000 }, (_, i) => makeJob(100 + i, 'queued', { mediaId: 1000 + i }));
    for (let at = 0; at < bulk.length; at += 500) {
      store.getState().onJobsChanged(jobsChanged(bulk.slice(at, at + 500), { active: 5001, all: 5001 }));
    }
    store.getState().onJobsChanged(jobsChanged([jobs[0]], { active: 5001, all: 5001 }));
    await settle();
    expect(Object.keys(store.getState().jobsById)).toEqual(['1']);
    expect(store.getState().jobsById[1]?.status).toBe('downloading');
    expect(calls).toEqual(['downloads:forMedia']);
    expect(store.getState().downloadCounts?.active).toBe(5001);
  });

  it('shows the refusal of a job action as an error toast', async () => {
    const store = createAppStore(
      fakeApi({
        ...queueHandlers([makeJob(1, 'completed')]),
        'downloads:pause': () => {
          throw { code: 'JOB_STATE_CONFLICT', message: 'A completed download cannot be paused.' };
        },
      }),
    );
    await store.getState().loadDownloads();
    await store.getState().pauseJob(1);
    expect(store.getState().toasts).toEqual([
      expect.objectContaining({ kind: 'error', message: 'A completed download cannot be paused.' }),
    ]);
  });
});

describe('downloads slice: finished toasts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says which trailer arrived and which failed, and why', () => {
    const store = createAppStore(fakeApi({}));
    store.getState().onJobsFinished([makeJob(1, 'completed')]);
    store.getState().onJobsFinished([
      makeJob(2, 'failed', {
        mediaTitle: 'Heat',
        mediaYear: 1995,
        errorMessage: 'The server answered 404.',
      }),
    ]);
    expect(messages(store)).toEqual([]);
    vi.advanceTimersByTime(finishedBatchMs);
    expect(store.getState().toasts).toEqual([
      expect.objectContaining({ kind: 'success', message: 'Trailer downloaded: The Matrix (1999)' }),
      expect.objectContaining({
        kind: 'error',
        message: 'Download failed: Heat (1995) — The server answered 404.',
      }),
    ]);
  });

  it('sums up more than three jobs finishing together in one toast', () => {
    const store = createAppStore(fakeApi({}));
    store.getState().onJobsFinished([makeJob(1, 'completed'), makeJob(2, 'completed')]);
    store.getState().onJobsFinished([makeJob(3, 'completed'), makeJob(4, 'failed'), makeJob(5, 'completed')]);
    vi.advanceTimersByTime(finishedBatchMs);
    expect(store.getState().toasts).toEqual([
      expect.objectContaining({
        kind: 'error',
        message: '4 trailers downloaded, 1 download failed. See Activity for the reasons.',
      }),
    ]);

    store.getState().onJobsFinished([6, 7, 8, 9].map((id) => makeJob(id, 'completed')));
    vi.advanceTimersByTime(finishedBatchMs);
    expect(messages(store).at(-1)).toBe('4 trailers downloaded.');
  });
});

describe('trailer requests', () => {
  const media = (id: number, hasTrailerSource: boolean): MediaSummary => ({
    id,
    rootId: 1,
    kind: 'movie',
    title: `Title ${id}`,
    year: 2000,
    hasPoster: false,
    trailerCount: 0,
    brokenTrailerCount: 0,
    extraCount: 0,
    seasonCount: 0,
    seasonTrailerCount: 0,
    folderMissing: false,
    hasTrailerSource,
    addedAt: '2024-01-01T00:00:00Z',
  });

  it('keeps the dialog open with main’s message when a request is refused, closes it on success', async () => {
    let refuse = true;
    const store = createAppStore(
      fakeApi({
        'downloads:enqueue': (input) => {
          if (refuse)
            throw { code: 'ALREADY_QUEUED', message: 'The Matrix (1999) is already queued for Default.' };
          return makeJob(9, 'queued', { sourceUrl: (input as { source: string }).source });
        },
      }),
    );
    store.getState().openDownloadDialog(1);
    expect(await store.getState().enqueue('https://example.com/t.mp4', 1)).toBe(false);
    expect(store.getState().downloadDialog).toMatchObject({
      open: true,
      submitting: false,
      error: { code: 'ALREADY_QUEUED', message: 'The Matrix (1999) is already queued for Default.' },
    });

    refuse = false;
    expect(await store.getState().enqueue('https://example.com/t.mp4', 1)).toBe(true);
    expect(store.getState().downloadDialog.open).toBe(false);
    expect(store.getState().jobsById[9]?.status).toBe('queued');
    expect(messages(store)).toContain('Queued the trailer for The Matrix (1999).');
  });

  it('queues only selected titles with a trailer link and counts the skipped ones', async () => {
    const sent: number[][] = [];
    const items = [media(1, true), media(2, true), media(3, false), media(4, true)];
    const store = createAppStore(
      fakeApi({
        'app:info': () => ({ version: '1', nativeFolderPicker: false, dataDir: '/d' }),
        'library:listRoots': () => [],
        'library:window': () => ({ rows: items, total: 4, size: 4, facets: null }),
        'library:scanStatus': () => null,
        'downloads:enqueueMany': (input) => {
          const { mediaIds } = input as { mediaIds: number[] };
          sent.push(mediaIds);
          return {
            queued: 2,
            skipped: [{ code: 'ALREADY_QUEUED', reason: 'already queued', count: mediaIds.length - 2 }],
          };
        },
      }),
    );
    await store.getState().loadLibrary();
    for (const item of items) store.getState().toggleSelected(item);
    expect(await store.getState().enqueueMany()).toBe(true);
    expect(sent).toEqual([[1, 2, 4]]);
    expect(messages(store)).toContain(
      'Queued 2 trailers; 1 skipped (no trailer link known), 1 skipped (already queued)',
    );
    // Thousands at a time in a real run: none is kept in the window, the counts are asked for.
    expect(store.getState().jobsById).toEqual({});
  });
});
