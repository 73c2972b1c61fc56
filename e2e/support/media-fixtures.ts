// Fixture media made with the real ffmpeg at test time: nothing large is committed.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface FixtureVideo {
  width?: number;
  height?: number;
  /** Seconds; keep it short, tests make many. */
  duration?: number;
  container?: 'mp4' | 'mkv' | 'webm';
  videoCodec?: 'h264' | 'vp9' | 'hevc';
  audioCodec?: 'aac' | 'opus' | 'none';
  audioLanguage?: string;
  /** Adds one text subtitle stream (mkv and mp4 only) in this language. */
  subtitleLanguage?: string;
  /** Written as the comment tag, the way yt-dlp's --embed-metadata stores the source URL. */
  comment?: string;
}

const videoEncoders = { h264: 'libx264', vp9: 'libvpx-vp9', hevc: 'libx265' } as const;
const audioEncoders = { aac: 'aac', opus: 'libopus' } as const;

/** Writes a small real video file with ffmpeg and returns its path. */
export function makeVideo(path: string, options: FixtureVideo = {}): string {
  const {
    width = 320,
    height = 180,
    duration = 1,
    container = path.endsWith('.mkv') ? 'mkv' : path.endsWith('.webm') ? 'webm' : 'mp4',
    videoCodec = container === 'webm' ? 'vp9' : 'h264',
    audioCodec = container === 'webm' ? 'opus' : 'aac',
    audioLanguage,
    subtitleLanguage,
    comment,
  } = options;
  mkdirSync(dirname(path), { recursive: true });
  const args = [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc=size=${width}x${height}:rate=10:duration=${duration}`,
  ];
  if (audioCodec !== 'none') args.push('-f', 'lavfi', '-i', `sine=frequency=440:duration=${duration}`);
  let subtitleInput = -1;
  if (subtitleLanguage) {
    subtitleInput = audioCodec === 'none' ? 1 : 2;
    args.push('-f', 'srt', '-i', 'pipe:0');
  }
  args.push('-map', '0:v');
  if (audioCodec !== 'none') args.push('-map', '1:a');
  if (subtitleInput >= 0) args.push('-map', `${subtitleInput}:s`);
  args.push('-c:v', videoEncoders[videoCodec], '-pix_fmt', 'yuv420p');
  if (videoCodec === 'h264') args.push('-preset', 'ultrafast');
  if (videoCodec === 'vp9') args.push('-deadline', 'realtime', '-cpu-used', '8');
  if (videoCodec === 'hevc') args.push('-preset', 'ultrafast', '-x265-params', 'log-level=error');
  if (audioCodec !== 'none') args.push('-c:a', audioEncoders[audioCodec]);
  if (audioLanguage) args.push('-metadata:s:a:0', `language=${audioLanguage}`);
  if (subtitleInput >= 0) {
    args.push(
      '-c:s',
      container === 'mp4' ? 'mov_text' : 'srt',
      '-metadata:s:s:0',
      `language=${subtitleLanguage}`,
    );
  }
  if (comment) args.push('-metadata', `comment=${comment}`);
  args.push('-shortest', path);
  const srt = '1\n00:00:00,000 --> 00:00:00,900\nHello\n\n';
  execFileSync('ffmpeg', args, {
    input: subtitleLanguage ? srt : undefined,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  return path;
}
