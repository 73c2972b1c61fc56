/** What ffprobe tells about one trailer file, already validated and normalised. */
export interface ProbeResult {
  /** Container as people name it: mp4, mkv, webm, mov, avi… */
  fileFormat: string | null;
  /** Codec names as ffprobe spells them: h264, hevc, vp9, av1, aac, opus… */
  videoFormat: string | null;
  audioFormat: string | null;
  /** ISO 639 code from the first audio stream's language tag ('und' is treated as unknown). */
  audioLanguage: string | null;
  /** Comma-separated when several: 'subrip,ass', 'eng,fra'. */
  subtitleFormat: string | null;
  subtitleLanguage: string | null;
  durationSeconds: number | null;
  width: number | null;
  height: number | null;
  /** 4320p, 2160p, 1440p, 1080p, 720p, 480p, else `<short edge>p` (see resolution-label.ts). */
  resolution: string | null;
  /** A YouTube id found in the file's tags (yt-dlp embeds the URL in comment/purl), else null. */
  youtubeId: string | null;
  streamCounts: { video: number; audio: number; subtitle: number };
}

export type ProbeFile = (path: string, signal?: AbortSignal) => Promise<ProbeResult>;
