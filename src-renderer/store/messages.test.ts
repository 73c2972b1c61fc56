import { describe, expect, it } from 'vitest';
import type { ScanSummary } from '../../src-preload/contract';
import { describeScan } from './messages';

const summary: ScanSummary = {
  rootId: 1,
  rootPath: '/media/Movies',
  startedAt: '2024-01-01T00:00:00Z',
  finishedAt: '2024-01-01T00:00:05Z',
  rootUnreachable: false,
  foldersTotal: 5,
  foldersScanned: 5,
  foldersSkippedUnchanged: 0,
  titlesAdded: 3,
  titlesUpdated: 0,
  titlesMissing: 0,
  trailersFound: 2,
  extrasFound: 0,
  trailersMissing: 0,
  issues: [],
};

describe('describeScan', () => {
  it('says what was found and where', () => {
    expect(describeScan(summary)).toEqual({
      kind: 'success',
      message: 'Scan finished: 3 new titles, 2 trailers found in /media/Movies. No issues.',
    });
  });

  it('counts extras apart from trailers', () => {
    expect(describeScan({ ...summary, extrasFound: 1 }).message).toBe(
      'Scan finished: 3 new titles, 2 trailers and 1 extra found in /media/Movies. No issues.',
    );
  });

  it('counts issues and uses the singular for one', () => {
    const issue = { path: '/media/Movies/x', reason: 'unreadable' as const, message: 'Permission denied' };
    const { kind, message } = describeScan({ ...summary, titlesAdded: 1, trailersFound: 1, issues: [issue] });
    expect(kind).toBe('info');
    expect(message).toBe(
      'Scan finished: 1 new title, 1 trailer found in /media/Movies. 1 issue: see Settings.',
    );
  });

  it('reports an unreachable folder as an error', () => {
    const { kind, message } = describeScan({ ...summary, rootUnreachable: true });
    expect(kind).toBe('error');
    expect(message).toContain("Couldn't reach /media/Movies");
  });
});
