import type { LogEntry } from '../../src-preload/contract';
import { logLevels, type LogLevel } from '../../src-preload/contract/values';

/** What the Logs page shows: entries of `level` and worse whose text contains `search`. */
export interface LogQuery {
  level: LogLevel;
  search: string;
}

/** The window keeps this many entries; main keeps about as many in memory too. */
export const maxLogEntries = 2000;

export const logLevelLabels: Record<LogLevel, string> = {
  debug: 'Debug',
  info: 'Info',
  warn: 'Warnings',
  error: 'Errors',
};

/** Every level, mildest first, for the filter's options. */
export const levelsMildestFirst: readonly LogLevel[] = logLevels;

/** True when `level` is `floor` or worse. */
export function atLeast(level: LogLevel, floor: LogLevel): boolean {
  return logLevels.indexOf(level) >= logLevels.indexOf(floor);
}

/** The same test main applies to `logs:list`, for entries that arrive as events. */
export function matchesLogQuery(entry: LogEntry, query: LogQuery): boolean {
  if (!atLeast(entry.level, query.level)) return false;
  const needle = query.search.trim().toLowerCase();
  if (needle === '') return true;
  return `${entry.source} ${entry.message} ${entry.details ?? ''}`.toLowerCase().includes(needle);
}

/**
 * Adds entries to a newest-first list: only those the query lets through, each seq once, the
 * newest `max` kept. Returns the same array when nothing was added, so subscribers skip a render.
 */
export function mergeLogEntries(
  current: readonly LogEntry[],
  incoming: readonly LogEntry[],
  query: LogQuery,
  max = maxLogEntries,
): LogEntry[] {
  const known = new Set(current.map((e) => e.seq));
  const added = incoming.filter((e) => !known.has(e.seq) && matchesLogQuery(e, query));
  if (added.length === 0 && current.length <= max) return current as LogEntry[];
  return [...added, ...current].sort((a, b) => b.seq - a.seq).slice(0, max);
}
