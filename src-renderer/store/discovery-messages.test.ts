import { describe, expect, it } from 'vitest';
import { describeNeedsChoice, describeRunEnd, describeRunProgress, isStaleRun } from './discovery-messages';
import { makeRun } from './fake-api';

describe('run snapshots', () => {
  const running = makeRun({ done: 4 });
  const finished = makeRun({ running: false, done: 10, finishedAt: '2024-05-10T12:01:00.000Z' });

  it('refuses a snapshot older than the one held', () => {
    expect(isStaleRun(null, running)).toBe(false);
    expect(isStaleRun(running, makeRun({ done: 3 }))).toBe(true);
    expect(isStaleRun(running, makeRun({ done: 5 }))).toBe(false);
    expect(isStaleRun(finished, running)).toBe(true);
    expect(isStaleRun(running, finished)).toBe(false);
    // A new run is never stale, whatever the old one's counts.
    expect(isStaleRun(finished, makeRun({ startedAt: '2024-05-11T08:00:00.000Z' }))).toBe(false);
    expect(isStaleRun(makeRun({ startedAt: '2024-05-11T08:00:00.000Z' }), finished)).toBe(true);
  });
});

describe('run messages', () => {
  it('shows progress with only the counts that are not zero', () => {
    expect(
      describeRunProgress(makeRun({ total: 10, done: 4, queued: 2, needsChoice: 1, satisfied: 1 })),
    ).toBe('4 of 10 titles · 2 trailers queued · 1 title needs a choice · 1 already had a trailer');
    expect(describeRunProgress(makeRun({ total: 1, done: 0 }))).toBe('0 of 1 title');
  });

  it('sums up the end, as an error when searches failed', () => {
    expect(
      describeRunEnd(makeRun({ running: false, total: 5, done: 5, queued: 2, needsChoice: 2, failed: 1 })),
    ).toEqual({
      kind: 'error',
      message:
        'Checked 5 titles: queued 2 trailers, 2 titles need your choice (see Review), 1 could not be searched.',
    });
    expect(describeRunEnd(makeRun({ running: false, total: 2, done: 2, satisfied: 2 }))).toEqual({
      kind: 'success',
      message: 'Checked 2 titles: 2 already had a trailer.',
    });
  });

  it('says a run stopped for want of a connection, and counts none of the rest as needing a choice', () => {
    const stopped = makeRun({
      running: false,
      total: 8,
      done: 3,
      queued: 1,
      stopped:
        'Stopped after 3 of 8 titles. YouTube cannot be reached: there is no internet connection, or the address cannot be found.',
    });
    expect(describeRunEnd(stopped)).toEqual({
      kind: 'error',
      message:
        'Stopped after 3 of 8 titles. YouTube cannot be reached: there is no internet connection, or the address cannot be found. 1 trailer queued before that. Run it again once you are back online.',
    });
  });

  it('with two profiles counts searches and titles apart: 2 titles × 2 profiles are 4 searches', () => {
    const run = makeRun({ titles: 2, profiles: 2, total: 4, done: 2, needsChoice: 2, needsChoiceTitles: 1 });
    expect(describeRunProgress(run)).toBe('2 of 4 searches (2 titles × 2 profiles) · 1 title needs a choice');
    expect(
      describeRunEnd({ ...run, running: false, done: 4, queued: 2, finishedAt: '2024-05-10T12:01:00.000Z' }),
    ).toEqual({
      kind: 'info',
      message:
        'Checked 2 titles for 2 profiles (4 searches): queued 2 trailers, 1 title needs your choice (see Review).',
    });
  });
});

describe('the review count', () => {
  it('counts titles, not a title once per profile', () => {
    expect(describeNeedsChoice({ total: 0, titles: 0 })).toBe('Nothing waiting');
    expect(describeNeedsChoice({ total: 1, titles: 1 })).toBe('1 title needs a choice');
    expect(describeNeedsChoice({ total: 2, titles: 1 })).toBe(
      '1 title needs a choice (2 choices, one per title and profile)',
    );
    expect(describeNeedsChoice({ total: 2, titles: 2 })).toBe('2 titles need a choice');
  });
});
