import { describe, expect, it } from 'vitest';
import { jobStatuses, type JobStatus } from '../../../src-preload/contract/downloads';
import { allowedTransitions, assertTransition, canTransition, IllegalJobTransition } from './job-transitions';

describe('job transitions', () => {
  it('lists every status, and only known statuses as targets', () => {
    expect(Object.keys(allowedTransitions).sort()).toEqual([...jobStatuses].sort());
    for (const targets of Object.values(allowedTransitions)) {
      for (const target of targets) expect(jobStatuses).toContain(target);
    }
  });

  it('never leaves completed: a finished trailer is history', () => {
    for (const to of jobStatuses) expect(canTransition('completed', to)).toBe(false);
  });

  it('lets every status but completed reach an end, so no job is stuck for good', () => {
    const ends: JobStatus[] = ['completed', 'failed', 'cancelled'];
    for (const from of jobStatuses) {
      const seen = new Set<JobStatus>([from]);
      const stack: JobStatus[] = [from];
      while (stack.length > 0) {
        for (const next of allowedTransitions[stack.pop() as JobStatus]) {
          if (seen.has(next)) continue;
          seen.add(next);
          stack.push(next);
        }
      }
      expect(ends.some((end) => seen.has(end))).toBe(true);
    }
  });

  it('refuses a move the table does not list, naming the job', () => {
    expect(() => assertTransition(7, 'completed', 'queued')).toThrow(IllegalJobTransition);
    expect(() => assertTransition(7, 'queued', 'completed')).toThrow(
      'Job 7 cannot go from queued to completed.',
    );
    expect(() => assertTransition(7, 'paused', 'downloading')).toThrow(IllegalJobTransition);
    expect(() => assertTransition(7, 'downloading', 'processing')).not.toThrow();
  });

  it('allows what the queue needs: retry after failure, resume after pause, requeue after a crash', () => {
    expect(canTransition('failed', 'queued')).toBe(true);
    expect(canTransition('cancelled', 'queued')).toBe(true);
    expect(canTransition('paused', 'queued')).toBe(true);
    expect(canTransition('downloading', 'queued')).toBe(true);
    expect(canTransition('processing', 'queued')).toBe(true);
    // A conversion runs for minutes: it can be held or stopped like a download.
    expect(canTransition('processing', 'paused')).toBe(true);
    expect(canTransition('processing', 'cancelled')).toBe(true);
    expect(canTransition('processing', 'downloading')).toBe(false);
  });
});
