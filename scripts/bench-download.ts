// Measures the download pipeline against doing the same work by hand.
//   npm run bench:download -- --trailers 6 --rate 1500000
// N trailers are served by the loopback media server at a per-connection rate (a real site is not
// instant). "By hand" runs the very same yt-dlp commands the queue builds (fetch, the cut-off check
// on what arrived, finish), then one ffprobe, one trailer after another. Goals: the queue at concurrency 1 takes at most 1.15× that; concurrency 3
// is faster than 1 (the speed-up is printed).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DownloadJob } from '../src-preload/contract/downloads';
import { defaultProfileFields } from '../src-main/core/profiles/profile-service';
import { createProbe } from '../src-main/core/probe/probe-file';
import { bundledFfprobePath } from '../src-main/core/tools/ffprobe-path';
import { jobPaths, prepareJobDirs } from '../src-main/core/downloads/job-files';
import { downloadRequest } from '../src-main/core/downloads/job-runner';
import { findCutOff } from '../src-main/core/downloads/cut-off-check';
import { runYtdlpChecked } from '../src-main/core/downloads/run-ytdlp';
import { createReadableEnd } from '../src-main/core/downloads/verify-trailer';
import { openDownloadApp, startMediaHost } from '../src-main/core/downloads/download-test-kit';
import { positiveArg } from './bench-args';

const trailers = positiveArg('trailers', 6);
const rate = positiveArg('rate', 1_500_000);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2).padStart(6)} s`;

const host = await startMediaHost();
const url = host.server.url(`/slow/${rate}/${host.media.mp4}`);
const names = Array.from({ length: trailers }, (_, i) => `Bench Movie ${i + 1} (${2000 + i})`);
const profile = {
  ...defaultProfileFields,
  id: 1,
  isDefault: true,
  createdAt: '',
  updatedAt: '',
  minDurationSeconds: null,
  maxDurationSeconds: null,
};

async function byHand(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'trailerdeck bench hand '));
  const probe = createProbe({ ffprobePath: bundledFfprobePath() });
  const readableEnd = createReadableEnd({ ffprobePath: bundledFfprobePath() });
  const started = performance.now();
  for (let i = 0; i < trailers; i += 1) {
    const paths = jobPaths(join(dir, `job-${i}`));
    await prepareJobDirs(paths);
    const { finalPath } = await runYtdlpChecked(
      downloadRequest({ source_url: url }, profile, paths, { ytdlpPath: 'yt-dlp' }),
      async (fetched) => {
        const files = [fetched.finalPath, ...fetched.mergeInputs];
        if (await findCutOff(files, null, { probe, readableEnd })) throw new Error('cut off');
      },
    );
    await probe(finalPath);
  }
  const elapsed = performance.now() - started;
  rmSync(dir, { recursive: true, force: true });
  return elapsed;
}

async function throughQueue(concurrency: number): Promise<number> {
  const app = await openDownloadApp({}, names);
  try {
    await app.call('downloads:updateSettings', { concurrency });
    await app.call('downloads:pauseAll');
    const jobs: DownloadJob[] = [];
    for (const name of names) {
      jobs.push(await app.call('downloads:enqueue', { mediaId: app.mediaId(name), source: url }));
    }
    const started = performance.now();
    await app.call('downloads:resumeAll');
    for (const job of jobs) {
      const done = await app.waitFor(job.id, ['completed', 'failed']);
      if (done.status !== 'completed') throw new Error(`job ${job.id} failed: ${done.errorMessage}`);
    }
    return performance.now() - started;
  } finally {
    await app.close();
  }
}

try {
  console.log(
    `${trailers} trailers of ${host.media.mp4} at ${(rate / 1e6).toFixed(1)} MB/s per connection\n`,
  );
  await byHand(); // warm-up: Python's and ffprobe's first start is slower
  const hand = await byHand();
  const one = await throughQueue(1);
  const three = await throughQueue(3);
  const ratio = one / hand;
  console.log(`  by hand (2 yt-dlp runs + checks, 1 by 1)${seconds(hand)}`);
  console.log(
    `  queue, concurrency 1                      ${seconds(one)}   ${ratio.toFixed(2)}× by hand ` +
      `(goal ≤ 1.15×: ${ratio <= 1.15 ? 'meets the goal' : 'MISSES the goal'})`,
  );
  console.log(
    `  queue, concurrency 3                      ${seconds(three)}   ${(one / three).toFixed(2)}× faster than 1`,
  );
} finally {
  await host.close();
}
