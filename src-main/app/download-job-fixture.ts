// Test data only: a download job as the core reports it, for the shell's unit tests.
import type { DownloadJob } from '../../src-preload/contract/downloads';

export function downloadJob(overrides: Partial<DownloadJob> = {}): DownloadJob {
  return {
    id: 1,
    mediaId: 10,
    mediaTitle: 'Heat',
    mediaYear: 1995,
    profileId: 1,
    profileName: 'Default',
    sourceUrl: 'https://www.youtube.com/watch?v=0xbBLiYbX8A',
    videoId: '0xbBLiYbX8A',
    status: 'queued',
    attempts: 0,
    maxAttempts: 3,
    errorCode: null,
    errorMessage: null,
    errorHint: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    nextAttemptAt: null,
    finalPath: null,
    downloadId: null,
    choice: null,
    slot: { type: 'trailer', season: null, language: null, ordinal: 1 },
    ...overrides,
  };
}
