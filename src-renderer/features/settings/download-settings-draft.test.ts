import { describe, expect, it } from 'vitest';
import { parseSettingsDraft, toSettingsDraft } from './download-settings-draft';

const good = toSettingsDraft({ concurrency: 2, youtubePauseSeconds: 5, maxAttempts: 3 });

describe('download settings draft', () => {
  it('round-trips valid settings', () => {
    expect(parseSettingsDraft(good)).toEqual({
      ok: true,
      value: { concurrency: 2, youtubePauseSeconds: 5, maxAttempts: 3 },
    });
  });

  it('names the field and the bound that was crossed', () => {
    const result = parseSettingsDraft({ concurrency: '7', youtubePauseSeconds: '-1', maxAttempts: '0' });
    expect(result).toEqual({
      ok: false,
      errors: {
        concurrency: 'At most 6 downloads at a time',
        youtubePauseSeconds: 'The pause cannot be negative',
        maxAttempts: 'At least one attempt',
      },
    });
  });

  it('refuses empty, fractional and non-numeric text', () => {
    const result = parseSettingsDraft({ concurrency: '', youtubePauseSeconds: '1.5', maxAttempts: 'x' });
    expect(result.ok ? {} : result.errors).toEqual({
      concurrency: 'Enter a number',
      youtubePauseSeconds: 'Use a whole number',
      maxAttempts: 'Enter a number',
    });
  });
});
