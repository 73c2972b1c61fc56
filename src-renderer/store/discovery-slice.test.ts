import { describe, expect, it } from 'vitest';
import type { DiscoverySettings, NeedsChoice, YoutubeLane } from '../../src-preload/contract';
import { createAppStore } from './create-app-store';
import { fakeApi, makeRun, type Handler } from './fake-api';

const lane: YoutubeLane = { paused: false, reason: null, since: null };
const pausedLane: YoutubeLane = {
  paused: true,
  reason: 'Sign in to confirm you’re not a bot',
  since: '2024-05-10T12:05:00.000Z',
};
const heat: NeedsChoice = {
  mediaId: 3,
  mediaTitle: 'Heat',
  mediaYear: 1995,
  profileId: 1,
  profileName: 'Default',
  slot: 'trailer',
  slotLabel: 'Trailer',
  outcome: 'needs-choice',
  bestScore: 41,
  bestTitle: 'Heat (1995) reaction',
  message: 'The best candidate scored 41; this profile queues from 60.',
  checkedAt: '2024-05-10T12:00:00.000Z',
};
const lastWeek = makeRun({
  running: false,
  done: 10,
  queued: 10,
  startedAt: '2024-05-03T12:00:00.000Z',
  finishedAt: '2024-05-03T12:01:00.000Z',
});

function setup(extra: Record<string, Handler> = {}, calls: string[] = []) {
  return createAppStore(
    fakeApi(
      {
        'discovery:run': () => lastWeek,
        'discovery:youtubeLane': () => lane,
        'discovery:needsChoiceWindow': (input) => ({
          rows: [heat],
          offset: (input as { offset: number }).offset,
          total: 1,
          titles: 1,
        }),
        ...extra,
      },
      calls,
    ),
  );
}

const messages = (store: ReturnType<typeof createAppStore>) => store.getState().toasts.map((t) => t.message);

describe('discovery slice: library runs', () => {
  it('loads the last run, the lane and the review list without announcing a past run', async () => {
    const store = setup();
    await store.getState().loadDiscovery();
    expect(store.getState().discoveryRun).toEqual(lastWeek);
    expect(store.getState().youtubeLane).toEqual(lane);
    expect(store.getState().needsChoice).toEqual({ rows: [heat], offset: 0, total: 1, titles: 1 });
    expect(messages(store)).toEqual([]);
  });

  it('follows a run it started and sums it up once when it ends', async () => {
    const calls: string[] = [];
    let input: unknown;
    const store = setup(
      {
        'discovery:downloadMissing': (i) => {
          input = i;
          return makeRun({ total: 3 });
        },
      },
      calls,
    );
    await store.getState().loadDiscovery();
    expect(await store.getState().downloadMissing([4, 5, 6])).toBe(true);
    expect(input).toEqual({ mediaIds: [4, 5, 6] });
    expect(messages(store)).toEqual([]);

    store.getState().onDiscoveryRun(makeRun({ total: 3, done: 2, queued: 1, satisfied: 1 }));
    expect(store.getState().discoveryRun?.done).toBe(2);
    const end = makeRun({
      running: false,
      total: 3,
      done: 3,
      queued: 1,
      needsChoice: 1,
      satisfied: 1,
      finishedAt: '2024-05-10T12:00:30.000Z',
    });
    store.getState().onDiscoveryRun(end);
    store.getState().onDiscoveryRun(end);
    expect(messages(store)).toEqual([
      'Checked 3 titles: queued 1 trailer, 1 title needs your choice (see Review), 1 already had a trailer.',
    ]);
  });

  it("keeps a finished run finished when the call's answer arrives after its last event", async () => {
    const end = makeRun({
      running: false,
      total: 1,
      done: 1,
      queued: 1,
      finishedAt: '2024-05-10T12:00:02.000Z',
    });
    const store: ReturnType<typeof createAppStore> = setup({
      'discovery:downloadMissing': () => {
        // Main's events for this run overtake the answer to the call that started it.
        store.getState().onDiscoveryRun(makeRun({ total: 1 }));
        store.getState().onDiscoveryRun(end);
        return makeRun({ total: 1 });
      },
    });
    await store.getState().loadDiscovery();
    await store.getState().downloadMissing();
    expect(store.getState().discoveryRun).toEqual(end);
    expect(messages(store)).toEqual(['Checked 1 title: queued 1 trailer.']);
  });

  it('says at once when nothing is missing, and shows a refusal', async () => {
    const store = setup({
      'discovery:downloadMissing': () =>
        makeRun({ running: false, total: 0, finishedAt: '2024-05-10T12:00:00.000Z' }),
    });
    await store.getState().downloadMissing();
    expect(messages(store)).toEqual(['No monitored title is missing its trailer: nothing to search.']);

    const refusing = setup({
      'discovery:downloadMissing': () => {
        throw { code: 'PROFILE_DISABLED', message: 'Every profile is switched off.' };
      },
    });
    expect(await refusing.getState().downloadMissing()).toBe(false);
    expect(refusing.getState().toasts[0]).toMatchObject({
      kind: 'error',
      message: 'Every profile is switched off.',
    });
  });

  it('folds review list refreshes asked for during one into a single extra fetch', async () => {
    const calls: string[] = [];
    const store = setup({}, calls);
    await Promise.all([
      store.getState().loadNeedsChoice(),
      store.getState().loadNeedsChoice(),
      store.getState().loadNeedsChoice(),
    ]);
    expect(calls.filter((c) => c === 'discovery:needsChoiceWindow')).toHaveLength(2);
    expect(store.getState().needsChoiceStatus).toBe('ready');
  });
});

describe('discovery slice: the Review window', () => {
  it('holds a stretch of a long list and asks for another when the person scrolls past it', async () => {
    const asked: unknown[] = [];
    const store = setup({
      'discovery:needsChoiceWindow': (input) => {
        asked.push(input);
        const { offset, limit } = input as { offset: number; limit: number };
        const rows = Array.from({ length: limit }, (_, i) => ({ ...heat, mediaId: offset + i + 1 }));
        return { rows, offset, total: 20_000, titles: 20_000 };
      },
    });
    await store.getState().loadNeedsChoice();
    expect(asked).toEqual([{ offset: 0, limit: 200 }]);
    store.getState().showReviewRange(20, 50);
    expect(asked).toHaveLength(1);
    store.getState().showReviewRange(15_000, 15_030);
    await store.getState().loadNeedsChoice();
    expect(asked[1]).toEqual({ offset: 14_900, limit: 200 });
    expect(store.getState().needsChoice).toMatchObject({ offset: 14_900, total: 20_000 });
  });
});

describe('discovery slice: YouTube lane and settings', () => {
  it('shows a pause pushed by main and lets the person resume', async () => {
    const store = setup({ 'discovery:resumeYoutube': () => lane });
    await store.getState().loadDiscovery();
    store.getState().onYoutubeLane(pausedLane);
    expect(store.getState().youtubeLane?.paused).toBe(true);
    await store.getState().resumeYoutube();
    expect(store.getState().youtubeLane?.paused).toBe(false);
    expect(messages(store)).toEqual(['YouTube searches and downloads run again.']);
  });

  it('returns a refused settings change for the form and keeps the stored settings', async () => {
    const stored: DiscoverySettings = {
      tmdbKeySet: false,
      tmdbBaseUrl: 'https://api.themoviedb.org/3',
      searchResults: 10,
      cookiesFile: null,
      cookiesFromBrowser: null,
      scheduleHours: null,
      lastScheduledRunAt: null,
      youtubePreview: false,
    };
    const store = setup({
      'discovery:getSettings': () => stored,
      'discovery:updateSettings': (input) => {
        const patch = input as Partial<DiscoverySettings> & { tmdbApiKey?: string };
        if (patch.searchResults === 99) {
          throw { code: 'INVALID_INPUT', message: 'At most 30 results per search (searchResults).' };
        }
        return { ...stored, ...patch, tmdbKeySet: patch.tmdbApiKey !== undefined && patch.tmdbApiKey !== '' };
      },
    });
    await store.getState().loadDiscoverySettings();
    const refused = await store.getState().updateDiscoverySettings({ searchResults: 99 });
    expect(refused?.message).toBe('At most 30 results per search (searchResults).');
    expect(store.getState().discoverySettings).toEqual(stored);

    expect(await store.getState().updateDiscoverySettings({ tmdbApiKey: 'abc123' })).toBeNull();
    expect(store.getState().discoverySettings?.tmdbKeySet).toBe(true);
    expect(messages(store)).toEqual(['Saved the discovery settings.']);
  });
});
