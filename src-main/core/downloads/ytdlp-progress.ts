// Reads the machine lines our argv asks yt-dlp for (see ytdlp-args.ts); everything else it prints is
// for people and is ignored here.
import { z } from 'zod';
import { finalPathTag, infoTag, inputsTag, partsTag, progressTag } from './ytdlp-args';

export interface DownloadProgress {
  /** yt-dlp's status: 'downloading' while bytes arrive, 'finished' when one file is complete. */
  status: 'downloading' | 'finished' | 'error';
  downloadedBytes: number;
  /** Exact size when the server said it, else yt-dlp's estimate (fragments), else null. */
  totalBytes: number | null;
  totalIsEstimate: boolean;
  /** 0–100, from the bytes; null when no size is known. */
  percent: number | null;
  speedBps: number | null;
  etaSeconds: number | null;
  /** For HLS/DASH: how many fragments are complete (yt-dlp's fragment_index), and of how many. */
  fragmentIndex: number | null;
  fragmentCount: number | null;
  /** Which of the formats is downloading (a merge downloads video and audio one after the other). */
  formatId: string | null;
  /** Which part of a merge this is; null for a single format. Set by progressAcrossParts. */
  part: { index: number; count: number; kind: PartKind } | null;
}

export type PartKind = 'video' | 'audio' | 'both';

/** One of the formats a merge downloads in turn, with what yt-dlp knows of its size. */
export interface FormatPart {
  formatId: string;
  kind: PartKind;
  /** Exact or approximate size in bytes; null when the site did not say. */
  bytes: number | null;
  /** Total bit rate (kbit/s): the parts last as long as each other, so it weighs them too. */
  bitrate: number | null;
}

// Tolerant on purpose: a field yt-dlp leaves out, or fills with a placeholder, becomes null.
const count = z.number().finite().nonnegative().nullish().catch(null);
const progressLine = z.object({
  progress: z.object({
    status: z.enum(['downloading', 'finished', 'error']),
    downloaded_bytes: count,
    total_bytes: count,
    total_bytes_estimate: count,
    speed: count,
    eta: count,
    fragment_index: count,
    fragment_count: count,
  }),
  formatId: z.string().nullish().catch(null),
});

/** A progress line, or null for any other line (or a progress line that does not parse). */
export function parseProgressLine(line: string): DownloadProgress | null {
  if (!line.startsWith(progressTag)) return null;
  let json: unknown;
  try {
    json = parseNumbersJson(line.slice(progressTag.length));
  } catch {
    return null;
  }
  const parsed = progressLine.safeParse(json);
  if (!parsed.success) return null;
  const { progress, formatId } = parsed.data;
  const downloadedBytes = progress.downloaded_bytes ?? 0;
  const exactTotal = positive(progress.total_bytes);
  const estimate = positive(progress.total_bytes_estimate);
  const totalBytes = exactTotal ?? (estimate === null ? null : Math.round(estimate));
  const percent =
    progress.status === 'finished'
      ? 100
      : totalBytes === null
        ? null
        : Math.min(100, (downloadedBytes / totalBytes) * 100);
  return {
    status: progress.status,
    downloadedBytes,
    totalBytes,
    totalIsEstimate: exactTotal === null && estimate !== null,
    percent,
    speedBps: progress.speed ?? null,
    etaSeconds: progress.eta ?? null,
    fragmentIndex: progress.fragment_index ?? null,
    fragmentCount: positive(progress.fragment_count),
    formatId: formatId === undefined || formatId === null || formatId === 'NA' ? null : formatId,
    part: null,
  };
}

const codec = z.string().nullish().catch(null);
const partEntry = z.object({
  format_id: z.string().min(1),
  filesize: count,
  filesize_approx: count,
  tbr: count,
  vcodec: codec,
  acodec: codec,
});

/**
 * The parts line: the formats of a merge in download order, or [] for a single format (yt-dlp
 * prints `{}` or NA then). Null for any other line; a line that does not parse means "no parts".
 */
export function parsePartsLine(line: string): FormatPart[] | null {
  if (!line.startsWith(partsTag)) return null;
  let json: unknown;
  try {
    json = parseNumbersJson(line.slice(partsTag.length));
  } catch {
    return [];
  }
  const parsed = z.array(partEntry).min(2).safeParse(json);
  if (!parsed.success) return [];
  return parsed.data.map((p) => {
    // 'none' says the stream is absent; NA (unknown) is taken as absent too, for the label only.
    const has = (codec: string | null | undefined): boolean => !!codec && codec !== 'none' && codec !== 'NA';
    const video = has(p.vcodec);
    const audio = has(p.acodec);
    return {
      formatId: p.format_id,
      kind: video && !audio ? 'video' : audio && !video ? 'audio' : 'both',
      bytes: positive(p.filesize) ?? positive(p.filesize_approx),
      bitrate: positive(p.tbr),
    };
  });
}

/** The final path from the after_move line, or null for any other line. */
export function parseFinalPathLine(line: string): string | null {
  if (!line.startsWith(finalPathTag)) return null;
  try {
    const value: unknown = JSON.parse(line.slice(finalPathTag.length));
    // "NA" is yt-dlp's placeholder when it has no path to give.
    return typeof value === 'string' && value !== '' && value !== 'NA' ? value : null;
  } catch {
    return null;
  }
}

/** The merge inputs of a fetch step (the inputs line); [] for a single file or an unreadable line. */
export function parseInputsLine(line: string): string[] | null {
  if (!line.startsWith(inputsTag)) return null;
  try {
    const parsed = z.array(z.string().min(1)).safeParse(JSON.parse(line.slice(inputsTag.length)));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** What the site said about the video (the info line); any field may be unknown. */
export interface YtdlpInfo {
  id: string | null;
  /** The source's length; what verification holds the downloaded file against. */
  durationSeconds: number | null;
  /** yt-dlp's extractor, e.g. 'Youtube', 'Generic'. */
  extractor: string | null;
  webpageUrl: string | null;
}

const text = z.string().min(1).nullish().catch(null);
const infoLine = z.object({
  id: text,
  duration: count,
  extractor_key: text,
  webpage_url: text,
});

/** The info line, or null for any other line (or one that does not parse). */
export function parseInfoLine(line: string): YtdlpInfo | null {
  if (!line.startsWith(infoTag)) return null;
  let json: unknown;
  try {
    // Only the number may be NaN; the URL is left alone, whatever it contains.
    json = JSON.parse(line.slice(infoTag.length).replace(/("duration":\s*)(?:-?Infinity|NaN)\b/, '$1null'));
  } catch {
    return null;
  }
  const parsed = infoLine.safeParse(json);
  if (!parsed.success) return null;
  const { id, duration, extractor_key: extractor, webpage_url: webpageUrl } = parsed.data;
  return {
    id: id ?? null,
    durationSeconds: positive(duration),
    extractor: extractor ?? null,
    webpageUrl: webpageUrl ?? null,
  };
}

/**
 * JSON from yt-dlp whose values are numbers or plain codes (no free text): Python's json.dumps
 * writes NaN and Infinity, which are not JSON; they mean "unknown".
 */
function parseNumbersJson(text: string): unknown {
  return JSON.parse(text.replace(/:\s*(?:-?Infinity|NaN)\b/g, ': null'));
}

function positive(value: number | null | undefined): number | null {
  return value === null || value === undefined || value <= 0 ? null : value;
}
