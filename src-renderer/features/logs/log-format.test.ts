import { describe, expect, it } from 'vitest';
import { formatLogTime } from './log-format';

describe('formatLogTime', () => {
  it('shows the local date and time to the second', () => {
    const local = new Date(2024, 4, 9, 7, 3, 5, 900);
    expect(formatLogTime(local.toISOString())).toBe('2024-05-09 07:03:05');
  });

  it('shows a time it cannot read as it came', () => {
    expect(formatLogTime('yesterday')).toBe('yesterday');
  });
});
