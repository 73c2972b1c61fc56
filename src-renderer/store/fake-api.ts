// A transport for store tests: procedures answered by plain functions, as main would answer them.
import type {
  ContractError,
  DiscoveryRun,
  DownloadJob,
  JobFilterCounts,
  JobsChanged,
  JobStatus,
  ProcedureApi,
  Result,
  TrailerCandidate,
  TrailerdeckApi,
} from '../../src-preload/contract';

export type Handler = (input: unknown) => unknown;

/** A transport answering from plain functions; a handler that throws a ContractError fails the call. */
export function fakeApi(handlers: Record<string, Handler>, calls: string[] = []): TrailerdeckApi {
  const procedures = new Proxy({} as ProcedureApi, {
    get:
      (_t, name: string) =>
      async (input: unknown): Promise<Result<unknown>> => {
        calls.push(name);
        const handler = handlers[name];
        if (!handler) return { ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: name } };
        try {
          return { ok: true, data: await handler(input) };
        } catch (error) {
          return { ok: false, error: error as ContractError };
        }
      },
  });
  return { procedures, on: () => () => {}, pathForFile: () => null, posterUrl: () => '', videoUrl: () => '' };
}

/** A job as main sends it; ids grow with creation, as in the database. */
export function makeJob(id: number, status: JobStatus, extra: Partial<DownloadJob> = {}): DownloadJob {
  return {
    id,
    mediaId: 1,
    mediaTitle: 'The Matrix',
    mediaYear: 1999,
    profileId: 1,
    profileName: 'Default',
    sourceUrl: 'http://127.0.0.1/media/video.mp4',
    videoId: null,
    status,
    attempts: 0,
    maxAttempts: 3,
    errorCode: null,
    errorMessage: null,
    errorHint: null,
    createdAt: '2024-05-10T12:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    nextAttemptAt: null,
    finalPath: null,
    downloadId: null,
    choice: null,
    slot: { type: 'trailer', season: null, language: null, ordinal: 1 },
    ...extra,
  };
}

/** A run snapshot as main sends it. */
export function makeRun(extra: Partial<DiscoveryRun> = {}): DiscoveryRun {
  return {
    running: true,
    titles: 10,
    profiles: 1,
    total: 10,
    done: 0,
    queued: 0,
    needsChoice: 0,
    // One profile: as many titles wait as searches do, unless a test says otherwise.
    needsChoiceTitles: extra.needsChoice ?? 0,
    satisfied: 0,
    failed: 0,
    startedAt: '2024-05-10T12:00:00.000Z',
    finishedAt: null,
    stopped: null,
    ...extra,
  };
}

/** A ranked candidate as main sends it. */
export function makeCandidate(
  key: string,
  score: number,
  extra: Partial<TrailerCandidate> = {},
): TrailerCandidate {
  return {
    key,
    url: `https://www.youtube.com/watch?v=${key}`,
    videoId: key,
    title: `The Matrix (1999) Official Trailer ${key}`,
    channel: 'Warner Bros. Pictures',
    durationSeconds: 150,
    viewCount: 1000,
    thumbnailUrl: null,
    source: 'youtube-search',
    score,
    reasons: [{ label: 'Title matches', points: 25 }],
    neverUnattended: false,
    ...extra,
  };
}

/** Main's `downloads:changed` for these jobs: their ids and states, and the counts after the change. */
export function jobsChanged(
  jobs: readonly DownloadJob[],
  counts: Partial<JobFilterCounts> = {},
): JobsChanged {
  return {
    changes: jobs.map(({ id, mediaId, status }) => ({ id, mediaId, status })),
    counts: { active: 0, completed: 0, failed: 0, all: 0, ...counts },
    active: { running: 0, queued: 0, paused: 0 },
  };
}
