/** "1:35" (m:ss), or "1:02:03" past an hour; "—" when unknown. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '—';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const units = ['B', 'KB', 'MB', 'GB', 'TB'];

/** Decimal units, as file managers on macOS and GNOME show them: 12,300,000 → "12.3 MB". */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0) return `${value} B`;
  const text = value >= 100 ? value.toFixed(0) : value.toFixed(1);
  return `${text} ${units[unit]}`;
}

/** "aac · eng", "aac", or "—"; also "720p · h264" for a video track. */
export function formatTrack(format: string | null, language: string | null): string {
  const parts = [format, language].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(' · ') : '—';
}

const youtubeHost = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be)$/i;

/** "YouTube" for a YouTube link, else the site's name ("vimeo.com"); "On disk" without a link. */
export function sourceLabel(url: string | null): string {
  if (!url) return 'On disk';
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    return 'Link';
  }
  return youtubeHost.test(host.replace(/:\d+$/, '')) ? 'YouTube' : host.replace(/^www\./, '');
}
