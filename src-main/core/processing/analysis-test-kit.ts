// Test fixtures for the analysis tests, made with the real ffmpeg (lavfi sources) at test time:
// short and small, because the machine running the suite is shared. Nothing here ships.
import { join } from 'node:path';
import { runProcess } from '../process/run-process';

// A keyframe a second, as downloads have (every 2 to 5 s): samples and end windows seek to them.
const videoEncode = ['-c:v', 'libx264', '-preset', 'ultrafast', '-g', '10', '-pix_fmt', 'yuv420p'];
const encode = [...videoEncode, '-c:a', 'aac'];

/** One lavfi source as an input. */
const lavfi = (source: string): string[] => ['-f', 'lavfi', '-i', source];

async function ffmpeg(args: string[]): Promise<void> {
  await runProcess({
    command: 'ffmpeg',
    args: ['-v', 'error', '-nostdin', '-y', ...args],
    timeoutMs: 60_000,
  });
}

/** 3 s black + silent, 6 s test picture + tone, 2 s black + silent: 11 s, 320x180. */
export async function makeHeadTailFixture(dir: string): Promise<string> {
  const path = join(dir, 'head and tail.mp4');
  const black = (seconds: number): string[] => [
    ...lavfi(`color=black:size=320x180:rate=10:duration=${seconds}`),
    ...lavfi(`anullsrc=r=48000:cl=mono:d=${seconds}`),
  ];
  const body = [
    ...lavfi('testsrc=size=320x180:rate=10:duration=6'),
    ...lavfi('sine=frequency=440:sample_rate=48000:duration=6'),
  ];
  const concat = '[0:v][1:a][2:v][3:a][4:v][5:a]concat=n=3:v=1:a=1[v][a]';
  await ffmpeg([
    ...black(3),
    ...body,
    ...black(2),
    '-filter_complex',
    concat,
    '-map',
    '[v]',
    '-map',
    '[a]',
    ...encode,
    path,
  ]);
  return path;
}

/** A 1280x540 picture in black bars to 1280x720, fading in from black over 1.5 s; 10 s, tone. */
export async function makeLetterboxFixture(dir: string): Promise<string> {
  const path = join(dir, 'letterbox.mp4');
  await ffmpeg([
    ...lavfi('testsrc=size=1280x540:rate=10:duration=10'),
    ...lavfi('sine=frequency=440:sample_rate=48000:duration=10'),
    ...['-vf', 'pad=1280:720:0:90:black,fade=in:st=0:d=1.5'],
    // A keyframe every half second: the picture-only analysis decodes keyframes only.
    ...['-g', '5', ...encode, '-shortest', path],
  ]);
  return path;
}

/** Audio only: a tone swelling and fading, `gain` times a quiet level (about -31 LUFS at 1). */
export async function makeToneFixture(dir: string, name: string, gain: number): Promise<string> {
  const path = join(dir, name);
  const amplitude = (0.06 * gain).toFixed(4);
  const tone = `aevalsrc='${amplitude}*sin(2*PI*440*t)*(0.6+0.4*sin(2*PI*0.3*t))':s=48000:d=12`;
  await ffmpeg([...lavfi(tone), '-c:a', 'aac', path]);
  return path;
}

/** A picture with a silent (digital zero) audio track; 3 s. */
export async function makeSilentAudioFixture(dir: string): Promise<string> {
  const path = join(dir, 'silent audio.mp4');
  const sources = [
    ...lavfi('testsrc=size=320x180:rate=10:duration=3'),
    ...lavfi('anullsrc=r=48000:cl=stereo:d=3'),
  ];
  await ffmpeg([...sources, ...encode, '-shortest', path]);
  return path;
}

/** A black picture over a tone for 12 s: nothing to trim (a black picture is not a head). */
export async function makeBlackPictureFixture(dir: string): Promise<string> {
  const path = join(dir, 'black picture.mp4');
  const sources = [...lavfi('color=black:size=160x90:rate=10:duration=12'), ...lavfi('sine=duration=12')];
  await ffmpeg([...sources, ...encode, '-shortest', path]);
  return path;
}

/** A picture without any audio stream; 3 s. */
export async function makeVideoOnlyFixture(dir: string): Promise<string> {
  const path = join(dir, 'video only.mp4');
  await ffmpeg([...lavfi('testsrc=size=320x180:rate=10:duration=3'), ...videoEncode, path]);
  return path;
}

/** Integrated loudness by ffmpeg's ebur128 filter: an independent check of loudnorm's figure. */
export async function measureEbur128(file: string): Promise<number> {
  const result = await runProcess({
    command: 'ffmpeg',
    args: ['-hide_banner', '-nostdin', '-nostats', '-i', file, '-vn', '-af', 'ebur128', '-f', 'null', '-'],
    timeoutMs: 60_000,
  });
  // The summary's "I:" line; the per-frame log is at verbose level, not printed.
  const matches = [...result.stderr.matchAll(/^\s+I:\s+(-?\d+(?:\.\d+)?) LUFS/gm)];
  const last = matches.at(-1);
  if (!last?.[1]) throw new Error(`ebur128 printed no integrated loudness:\n${result.stderr.slice(-2000)}`);
  return Number(last[1]);
}
