// Toasts (and headless mode's browser notifications) for finished jobs name the video they filled.
import { describe, expect, it } from 'vitest';
import { describeFinished } from './download-messages';
import { makeJob } from './fake-api';

const featurette = { type: 'featurette' as const, season: null, language: null, ordinal: 2 };

describe('finished download messages', () => {
  it('names the title trailer as a trailer and any other video by its slot', () => {
    const [trailer, extra] = describeFinished([
      makeJob(1, 'completed'),
      makeJob(2, 'completed', { slot: featurette }),
    ]);
    expect(trailer?.title).toBe('Trailer downloaded');
    expect(extra?.title).toBe('Featurette #2 downloaded');
    expect(extra?.message).toMatch(/^Featurette #2 downloaded: /);
  });

  it('says which video failed', () => {
    const [failed] = describeFinished([
      makeJob(3, 'failed', { slot: { ...featurette, type: 'trailer', season: 2, ordinal: 1 } }),
    ]);
    expect(failed?.message).toMatch(/ · Season 2 trailer — /);
  });
});
