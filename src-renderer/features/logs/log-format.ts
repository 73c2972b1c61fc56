import type { LogLevel } from '../../../src-preload/contract';

/** One entry's level, as its badge says it. */
export const levelBadges: Record<LogLevel, { label: string; className: string }> = {
  debug: { label: 'Debug', className: 'badge badge-missing' },
  info: { label: 'Info', className: 'badge badge-accent' },
  warn: { label: 'Warning', className: 'badge badge-warn' },
  error: { label: 'Error', className: 'badge badge-error' },
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "2024-05-10 14:03:27" in local time: sortable, and the same on every machine's locale. */
export function formatLogTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
