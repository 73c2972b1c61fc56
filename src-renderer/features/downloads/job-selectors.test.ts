import { describe, expect, it } from 'vitest';
import type { DownloadJob } from '../../../src-preload/contract';
import { makeJob } from '../../store/fake-api';
import { allowedActions, statusLabel, titleJobsOfMedia } from './job-selectors';

const jobs = Object.fromEntries(
  (
    [
      [1, 'completed'],
      [2, 'failed'],
      [3, 'downloading'],
      [4, 'cancelled'],
      [5, 'queued'],
      [6, 'paused'],
      [7, 'processing'],
    ] as const
  ).map(([id, status]) => [id, makeJob(id, status, { mediaId: id % 2 === 0 ? 2 : 1 })]),
);
const ids = (list: DownloadJob[]) => list.map((j) => j.id);

describe('job selectors', () => {
  it("shows a title's active jobs, and its latest one while that one is a failure", () => {
    expect(ids(titleJobsOfMedia(jobs, 1))).toEqual([7, 5, 3]);
    // The failed job 2 is older than the paused job 6: the newer attempt speaks for the title.
    expect(ids(titleJobsOfMedia(jobs, 2))).toEqual([6]);
    expect(titleJobsOfMedia(jobs, 9)).toEqual([]);
    const history = (...statuses: DownloadJob['status'][]) =>
      Object.fromEntries(statuses.map((status, i) => [i + 1, makeJob(i + 1, status, { mediaId: 3 })]));
    expect(ids(titleJobsOfMedia(history('completed', 'failed'), 3))).toEqual([2]);
    expect(ids(titleJobsOfMedia(history('failed', 'queued'), 3))).toEqual([2]);
    expect(titleJobsOfMedia(history('failed', 'completed'), 3)).toEqual([]);
    expect(titleJobsOfMedia(history('failed', 'cancelled'), 3)).toEqual([]);
  });

  it('offers only the actions legal in each status', () => {
    expect(allowedActions('queued')).toEqual(['pause', 'cancel']);
    expect(allowedActions('downloading')).toEqual(['pause', 'cancel']);
    expect(allowedActions('processing')).toEqual(['pause', 'cancel']);
    expect(allowedActions('paused')).toEqual(['resume', 'cancel']);
    expect(allowedActions('failed')).toEqual(['retry']);
    expect(allowedActions('cancelled')).toEqual(['retry']);
    expect(allowedActions('completed')).toEqual([]);
  });

  it('says when a queued job waits for a retry', () => {
    expect(statusLabel(makeJob(1, 'queued'))).toBe('Queued');
    expect(statusLabel(makeJob(1, 'queued', { nextAttemptAt: '2024-05-10T12:00:30Z' }))).toBe(
      'Waiting to retry',
    );
  });
});
