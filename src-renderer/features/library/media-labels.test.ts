import { describe, expect, it } from 'vitest';
import { extrasLabel, seasonTrailersLabel } from './media-labels';

describe('the library card badges for videos beside the trailer', () => {
  it('counts extras, and says nothing without any', () => {
    expect(extrasLabel(0)).toBeNull();
    expect(extrasLabel(1)).toBe('+1 extra');
    expect(extrasLabel(2)).toBe('+2 extras');
  });

  it('shows the seasons with a trailer of the seasons on disk', () => {
    expect(seasonTrailersLabel({ seasonCount: 0, seasonTrailerCount: 0 })).toBeNull();
    expect(seasonTrailersLabel({ seasonCount: 3, seasonTrailerCount: 1 })).toBe('Seasons 1/3');
  });
});
