// What a person reads for the video a job or a file fills: the Activity page and notifications.
import { describe, expect, it } from 'vitest';
import { slotLabel, titleTrailerSlot, type VideoSlot } from './video-kinds';

const slot = (over: Partial<VideoSlot>): VideoSlot => ({ ...titleTrailerSlot, ...over });

describe('slotLabel', () => {
  it.each([
    [titleTrailerSlot, 'Trailer'],
    [slot({ type: 'featurette' }), 'Featurette'],
    [slot({ type: 'featurette', ordinal: 2 }), 'Featurette #2'],
    [slot({ season: 2 }), 'Season 2 trailer'],
    [slot({ season: 0, type: 'teaser' }), 'Specials teaser'],
    [slot({ language: 'de' }), 'Trailer · German'],
    [slot({ language: 'pt-BR' }), 'Trailer · Portuguese (Brazil)'],
    [
      slot({ type: 'behindthescenes', season: 1, language: 'fr', ordinal: 3 }),
      'Season 1 behind the scenes #3 · French',
    ],
  ])('%o reads "%s"', (input, expected) => {
    expect(slotLabel(input)).toBe(expected);
  });

  it('shows the code of a language that has no name', () => {
    expect(slotLabel(slot({ language: 'qaa' }))).toBe('Trailer · qaa');
  });
});
