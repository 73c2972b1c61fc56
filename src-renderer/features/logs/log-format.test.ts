import { describe, expect, it } from 'vitest';
import { formatLogTime } from './log-format';

describe('formatLogTime', () => {
  it("shows the local date and time to the second, in the browser's locale", () => {
    const local = new Date(2024, 4, 9, 7, 3, 5, 900);
    const browser = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });
    expect(formatLogTime(local.toISOString())).toBe(browser.format(local));
  });

  it('shows a time it cannot read as it came', () => {
    expect(formatLogTime('yesterday')).toBe('yesterday');
  });
});
