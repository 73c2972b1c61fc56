import type { LogLevel } from '../../../src-preload/contract';
import { formatDateTimeSeconds } from '../../app/dates';

/** One entry's level, as its badge says it. */
export const levelBadges: Record<LogLevel, { label: string; className: string }> = {
  debug: { label: 'Debug', className: 'badge badge-missing' },
  info: { label: 'Info', className: 'badge badge-accent' },
  warn: { label: 'Warning', className: 'badge badge-warn' },
  error: { label: 'Error', className: 'badge badge-error' },
};

/** "10/05/2024, 14:03:27" in the person's locale and local time, to the second. */
export const formatLogTime = (iso: string): string => formatDateTimeSeconds(iso);
