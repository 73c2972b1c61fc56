// Media for download tests, made with the real ffmpeg at test time: a progressive mp4 and webm, and
// HLS and DASH streams with two renditions so format selection by height can be checked on the
// result. The DASH stream also has two audio languages, for the audio language preference.
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
  /** A DASH manifest: video renditions and audio languages in separate adaptation sets. */
  dashManifest: string;
  /** Heights of the DASH video renditions, lowest first. */
  dashHeights: readonly number[];
  /** The DASH audio tracks' languages as the manifest gives them (lang="…"), the default first. */
  dashAudioLanguages: readonly string[];
}

const hlsRenditions = [
  { name: '240p', width: 426, height: 240, bitrate: '150k' },
  { name: '480p', width: 854, height: 480, bitrate: '400k' },
] as const;

// Widths with the same aspect ratio: ffmpeg's DASH muxer refuses renditions of differing ratios.
const dashRenditions = [
  { width: 428, height: 240, bitrate: '150k' },
  { width: 856, height: 480, bitrate: '400k' },
] as const;
const dashAudio = [
  { language: 'en', frequency: 440 },
  { language: 'de', frequency: 660 },
] as const;

/**
 * Writes the media into `dir` (about 2 s of ffmpeg on a small machine). The mp4 is a few hundred
 * KB so a dropped connection, a slow server and a resume have room to happen mid-file.
 */
export function makeDownloadMedia(dir: string): DownloadMedia {
  mkdirSync(dir, { recursive: true });
  // Noisy pictures compress badly, which keeps the file big enough for mid-file misbehaviour.
  makeNoisyMp4(join(dir, 'video.mp4'));
  makeVideo(join(dir, 'video.webm'), { width: 320, height: 180, duration: 1 });
  makeHls(join(dir, 'hls'));
  makeDash(join(dir, 'dash'));
  return {
    mp4: 'video.mp4',
    webm: 'video.webm',
    hlsMaster: 'hls/master.m3u8',
    hlsHeights: hlsRenditions.map((rendition) => rendition.height),
    dashManifest: 'dash/manifest.mpd',
    dashHeights: dashRenditions.map((rendition) => rendition.height),
    dashAudioLanguages: dashAudio.map((track) => track.language),
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

/**
 * Segment files with a SegmentTemplate, the way sites serve DASH. Not ffmpeg's single-file mode: its
 * SegmentList of byte ranges without a sourceURL makes yt-dlp 2023.03.04 fail (KeyError 'sourceURL').
 */
function makeDash(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const { width, height } = dashRenditions[dashRenditions.length - 1] ?? dashRenditions[0];
  const split = `[0:v]split=${dashRenditions.length}${dashRenditions.map((_, i) => `[s${i}]`).join('')}`;
  const scales = dashRenditions.map((r, i) => `[s${i}]scale=${r.width}:${r.height},setsar=1[v${i}]`);
  const args = [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc=size=${width}x${height}:rate=10:duration=2`,
  ];
  for (const track of dashAudio) {
    args.push('-f', 'lavfi', '-i', `sine=frequency=${track.frequency}:duration=2`);
  }
  args.push('-filter_complex', [split, ...scales].join(';'));
  dashRenditions.forEach((rendition, i) => args.push('-map', `[v${i}]`, `-b:v:${i}`, rendition.bitrate));
  dashAudio.forEach((track, i) =>
    args.push('-map', `${i + 1}:a`, `-metadata:s:a:${i}`, `language=${track.language}`),
  );
  // One adaptation set for the video renditions, one per language (stream indexes follow the maps).
  const audioSets = dashAudio.map((_, i) => `id=${i + 1},streams=${dashRenditions.length + i}`);
  args.push(
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-g', '10'],
    ...['-c:a', 'aac', '-b:a', '64k'],
    ...['-f', 'dash', '-seg_duration', '1', '-use_template', '1', '-use_timeline', '0'],
    ...['-adaptation_sets', ['id=0,streams=v', ...audioSets].join(' ')],
    join(dir, 'manifest.mpd'),
  );
  execFileSync('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}
