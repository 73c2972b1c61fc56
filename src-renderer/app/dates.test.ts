import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDateTimeSeconds, formatRelative, formatTime } from './dates';

// A local moment (not UTC) so the expectations hold in every time zone.
const at = new Date(2024, 4, 10, 14, 3, 7).toISOString();

describe('dates follow the locale', () => {
  it('writes the same day the way each locale does', () => {
    expect(formatDate(at, 'en-GB')).toBe('10 May 2024');
    expect(formatDate(at, 'en-US')).toBe('May 10, 2024');
    expect(formatDate(at, 'de-DE')).toBe('10.05.2024');
    expect(formatTime(at, 'en-GB')).toBe('14:03:07');
    expect(formatTime(at, 'en-US')).toBe('2:03:07 PM');
    expect(formatDateTimeSeconds(at, 'de-DE')).toBe('10.05.24, 14:03:07');
    expect(formatDateTime(at, 'en-GB')).toBe('10 May 2024, 14:03');
  });

  it("uses the browser's locale when none is given", () => {
    const browser = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(at));
    expect(formatDate(at)).toBe(browser);
  });

  it('says "—" for no date, and relative times past a month as the date', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('—');
    const now = new Date(2024, 4, 10, 14, 8, 7).getTime();
    expect(formatRelative(at, now, 'en-GB')).toBe('5 minutes ago');
    expect(formatRelative(at, now + 40 * 86_400_000, 'en-GB')).toBe('10 May 2024');
  });
});
