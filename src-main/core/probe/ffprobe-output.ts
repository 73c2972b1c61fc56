import { extname } from 'node:path';
import { z } from 'zod';
import { containerName } from './container-name';
import { ProbeFailed } from './probe-error';
import { resolutionLabel } from './resolution-label';
import type { ProbeResult } from './types';
import { youtubeIdFromText } from '../youtube/youtube-id';

// ffprobe prints numbers like durations as strings ("12.345000"); ints as JSON numbers.
const numberish = z.union([z.number(), z.string()]);
// Tags are free-form metadata written by whoever made the file: read only the string values.
const tags = z.record(z.string(), z.unknown());

const streamSchema = z.object({
  codec_type: z.string().optional(),
  codec_name: z.string().optional(),
  width: z.number().int().nonnegative().optional(),
  height: z.number().int().nonnegative().optional(),
  duration: numberish.optional(),
  disposition: z.record(z.string(), z.number()).optional(),
  tags: tags.optional(),
});

const outputSchema = z.object({
  // Missing rather than empty in some builds when a file has no streams.
  streams: z.array(streamSchema).default([]),
  format: z.object({
    format_name: z.string().min(1),
    duration: numberish.optional(),
    tags: tags.optional(),
  }),
});

type Stream = z.infer<typeof streamSchema>;
type Tags = z.infer<typeof tags>;

// Where yt-dlp (--embed-metadata) and other tools leave the source URL, in the order to trust them.
const urlTagKeys = ['purl', 'comment', 'url', 'description', 'synopsis'];

/** Validates ffprobe's JSON for `path` and turns it into a ProbeResult; ProbeFailed when it is unusable. */
export function parseProbeOutput(stdout: string, path: string): ProbeResult {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    throw new ProbeFailed(path, 'ffprobe did not print valid JSON.');
  }
  const parsed = outputSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new ProbeFailed(
      path,
      `ffprobe's output was not understood (${issue?.message ?? 'invalid'}${where}).`,
      {
        cause: parsed.error,
      },
    );
  }
  const { streams, format } = parsed.data;

  // Cover art is stored as a video stream; it is not the video.
  const video = streams.filter((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const audio = streams.filter((s) => s.codec_type === 'audio');
  const subtitles = streams.filter((s) => s.codec_type === 'subtitle');
  const firstVideo = video[0];
  const width = firstVideo?.width || null;
  const height = firstVideo?.height || null;

  return {
    fileFormat: containerName(format.format_name, {
      extension: extname(path).slice(1).toLowerCase(),
      codecs: streams.flatMap((s) => (s.codec_name ? [s.codec_name] : [])),
      majorBrand: tag(format.tags, 'major_brand') ?? undefined,
    }),
    videoFormat: firstVideo?.codec_name ?? null,
    audioFormat: audio[0]?.codec_name ?? null,
    audioLanguage: language(audio[0]),
    subtitleFormat: joinUnique(subtitles.map((s) => s.codec_name ?? null)),
    subtitleLanguage: joinUnique(subtitles.map(language)),
    durationSeconds: duration(format.duration, streams),
    width,
    height,
    resolution: resolutionLabel(width, height),
    youtubeId: youtubeId(format.tags),
    streamCounts: { video: video.length, audio: audio.length, subtitle: subtitles.length },
  };
}

/** A tag's string value; keys are matched without case (Matroska writes COMMENT, MP4 comment). */
function tag(source: Tags | undefined, key: string): string | null {
  if (!source) return null;
  for (const [name, value] of Object.entries(source)) {
    if (name.toLowerCase() === key && typeof value === 'string') return value;
  }
  return null;
}

function language(stream: Stream | undefined): string | null {
  const value = tag(stream?.tags, 'language')?.trim().toLowerCase();
  return value && value !== 'und' ? value : null;
}

function joinUnique(values: (string | null)[]): string | null {
  const unique = [...new Set(values.filter((v): v is string => Boolean(v)))];
  return unique.length ? unique.join(',') : null;
}

function youtubeId(formatTags: Tags | undefined): string | null {
  for (const key of urlTagKeys) {
    const value = tag(formatTags, key);
    const id = value ? youtubeIdFromText(value) : null;
    if (id) return id;
  }
  return null;
}

/** The container's duration, else the longest stream's (Matroska keeps it in a DURATION tag). */
function duration(formatDuration: string | number | undefined, streams: Stream[]): number | null {
  const fromFormat = seconds(formatDuration);
  if (fromFormat !== null) return fromFormat;
  const fromStreams = streams
    .map((s) => seconds(s.duration) ?? seconds(tag(s.tags, 'duration') ?? undefined))
    .filter((v): v is number => v !== null);
  return fromStreams.length ? Math.max(...fromStreams) : null;
}

/** Seconds from 12.5, "12.500000" or "00:00:12.500000000"; null for "N/A" and nonsense. */
function seconds(value: string | number | undefined): number | null {
  if (value === undefined) return null;
  let result = typeof value === 'number' ? value : Number.NaN;
  if (typeof value === 'string') {
    const clock = /^(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(value.trim());
    result = clock ? Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]) : Number(value);
  }
  return Number.isFinite(result) && result > 0 ? result : null;
}
