// Measures the processing stage against the same conversion run by hand with ffmpeg.
//   npm run bench:process -- --seconds 10 --runs 3 [--loudness]
// A VP9/Opus 1280x720 WebM (made here with lavfi) is converted to H.264/AAC in MKV ("always
// H.264/AAC", quality balanced, software encoders). "By hand" is the ffmpeg command a person would
// type for that (plus, with --loudness, loudnorm's measuring pass and the two-pass filter); the stage
// adds its analysis pass (the picture inside black bars, keyframes only) and its bookkeeping.
// Goal: the stage takes at most 1.05× the hand-run time (median of the runs). The stage through the
// queue (download → process → file) is measured by the lead's queue bench, not here.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noProcessing } from '../src-preload/contract/processing';
import { runProcess } from '../src-main/core/process/run-process';
import { createProbe } from '../src-main/core/probe/probe-file';
import { bundledFfprobePath } from '../src-main/core/tools/ffprobe-path';
import { HardwareEncoderDetector } from '../src-main/core/processing/hardware-encoders';
import { parseLoudnormJson } from '../src-main/core/processing/loudness-filter';
import { processDownload } from '../src-main/core/processing/process-download';

function argValue(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

const seconds = argValue('seconds', 10);
const runs = argValue('runs', 3);
const loudness = process.argv.includes('--loudness');
const dir = mkdtempSync(join(tmpdir(), 'trailerdeck bench process '));
const input = join(dir, 'source.webm');
const ffmpeg = (args: string[]) =>
  runProcess({ command: 'ffmpeg', args: ['-hide_banner', '-nostdin', '-y', ...args] });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const format = (ms: number) => `${(ms / 1000).toFixed(2).padStart(6)} s`;

async function byHand(output: string): Promise<void> {
  const audio = ['-c:a', 'aac', '-b:a', '160k'];
  if (loudness) {
    const pass1 = await ffmpeg([
      '-i',
      input,
      '-vn',
      '-af',
      'loudnorm=I=-16:TP=-1.5:LRA=11:print_format=json',
      '-f',
      'null',
      '-',
    ]);
    const measured = parseLoudnormJson(pass1.stderr)?.input;
    if (!measured) throw new Error('loudnorm printed no measure');
    const m = measured;
    audio.push(
      '-af',
      `loudnorm=I=-16:TP=-1.5:LRA=11:measured_I=${m.integrated}:measured_TP=${m.truePeak}:measured_LRA=${m.range}:measured_thresh=${m.threshold}:offset=${m.offset}:linear=true`,
      '-ar',
      '48000',
    );
  }
  await ffmpeg([
    ...['-i', input, '-map', '0:V?', '-map', '0:a?', '-c:v', 'libx264', '-preset', 'fast', '-crf', '21'],
    ...['-pix_fmt', 'yuv420p', ...audio, output],
  ]);
}

try {
  await ffmpeg([
    ...['-f', 'lavfi', '-i', `testsrc2=size=1280x720:rate=24:duration=${seconds}`],
    ...['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`, '-c:v', 'libvpx-vp9'],
    ...['-deadline', 'realtime', '-cpu-used', '8', '-b:v', '2M', '-c:a', 'libopus', input],
  ]);
  const probe = await createProbe({ ffprobePath: bundledFfprobePath() })(input);
  // Detection is once per app run: done before timing, as a running app has done it already.
  const encoders = new HardwareEncoderDetector();
  await encoders.inventory('ffmpeg', false);

  const hand: number[] = [];
  const stage: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    let started = performance.now();
    await byHand(join(dir, `hand ${run}.mkv`));
    hand.push(performance.now() - started);

    const outputDir = join(dir, `stage ${run}`);
    mkdirSync(outputDir);
    started = performance.now();
    await processDownload({
      input,
      outputDir,
      probe,
      settings: {
        ...noProcessing,
        compatibility: true,
        hardwareEncoding: false,
        loudnessTarget: loudness ? -16 : null,
      },
      container: 'mkv',
      minDurationSeconds: null,
      ffmpegPath: 'ffmpeg',
      encoders,
    });
    stage.push(performance.now() - started);
    console.log(`run ${run}: by hand ${format(hand.at(-1) ?? 0)}, stage ${format(stage.at(-1) ?? 0)}`);
  }
  const ratio = median(stage) / median(hand);
  console.log(`${seconds} s of 1280x720 VP9/Opus → H.264/AAC${loudness ? ', loudness to -16 LUFS' : ''}`);
  console.log(
    `median by hand ${format(median(hand))}, stage ${format(median(stage))}: ${ratio.toFixed(3)}× (goal ≤ 1.05×)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
