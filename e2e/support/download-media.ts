// Media for download tests, made with the real ffmpeg at test time: a progressive mp4 and webm, and
// an HLS stream with two renditions so format selection by height can be checked on the result.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeVideo } from './media-fixtures';

export interface DownloadMedia {
  /** Paths relative to the folder, as the media server serves them. */
  mp4: string;
  webm: string;
  hlsMaster: string;
  /** Heights of the HLS renditions, lowest first. */
  hlsHeights: readonly number[];
}

const hlsRenditions = [
  { name: '240p', width: 426, height: 240, bitrate: '150k' },
  { name: '480p', width: 854, height: 480, bitrate: '400k' },
] as const;

/**
 * Writes the media into `dir` (about 1.5 s of ffmpeg on a small machine). The mp4 is a few hundred
 * KB so a dropped connection, a slow server and a resume have room to happen mid-file.
 */
export function makeDownloadMedia(dir: string): DownloadMedia {
  mkdirSync(dir, { recursive: true });
  // Noisy pictures compress badly, which keeps the file big enough for mid-file misbehaviour.
  makeNoisyMp4(join(dir, 'video.mp4'));
  makeVideo(join(dir, 'video.webm'), { width: 320, height: 180, duration: 1 });
  makeHls(join(dir, 'hls'));
  return {
    mp4: 'video.mp4',
    webm: 'video.webm',
    hlsMaster: 'hls/master.m3u8',
    hlsHeights: hlsRenditions.map((rendition) => rendition.height),
  };
}

function makeNoisyMp4(path: string): void {
  execFileSync(
    'ffmpeg',
    [
      ...['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=10:duration=2'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:duration=2'],
      ...['-vf', 'noise=alls=60:allf=t', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
      ...['-c:a', 'aac', '-movflags', '+faststart', '-shortest', path],
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

function makeHls(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const count = hlsRenditions.length;
  const split = `[0:v]split=${count}${hlsRenditions.map((_, i) => `[s${i}]`).join('')}`;
  const scales = hlsRenditions.map((r, i) => `[s${i}]scale=${r.width}:${r.height}[v${i}]`);
  const args = [
    ...['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=854x480:rate=10:duration=2'],
    ...['-f', 'lavfi', '-i', 'sine=frequency=440:duration=2'],
    ...['-filter_complex', [split, ...scales].join(';')],
  ];
  hlsRenditions.forEach((rendition, i) => {
    args.push('-map', `[v${i}]`, '-map', '1:a');
    args.push(`-b:v:${i}`, rendition.bitrate);
  });
  args.push(
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-g', '10', '-c:a', 'aac'],
    ...['-f', 'hls', '-hls_time', '1', '-hls_playlist_type', 'vod'],
    ...['-master_pl_name', 'master.m3u8'],
    ...['-var_stream_map', hlsRenditions.map((r, i) => `v:${i},a:${i},name:${r.name}`).join(' ')],
    ...['-hls_segment_filename', join(dir, '%v', 'segment%d.ts')],
    join(dir, '%v', 'index.m3u8'),
  );
  for (const rendition of hlsRenditions) mkdirSync(join(dir, rendition.name), { recursive: true });
  execFileSync('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  // ffmpeg's master playlist has no RESOLUTION when the encoder reports none up front; write one that
  // always has it, since that is what a player (and yt-dlp's format selection) reads.
  const master = ['#EXTM3U', '#EXT-X-VERSION:3'];
  for (const rendition of hlsRenditions) {
    const bandwidth = Number.parseInt(rendition.bitrate, 10) * 1000 + 128_000;
    master.push(
      `#EXT-X-STREAM-INF:BANDWIDTH=${bandwidth},RESOLUTION=${rendition.width}x${rendition.height},CODECS="avc1.42c01e,mp4a.40.2"`,
      `${rendition.name}/index.m3u8`,
    );
  }
  writeFileSync(join(dir, 'master.m3u8'), `${master.join('\n')}\n`);
}
