import { describe, expect, it } from 'vitest';
import type { LogEntry, LogLevel } from '../../src-preload/contract';
import { atLeast, matchesLogQuery, mergeLogEntries, type LogQuery } from './log-state';

const entry = (seq: number, level: LogLevel = 'info', extra: Partial<LogEntry> = {}): LogEntry => ({
  seq,
  time: `2024-05-10T12:00:${String(seq % 60).padStart(2, '0')}.000Z`,
  level,
  source: 'downloads',
  message: `Entry ${seq}`,
  details: null,
  ...extra,
});

const all: LogQuery = { level: 'debug', search: '' };

describe('level filter: this level and worse', () => {
  it('orders the levels debug < info < warn < error', () => {
    expect(atLeast('error', 'warn')).toBe(true);
    expect(atLeast('warn', 'warn')).toBe(true);
    expect(atLeast('info', 'warn')).toBe(false);
    expect(atLeast('debug', 'info')).toBe(false);
    expect(atLeast('debug', 'debug')).toBe(true);
  });

  it('keeps errors under "Errors", warnings and errors under "Warnings"', () => {
    const levels: LogLevel[] = ['debug', 'info', 'warn', 'error'];
    const shown = (floor: LogLevel) =>
      levels.filter((level) => matchesLogQuery(entry(1, level), { level: floor, search: '' }));
    expect(shown('error')).toEqual(['error']);
    expect(shown('warn')).toEqual(['warn', 'error']);
    expect(shown('info')).toEqual(['info', 'warn', 'error']);
    expect(shown('debug')).toEqual(levels);
  });
});

describe('search', () => {
  it('matches source, message and details, in any case, ignoring outer spaces', () => {
    const failed = entry(1, 'error', {
      source: 'ytdlp',
      message: 'Download failed',
      details: "yt-dlp --ignore-config -- 'http://127.0.0.1/x'\nERROR: HTTP Error 404: Not Found",
    });
    expect(matchesLogQuery(failed, { level: 'debug', search: '  http error 404 ' })).toBe(true);
    expect(matchesLogQuery(failed, { level: 'debug', search: 'YTDLP' })).toBe(true);
    expect(matchesLogQuery(failed, { level: 'debug', search: 'download FAILED' })).toBe(true);
    expect(matchesLogQuery(failed, { level: 'debug', search: 'ffprobe' })).toBe(false);
    expect(matchesLogQuery(failed, { level: 'error', search: 'ffprobe' })).toBe(false);
  });
});

describe('mergeLogEntries', () => {
  it('puts new entries first, each once, and only those the query lets through', () => {
    const current = [entry(3), entry(2)];
    const merged = mergeLogEntries(current, [entry(4, 'debug'), entry(5, 'error'), entry(3)], {
      level: 'info',
      search: '',
    });
    expect(merged.map((e) => e.seq)).toEqual([5, 3, 2]);
  });

  it('returns the same list when nothing new passes, so nothing re-renders', () => {
    const current = [entry(2, 'error')];
    expect(
      mergeLogEntries(current, [entry(2, 'error'), entry(3, 'debug')], { level: 'warn', search: '' }),
    ).toBe(current);
  });

  it('keeps the newest entries up to the limit', () => {
    const current = Array.from({ length: 5 }, (_, i) => entry(5 - i));
    const merged = mergeLogEntries(current, [entry(6), entry(7)], all, 5);
    expect(merged.map((e) => e.seq)).toEqual([7, 6, 5, 4, 3]);
  });

  it('orders entries that arrive out of order (a load racing an event)', () => {
    const merged = mergeLogEntries([entry(10), entry(8)], [entry(9), entry(11)], all);
    expect(merged.map((e) => e.seq)).toEqual([11, 10, 9, 8]);
  });
});
