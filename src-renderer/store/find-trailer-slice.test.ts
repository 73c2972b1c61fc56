import { describe, expect, it } from 'vitest';
import type { CandidateSearch } from '../../src-preload/contract';
import { createAppStore } from './create-app-store';
import { fakeApi, makeCandidate, makeJob, type Handler } from './fake-api';

const matrix = { mediaId: 1, label: 'The Matrix (1999)' };

function searchFor(profileId: number, keys: Array<[string, number]>): CandidateSearch {
  return {
    mediaId: 1,
    profileId,
    profileName: profileId === 1 ? 'Default' : 'Web',
    slot: 'trailer',
    slotLabel: 'Trailer',
    slotChoices: [{ key: 'trailer', label: 'Trailer' }],
    candidates: keys.map(([key, score]) => makeCandidate(key, score)),
    minScore: 60,
    query: 'The Matrix 1999 official trailer',
    warnings: [],
  };
}

/** A store whose search answers at once, recording every input it was given. */
function setup(extra: Record<string, Handler> = {}) {
  const inputs: Array<{ name: string; input: unknown }> = [];
  const record =
    (name: string, answer: Handler): Handler =>
    (input) => {
      inputs.push({ name, input });
      return answer(input);
    };
  const store = createAppStore(
    fakeApi({
      'discovery:findTrailer': record('discovery:findTrailer', (input) =>
        searchFor((input as { profileId?: number }).profileId ?? 1, [
          ['aaaaaaaaaaa', 88],
          ['bbbbbbbbbbb', 52],
        ]),
      ),
      'discovery:reject': record('discovery:reject', () => ({ rejected: true })),
      'downloads:enqueue': record('downloads:enqueue', (input) =>
        makeJob(7, 'queued', { sourceUrl: (input as { source: string }).source }),
      ),
      'discovery:pick': record('discovery:pick', () => makeJob(7, 'queued')),
      ...extra,
    }),
  );
  return { store, inputs };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('find trailer dialog', () => {
  it('searches on opening, with the profile asked for, and lists candidates as ranked', async () => {
    const { store, inputs } = setup();
    store.getState().openFindTrailer({ ...matrix, profileId: 2 });
    expect(store.getState().findTrailer.status).toBe('searching');
    await settle();
    const state = store.getState().findTrailer;
    expect(inputs[0]).toEqual({ name: 'discovery:findTrailer', input: { mediaId: 1, profileId: 2 } });
    expect(state.status).toBe('ready');
    expect(state.search?.candidates.map((c) => c.key)).toEqual(['aaaaaaaaaaa', 'bbbbbbbbbbb']);
  });

  it('searches again for the video the person picks, and queues the pick for that video', async () => {
    const searches: unknown[] = [];
    const { store, inputs } = setup({
      'discovery:findTrailer': (input) => {
        searches.push(input);
        const slot = (input as { slot?: string }).slot ?? 'trailer';
        return { ...searchFor(1, [['aaaaaaaaaaa', 80]]), slot, slotLabel: slot };
      },
    });
    store.getState().openFindTrailer({ ...matrix, slot: 'teaser' });
    await settle();
    expect(searches[0]).toEqual({ mediaId: 1, slot: 'teaser' });
    await store.getState().searchTrailers(undefined, 'featurette/s2@de');
    expect(searches.at(-1)).toEqual({ mediaId: 1, profileId: 1, slot: 'featurette/s2@de' });
    await store.getState().pickCandidate('aaaaaaaaaaa');
    expect(inputs.at(-1)).toEqual({
      name: 'discovery:pick',
      input: { mediaId: 1, key: 'aaaaaaaaaaa', profileId: 1, slot: 'featurette/s2@de' },
    });
  });

  it('queues a picked candidate with the profile it was ranked for, closes and says so', async () => {
    const { store, inputs } = setup();
    store.getState().openFindTrailer(matrix);
    await settle();
    expect(await store.getState().pickCandidate('bbbbbbbbbbb')).toBe(true);
    // By its key: main queues the candidate as it ranked it, score and reasons included.
    expect(inputs.at(-1)).toEqual({
      name: 'discovery:pick',
      input: { mediaId: 1, key: 'bbbbbbbbbbb', profileId: 1, slot: 'trailer' },
    });
    expect(store.getState().findTrailer.open).toBe(false);
    expect(store.getState().jobsById[7]?.status).toBe('queued');
    expect(store.getState().toasts.map((t) => t.message)).toEqual([
      'Queued the trailer for The Matrix (1999).',
    ]);
  });

  it('keeps the dialog open with the reason when the pick is refused', async () => {
    const { store } = setup({
      'discovery:pick': () => {
        throw {
          code: 'ALREADY_QUEUED',
          message: 'The Matrix (1999) already has a download waiting for Default.',
        };
      },
    });
    store.getState().openFindTrailer(matrix);
    await settle();
    expect(await store.getState().pickCandidate('aaaaaaaaaaa')).toBe(false);
    const state = store.getState().findTrailer;
    expect(state.open).toBe(true);
    expect(state.busy).toBeNull();
    expect(state.actionError?.code).toBe('ALREADY_QUEUED');
    expect(state.search?.candidates).toHaveLength(2);
  });

  it('drops a rejected candidate from the list, and keeps it when the rejection fails', async () => {
    let fail = false;
    const { store, inputs } = setup({
      'discovery:reject': (input) => {
        inputs.push({ name: 'discovery:reject', input });
        if (fail) throw { code: 'INTERNAL', message: 'Database is locked.' };
        return { rejected: true };
      },
    });
    store.getState().openFindTrailer(matrix);
    await settle();
    await store.getState().rejectCandidate('aaaaaaaaaaa');
    expect(inputs.at(-1)).toEqual({ name: 'discovery:reject', input: { mediaId: 1, key: 'aaaaaaaaaaa' } });
    expect(store.getState().findTrailer.search?.candidates.map((c) => c.key)).toEqual(['bbbbbbbbbbb']);

    fail = true;
    expect(await store.getState().rejectCandidate('bbbbbbbbbbb')).toBe(false);
    expect(store.getState().findTrailer.search?.candidates.map((c) => c.key)).toEqual(['bbbbbbbbbbb']);
    expect(store.getState().findTrailer.actionError?.message).toBe('Database is locked.');
  });

  it('shows only the answer for the profile chosen last, and none after closing', async () => {
    const gates = new Map<number, () => void>();
    const { store } = setup({
      'discovery:findTrailer': async (input) => {
        const profileId = (input as { profileId?: number }).profileId ?? 1;
        await new Promise<void>((resolve) => gates.set(profileId, resolve));
        return searchFor(profileId, [[`key-of-${profileId}`, 70]]);
      },
    });
    store.getState().openFindTrailer({ ...matrix, profileId: 1 });
    await settle();
    const second = store.getState().searchTrailers(2);
    await settle();
    gates.get(2)?.();
    await second;
    gates.get(1)?.();
    await settle();
    expect(store.getState().findTrailer.search?.profileId).toBe(2);
    expect(store.getState().findTrailer.profileId).toBe(2);

    const third = store.getState().searchTrailers(1);
    await settle();
    store.getState().closeFindTrailer();
    gates.get(1)?.();
    await third;
    expect(store.getState().findTrailer).toMatchObject({ open: false, search: null, status: 'idle' });
  });

  it('reports a failed search in the dialog', async () => {
    const { store } = setup({
      'discovery:findTrailer': () => {
        throw { code: 'NOT_FOUND', message: 'That title is no longer in the library.' };
      },
    });
    store.getState().openFindTrailer(matrix);
    await settle();
    expect(store.getState().findTrailer).toMatchObject({
      status: 'error',
      searchError: { message: 'That title is no longer in the library.' },
    });
  });

  it('queues a pasted link like the Download trailer dialog', async () => {
    const { store, inputs } = setup();
    store.getState().openFindTrailer(matrix);
    await settle();
    expect(await store.getState().downloadPasted('dQw4w9WgXcQ')).toBe(true);
    expect(inputs.at(-1)?.input).toEqual({
      mediaId: 1,
      source: 'dQw4w9WgXcQ',
      profileId: 1,
      slot: 'trailer',
    });
    expect(store.getState().findTrailer.open).toBe(false);
  });

  it('queues a pasted link for the video the dialog names, also while that video’s search runs', async () => {
    let answer: (() => void) | null = null;
    const { store, inputs } = setup({
      'discovery:findTrailer': (input) => {
        const slot = (input as { slot?: string }).slot ?? 'trailer';
        const search = { ...searchFor(1, [['aaaaaaaaaaa', 88]]), slot };
        // The featurette's search waits: the person pastes before it answers.
        return slot === 'featurette' ? new Promise((resolve) => (answer = () => resolve(search))) : search;
      },
    });
    store.getState().openFindTrailer(matrix);
    await settle();
    void store.getState().searchTrailers(undefined, 'featurette');
    expect(await store.getState().downloadPasted('dQw4w9WgXcQ')).toBe(true);
    expect(inputs.at(-1)).toEqual({
      name: 'downloads:enqueue',
      input: { mediaId: 1, source: 'dQw4w9WgXcQ', profileId: 1, slot: 'featurette' },
    });
    (answer as (() => void) | null)?.();

    store.getState().openFindTrailer({ ...matrix, slot: 'teaser/s2' });
    await settle();
    await store.getState().downloadPasted('dQw4w9WgXcQ');
    expect(inputs.at(-1)?.input).toMatchObject({ slot: 'teaser/s2' });
  });
});
