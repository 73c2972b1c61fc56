// Measures the processing stage through the queue against the same conversion run by hand.
//   npm run bench:process -- [--seconds 60] [--runs 3] [--loudness]
// A VP9/Opus 1280x720 WebM (made here with lavfi) is served on loopback and queued for a title
// whose profile says "always H.264/AAC" (quality balanced, software encoders). The stage is timed
// through the real queue, from the job's turn to `processing` (the download is done) to its
// completion: the download's check, the analysis pass (the picture inside black bars; with
// --loudness the loudness too), the conversion, the check of the result, filing and the record.
// "By hand" is the ffmpeg command a person would type for that conversion (with --loudness,
// loudnorm's measuring pass and the two-pass filter). Goal: the stage takes at most 1.05× the
// hand-run time (median of the runs). It then runs `bench:audit` on 10,000 files.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMediaServer } from '../e2e/support/media-server';
import type { EventPayloads } from '../src-preload/contract/events';
import { openDownloadApp, titles } from '../src-main/core/downloads/download-test-kit';
import { runProcess } from '../src-main/core/process/run-process';
import { parseLoudnormJson } from '../src-main/core/processing/loudness-filter';
import { positiveArg } from './bench-args';

const seconds = positiveArg('seconds', 60);
const runs = positiveArg('runs', 3);
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

/** The processing stage of one job through the queue: from `processing` to `completed`. */
async function throughQueue(url: string): Promise<number> {
  const app = await openDownloadApp();
  try {
    const profile = (await app.call('profiles:list')).find((p) => p.isDefault)!;
    await app.call('profiles:update', {
      id: profile.id,
      processing: {
        ...profile.processing,
        compatibility: true,
        hardwareEncoding: false,
        loudnessTarget: loudness ? -16 : null,
      },
    });
    let processingAt = 0;
    app.core.events.subscribe((event, payload) => {
      if (event !== 'downloads:changed' || processingAt !== 0) return;
      const { changes } = payload as EventPayloads['downloads:changed'];
      if (changes.some((change) => change.status === 'processing')) processingAt = performance.now();
    });
    const job = await app.call('downloads:enqueue', { mediaId: app.mediaId(titles[0]), source: url });
    const done = await app.waitFor(job.id, ['completed', 'failed']);
    if (done.status !== 'completed') throw new Error(`the job failed: ${done.errorMessage}`);
    return performance.now() - processingAt;
  } finally {
    await app.close();
  }
}

const served = join(dir, 'served');
mkdirSync(served);
const server = await startMediaServer(served);
try {
  await ffmpeg([
    ...['-f', 'lavfi', '-i', `testsrc2=size=1280x720:rate=24:duration=${seconds}`],
    ...['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`, '-c:v', 'libvpx-vp9'],
    ...['-deadline', 'realtime', '-cpu-used', '8', '-b:v', '2M', '-c:a', 'libopus', input],
  ]);
  await ffmpeg(['-i', input, '-c', 'copy', join(served, 'source.webm')]);
  const url = server.url('/media/source.webm');

  const hand: number[] = [];
  const stage: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const started = performance.now();
    await byHand(join(dir, `hand ${run}.mkv`));
    hand.push(performance.now() - started);
    stage.push(await throughQueue(url));
    console.log(`run ${run}: by hand ${format(hand.at(-1) ?? 0)}, stage ${format(stage.at(-1) ?? 0)}`);
  }
  const ratio = median(stage) / median(hand);
  console.log(`${seconds} s of 1280x720 VP9/Opus → H.264/AAC${loudness ? ', loudness to -16 LUFS' : ''}`);
  console.log(
    `median by hand ${format(median(hand))}, stage through the queue ${format(median(stage))}: ` +
      `${ratio.toFixed(3)}× (goal ≤ 1.05×: ${ratio <= 1.05 ? 'meets the goal' : 'MISSES the goal'})`,
  );
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

// The second figure: an audit of 10,000 trailers from the database (goal < 300 ms).
console.log('\nThe audit of 10,000 files (npm run bench:audit):');
await runProcess({
  command: process.execPath,
  args: ['--import', 'tsx', join(import.meta.dirname, 'bench-audit.ts'), '--files', '10000'],
  onStdoutLine: (line) => console.log(`  ${line}`),
});
