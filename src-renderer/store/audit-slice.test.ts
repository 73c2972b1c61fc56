// The audit slice against a transport answering from plain functions (no main process here): what
// the page shows after loading, after choosing a filter, and when scrolling needs another stretch.
import { describe, expect, it, vi } from 'vitest';
import type { AuditCounts, AuditRow, AuditWindowQuery } from '../../src-preload/contract';
import { createAppStore } from './create-app-store';
import { fakeApi } from './fake-api';

const counts: AuditCounts = {
  checked: 900,
  any: 600,
  'missing-file': 0,
  broken: 0,
  'low-resolution': 450,
  portrait: 150,
  'no-audio': 0,
  'unwanted-video-codec': 0,
  'unwanted-audio-codec': 0,
  'wrong-language': 0,
  letterboxed: 0,
  'too-quiet': 0,
  'too-loud': 0,
};

function row(index: number, problem: AuditRow['problems'][number]): AuditRow {
  return {
    downloadId: index + 1,
    mediaId: index + 1,
    mediaTitle: `Title ${index}`,
    mediaYear: 2000,
    fileName: `Title ${index}-trailer.mkv`,
    path: `/movies/Title ${index}/Title ${index}-trailer.mkv`,
    videoType: 'trailer',
    season: null,
    profileName: 'Default',
    problems: [problem],
    resolution: '720p',
    width: 1280,
    height: 720,
    videoFormat: 'h264',
    audioFormat: 'aac',
    language: null,
    audioLanguage: null,
    brokenReason: null,
    wantedResolution: '1080',
    wantedVideoCodec: 'any',
    wantedAudioCodec: 'any',
    wantedLanguages: [],
    pictureWidth: null,
    pictureHeight: null,
    loudness: null,
    wantedLoudness: null,
  };
}

/** A server holding `counts`: low resolution for the first 450 rows, portrait after. */
function setup(calls: string[] = [], queries: AuditWindowQuery[] = []) {
  return createAppStore(
    fakeApi(
      {
        'audit:counts': () => counts,
        'audit:window': (input) => {
          const query = input as AuditWindowQuery;
          queries.push(query);
          const total = query.problem === null ? counts.any : counts[query.problem];
          const problem = query.problem ?? 'low-resolution';
          const size = Math.max(0, Math.min(query.limit, total - query.offset));
          const rows = Array.from({ length: size }, (_, i) => row(query.offset + i, problem));
          return { rows, offset: query.offset, total, problem: query.problem };
        },
      },
      calls,
    ),
  );
}

describe('audit slice', () => {
  it('loads the counts and the first stretch of every file with a problem', async () => {
    const calls: string[] = [];
    const store = setup(calls);
    await store.getState().loadAudit();
    const state = store.getState();
    expect(state.auditCounts).toEqual(counts);
    expect(state.auditStatus).toBe('ready');
    expect(state.audit).toMatchObject({ total: 600, offset: 0, problem: null });
    expect(state.audit.rows.length).toBeLessThan(600);
    expect(calls.sort()).toEqual(['audit:counts', 'audit:window']);
  });

  it('a filter lists only its problem, from the top, without counting again', async () => {
    const calls: string[] = [];
    const queries: AuditWindowQuery[] = [];
    const store = setup(calls, queries);
    await store.getState().loadAudit();
    store.getState().showAuditRange(150, 170);
    await store.getState().setAuditProblem('portrait');
    expect(store.getState().audit).toMatchObject({ problem: 'portrait', offset: 0, total: 150 });
    expect(store.getState().audit.rows.every((r) => r.problems.includes('portrait'))).toBe(true);
    expect(queries.at(-1)).toMatchObject({ offset: 0, problem: 'portrait' });
    expect(calls.filter((name) => name === 'audit:counts')).toHaveLength(1);
  });

  it('asks for the stretch in view when scrolling past what it holds, and not before', async () => {
    const queries: AuditWindowQuery[] = [];
    const store = setup([], queries);
    await store.getState().loadAudit();
    const held = queries.length;
    store.getState().showAuditRange(10, 30);
    expect(queries).toHaveLength(held);
    store.getState().showAuditRange(420, 440);
    await vi.waitFor(() => {
      const { audit } = store.getState();
      expect(audit.offset).toBeLessThanOrEqual(420);
      expect(audit.offset + audit.rows.length).toBeGreaterThanOrEqual(440);
    });
    expect(queries).toHaveLength(held + 1);
  });

  it('follows changes while open: a burst of events costs one more fetch, not one per event', async () => {
    const calls: string[] = [];
    let release: () => void = () => {};
    let hold = false;
    const store = createAppStore(
      fakeApi(
        {
          'audit:counts': async () => {
            if (hold) await new Promise<void>((resolve) => (release = resolve));
            return counts;
          },
          'audit:window': () => ({ rows: [], offset: 0, total: 0, problem: null }),
        },
        calls,
      ),
    );
    const countCalls = () => calls.filter((name) => name === 'audit:counts').length;

    // Closed: changes fetch nothing (the next visit loads anyway).
    store.getState().onAuditSourcesChanged();
    expect(calls).toEqual([]);

    store.getState().setAuditOpen(true);
    await vi.waitFor(() => expect(store.getState().auditStatus).toBe('ready'));
    expect(countCalls()).toBe(1);

    // A scan's burst: the first event fetches, the other nineteen wait for it and then fetch once.
    hold = true;
    for (let i = 0; i < 20; i += 1) store.getState().onAuditSourcesChanged();
    await vi.waitFor(() => expect(countCalls()).toBe(2));
    hold = false;
    release();
    await vi.waitFor(() => expect(countCalls()).toBe(3));
    await Promise.resolve();
    expect(countCalls()).toBe(3);
    expect(calls.filter((name) => name === 'audit:window')).toHaveLength(3);
    expect(store.getState().auditStatus).toBe('ready');

    store.getState().setAuditOpen(false);
    store.getState().onAuditSourcesChanged();
    expect(countCalls()).toBe(3);
  });
});
