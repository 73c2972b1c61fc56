// Every date and time the window shows goes through here, in the person's own locale: the
// browser's (Intl with an undefined locale), so 10 May 2024, May 10, 2024 and 10.05.2024 each
// appear where they are expected. The locale parameter is for tests.

type Style = 'date' | 'dateTime' | 'dateTimeSeconds' | 'time';

const options: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  dateTimeSeconds: { dateStyle: 'short', timeStyle: 'medium' },
  time: { timeStyle: 'medium' },
};

// Building a formatter is slow next to using one: one per style and locale.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: Style, locale: string | undefined): Intl.DateTimeFormat {
  const key = `${style}|${locale ?? ''}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options[style]);
    formatters.set(key, found);
  }
  return found;
}

function parse(iso: string | null): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "10 May 2024" / "May 10, 2024"; "—" when there is no date. */
export function formatDate(iso: string | null, locale?: string): string {
  const date = parse(iso);
  return date ? formatter('date', locale).format(date) : '—';
}

/** "10 May 2024, 14:03" / "May 10, 2024, 2:03 PM": tooltips behind relative times. */
export function formatDateTime(iso: string | null, locale?: string): string {
  const date = parse(iso);
  return date ? formatter('dateTime', locale).format(date) : '—';
}

/** "10/05/2024, 14:03:27": the log, to the second. A time it cannot read is shown as it came. */
export function formatDateTimeSeconds(iso: string, locale?: string): string {
  const date = parse(iso);
  return date ? formatter('dateTimeSeconds', locale).format(date) : iso;
}

/** "14:03:27" / "2:03:27 PM": a time today, such as when a retry is due. */
export function formatTime(iso: string, locale?: string): string {
  const date = parse(iso);
  return date ? formatter('time', locale).format(date) : '—';
}

const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormatter(locale: string | undefined): Intl.RelativeTimeFormat {
  let found = relativeFormatters.get(locale ?? '');
  if (!found) {
    found = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormatters.set(locale ?? '', found);
  }
  return found;
}

/** "5 minutes ago", "yesterday"; the date itself past a month. */
export function formatRelative(iso: string, now = Date.now(), locale?: string): string {
  const date = parse(iso);
  if (!date) return '—';
  const seconds = Math.round((date.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  const relative = relativeFormatter(locale);
  if (abs < 45) return 'just now';
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 30 * 86_400) return relative.format(Math.round(seconds / 86_400), 'day');
  return formatDate(iso, locale);
}
