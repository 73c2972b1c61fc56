import { describe, expect, it } from 'vitest';
import { loudnessChoice, loudnessOptions, loudnessTargetOf } from './processing-labels';

describe('loudness choices', () => {
  it('round-trips off and the presets', () => {
    expect(loudnessChoice(null)).toBe('off');
    expect(loudnessTargetOf('off')).toBeNull();
    expect(loudnessTargetOf(loudnessChoice(-23))).toBe(-23);
    expect(loudnessOptions(-16).map((o) => o.value)).toEqual(['off', '-23', '-16', '-14']);
  });

  it('keeps a target set elsewhere as its own choice, so opening the editor does not lose it', () => {
    const options = loudnessOptions(-20);
    expect(options.at(-1)).toEqual({ value: '-20', label: '-20 LUFS' });
    expect(loudnessTargetOf(loudnessChoice(-20))).toBe(-20);
  });
});
