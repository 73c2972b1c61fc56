// The Audit page's selection against a transport answering from plain functions: what Upgrade
// sends (the ids picked, or the filter itself for "all in this filter") and what the person is told.
import { describe, expect, it } from 'vitest';
import type { AuditWindowQuery, EnqueueManyResult } from '../../src-preload/contract';
import type { AuditUpgradeRequest } from '../../src-preload/contract/audit';
import { auditSelectionCount } from './audit-selection-slice';
import { createAppStore } from './create-app-store';
import { fakeApi } from './fake-api';

function setup(sent: AuditUpgradeRequest[]) {
  return createAppStore(
    fakeApi({
      'audit:window': (input) => {
        const query = input as AuditWindowQuery;
        return { rows: [], offset: 0, total: query.problem === null ? 1200 : 40, problem: query.problem };
      },
      'audit:upgrade': (input): EnqueueManyResult => {
        sent.push(input as AuditUpgradeRequest);
        return {
          queued: 2,
          skipped: [
            { code: 'NO_SOURCE', reason: 'no source known, use Find trailer on the title', count: 1 },
          ],
        };
      },
      'downloads:counts': () => ({ active: 0, completed: 0, failed: 0, all: 0 }),
    }),
  );
}

describe('audit selection', () => {
  it('upgrades the files picked by hand, then clears the selection and says what was queued', async () => {
    const sent: AuditUpgradeRequest[] = [];
    const store = setup(sent);
    store.getState().toggleAuditFile(7);
    store.getState().toggleAuditFile(9);
    store.getState().toggleAuditFile(3);
    store.getState().toggleAuditFile(9);
    expect(auditSelectionCount(store.getState())).toBe(2);

    expect(await store.getState().upgradeAuditSelection()).toBe(true);
    expect(sent).toEqual([{ downloadIds: [7, 3] }]);
    expect(store.getState().auditPicked).toEqual([]);
    expect(store.getState().toasts.at(-1)).toMatchObject({
      kind: 'success',
      message: 'Queued 2 upgrades; 1 skipped (no source known, use Find trailer on the title)',
    });
  });

  it('"all in this filter" sends the filter, counts its total, and ends when the filter changes', async () => {
    const sent: AuditUpgradeRequest[] = [];
    const store = setup(sent);
    await store.getState().setAuditProblem('portrait');
    store.getState().toggleAuditFile(5);
    store.getState().setAuditAllInFilter(true);
    expect(auditSelectionCount(store.getState())).toBe(40);
    await store.getState().upgradeAuditSelection();
    expect(sent).toEqual([{ problem: 'portrait' }]);

    store.getState().setAuditAllInFilter(true);
    await store.getState().setAuditProblem('no-audio');
    expect(store.getState().auditAllInFilter).toBe(false);
    expect(auditSelectionCount(store.getState())).toBe(0);
  });
});
