import type { TrailerFile } from '../../../src-preload/contract';
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

/** ffprobe's codec names as people read them. */
const codecNames: Record<string, string> = {
  h264: 'H.264',
  hevc: 'H.265',
  av1: 'AV1',
  vp9: 'VP9',
  vp8: 'VP8',
  aac: 'AAC',
  ac3: 'AC-3',
  eac3: 'E-AC-3',
  opus: 'Opus',
  vorbis: 'Vorbis',
  mp3: 'MP3',
};
const codecName = (codec: string | null): string => (codec === null ? '?' : (codecNames[codec] ?? codec));
const lufs = (value: number): string => `${value.toFixed(1).replace('-', '−')} LUFS`;

/**
 * What processing did, as facts beside the player: "VP9 → H.264 (libx264)", "−31.2 → −23.0 LUFS",
 * "4.8 s". Only what was done or measured is listed.
 */
export function processingFacts(
  file: Pick<TrailerFile, 'processing' | 'videoFormat' | 'audioFormat'>,
): [string, string][] {
  const p = file.processing;
  const facts: [string, string][] = [];
  const converted: string[] = [];
  if (p.originalVideoFormat !== null) {
    converted.push(`${codecName(p.originalVideoFormat)} → ${codecName(file.videoFormat)}`);
  }
  if (p.originalAudioFormat !== null) {
    converted.push(`${codecName(p.originalAudioFormat)} → ${codecName(file.audioFormat)}`);
  }
  if (converted.length > 0) {
    facts.push(['Converted', `${converted.join(', ')}${p.encoder ? ` (${p.encoder})` : ''}`]);
  }
  if (p.loudness !== null) {
    const before = p.originalLoudness;
    facts.push([
      'Loudness',
      before !== null && Math.abs(before - p.loudness) >= 0.05
        ? `${lufs(before)} → ${lufs(p.loudness)}`
        : lufs(p.loudness),
    ]);
  }
  if (p.trimmedSeconds !== null && p.trimmedSeconds > 0) {
    facts.push(['Trimmed', `${p.trimmedSeconds.toFixed(1)} s`]);
  }
  return facts;
}
