import { describe, expect, it } from 'vitest';
import type { JobChoice } from '../../src-preload/contract';
import { createAppStore } from './create-app-store';
import { fakeApi } from './fake-api';

const choice: JobChoice = {
  source: 'youtube-search',
  chosenBy: 'run',
  title: 'The Matrix (1999) Official Trailer',
  score: 82,
  minScore: 50,
  reasons: [{ label: 'Title matches', points: 35 }],
  reasonsReadable: true,
};

describe('job choices', () => {
  it('loads a job’s choice once: it never changes after the job is queued', async () => {
    const calls: string[] = [];
    const store = createAppStore(fakeApi({ 'downloads:choice': () => choice }, calls));
    await store.getState().loadJobChoice(7);
    await store.getState().loadJobChoice(7);
    expect(calls).toEqual(['downloads:choice']);
    expect(store.getState().jobChoices[7]).toEqual({ status: 'ready', choice, error: null });
  });

  it('keeps a failure with its message, and asks again next time', async () => {
    let fail = true;
    const calls: string[] = [];
    const store = createAppStore(
      fakeApi(
        {
          'downloads:choice': () => {
            if (fail) throw { code: 'INTERNAL', message: 'Database is locked.' };
            return null;
          },
        },
        calls,
      ),
    );
    await store.getState().loadJobChoice(3);
    expect(store.getState().jobChoices[3]).toMatchObject({
      status: 'error',
      error: { message: 'Database is locked.' },
    });
    fail = false;
    await store.getState().loadJobChoice(3);
    expect(store.getState().jobChoices[3]).toEqual({ status: 'ready', choice: null, error: null });
    expect(calls).toHaveLength(2);
  });
});
