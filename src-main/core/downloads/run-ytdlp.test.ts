// Real yt-dlp (Debian's 2023.03.04) against the loopback media server: no network, no mocks.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDownloadMedia, type DownloadMedia } from '../../../e2e/support/download-media';
import { startMediaServer, type MediaServer } from '../../../e2e/support/media-server';
import { createProbe } from '../probe/probe-file';
import { ProcessAborted } from '../process/process-errors';
import { runningProcessCount, runProcess } from '../process/run-process';
import { bundledFfprobePath } from '../tools/ffprobe-path';
import { DownloadFailed, runYtdlp, type RunYtdlpOptions } from './run-ytdlp';
import { createReadableEnd, probeAndVerify } from './verify-trailer';
import type { FormatPreferences } from './ytdlp-args';
import type { DownloadProgress } from './ytdlp-progress';

const root = mkdtempSync(join(tmpdir(), 'trailerdeck ytdlp '));
const probe = createProbe({ ffprobePath: bundledFfprobePath() });
const anyFormat: FormatPreferences = {
  maxHeight: null,
  videoCodec: 'any',
  audioCodec: 'any',
  container: 'mp4',
};
let media: DownloadMedia;
let server: MediaServer;
let jobCount = 0;

beforeAll(async () => {
  media = makeDownloadMedia(join(root, 'served'));
  server = await startMediaServer(join(root, 'served'));
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A fresh temp and output folder per job, the way the queue will give them. */
function job(path: string, extra: Partial<RunYtdlpOptions> = {}): RunYtdlpOptions {
  jobCount += 1;
  const dir = join(root, `job ${jobCount}`);
  return {
    ytdlpPath: 'yt-dlp',
    url: server.url(path),
    format: anyFormat,
    tempDir: join(dir, 'tmp'),
    outputDir: join(dir, 'out'),
    fileStem: 'trailer',
    retries: 0,
    ...extra,
  };
}

async function failureOf(promise: Promise<unknown>): Promise<DownloadFailed> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DownloadFailed);
  return error as DownloadFailed;
}

function servedSize(file: string): number {
  return statSync(join(root, 'served', file)).size;
}

describe('runYtdlp', () => {
  it('downloads an mp4 with progress, to the named file in the output folder', async () => {
    const progress: DownloadProgress[] = [];
    const options = job(`/media/${media.mp4}`, {
      fileStem: 'Amélie 100% “🎬”',
      onProgress: (p) => progress.push(p),
    });
    const { finalPath, info } = await runYtdlp(options);

    expect(finalPath).toBe(join(options.outputDir, 'Amélie 100% “🎬”.mp4'));
    // The generic extractor knows no duration; a site like YouTube gives one.
    expect(info).toEqual({
      id: 'video',
      durationSeconds: null,
      extractor: 'Generic',
      webpageUrl: options.url,
    });
    expect(statSync(finalPath).size).toBe(servedSize(media.mp4));
    expect(readFileSync(finalPath).equals(readFileSync(join(root, 'served', media.mp4)))).toBe(true);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[0]).toMatchObject({ status: 'downloading', totalBytes: servedSize(media.mp4) });
    expect(progress.at(-1)).toMatchObject({
      status: 'finished',
      percent: 100,
      downloadedBytes: servedSize(media.mp4),
    });
    expect(readdirSync(options.tempDir)).toEqual([]);
  });

  it('finds the video of a web page (og:video) and remuxes a webm into the profile container', async () => {
    const options = job(`/page/${media.webm}`, {
      format: { ...anyFormat, container: 'mkv' },
      ffmpegLocation: '/usr/bin/ffmpeg',
    });
    const { finalPath } = await runYtdlp(options);
    expect(finalPath).toBe(join(options.outputDir, 'trailer.mkv'));
    expect(await probe(finalPath)).toMatchObject({
      fileFormat: 'mkv',
      videoFormat: 'vp9',
      audioFormat: 'opus',
    });
  });

  it.each([
    [240, 240],
    [480, 480],
    [360, 240],
  ])('picks the HLS rendition that fits a maximum height of %i', async (maxHeight, expected) => {
    const progress: DownloadProgress[] = [];
    const options = job(`/media/${media.hlsMaster}`, {
      format: { ...anyFormat, maxHeight },
      onProgress: (p) => progress.push(p),
    });
    const { finalPath } = await runYtdlp(options);
    const probed = await probe(finalPath);
    expect(probed.height).toBe(expected);
    expect(probed.streamCounts).toMatchObject({ video: 1, audio: 1 });
    expect(progress.some((p) => p.fragmentCount === 2 && p.totalIsEstimate)).toBe(true);
  });

  it.each([
    [240, 240],
    [480, 480],
    [360, 240],
  ])(
    'picks the DASH rendition that fits a maximum height of %i and merges it with audio',
    async (maxHeight, expected) => {
      const info: unknown[] = [];
      const options = job(`/media/${media.dashManifest}`, {
        format: { ...anyFormat, maxHeight },
        onInfo: (i) => info.push(i),
      });
      const result = await runYtdlp(options);
      const probed = await probe(result.finalPath);
      expect(probed.height).toBe(expected);
      expect(probed.streamCounts).toMatchObject({ video: 1, audio: 1 });
      expect(info).toEqual([result.info]);
      expect(result.info).toMatchObject({ id: 'manifest', extractor: 'Generic' });
    },
  );

  it('reports a merge as one download: the bar does not start again for the audio', async () => {
    const reports: DownloadProgress[] = [];
    const options = job(`/media/${media.dashManifest}`, {
      format: { ...anyFormat, maxHeight: 480 },
      onProgress: (p) => reports.push(p),
    });
    await runYtdlp(options);
    const percents = reports.map((p) => p.percent ?? 0);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(reports.map((p) => p.part?.kind)).toContain('video');
    // The video's own "finished" is not the end: the audio is still to come.
    const videoDone = reports.find((p) => p.part?.kind === 'video' && p.percent !== null && p.percent > 50);
    expect(videoDone?.percent).toBeLessThan(100);
    expect(reports.at(-1)).toMatchObject({
      percent: 100,
      status: 'finished',
      part: { index: 2, count: 2, kind: 'audio' },
    });
    // Bytes are the whole's: the last report counts both files.
    const last = reports.at(-1) as DownloadProgress;
    expect(last.downloadedBytes).toBeGreaterThan(
      Math.max(...reports.filter((p) => p.part?.kind === 'video').map((p) => p.downloadedBytes)),
    );
  });

  it('takes the audio track in the profile language, with subtitles asked, metadata embedded, into mkv', async () => {
    // Without a preference yt-dlp takes the German track here (its last, equally good one).
    const options = job(`/media/${media.dashManifest}`, {
      format: { ...anyFormat, maxHeight: 240, container: 'mkv' },
      audioLanguage: 'en',
      subtitles: { languages: ['en', 'de'], includeAuto: true, embed: true },
      embedMetadata: true,
    });
    const { finalPath } = await runYtdlp(options);
    expect(finalPath).toBe(join(options.outputDir, 'trailer.mkv'));
    expect(await probe(finalPath)).toMatchObject({ fileFormat: 'mkv', height: 240, audioLanguage: 'eng' });
    expect((await formatTags(finalPath)).comment).toBe(options.url);
    expect(readdirSync(options.outputDir)).toEqual(['trailer.mkv']);
  });

  it('embeds metadata into a webm, with subtitles for webm asked (the site has none)', async () => {
    const options = job(`/page/${media.webm}`, {
      format: { ...anyFormat, container: 'webm' },
      subtitles: { languages: ['fr'], includeAuto: false, embed: true },
      embedMetadata: true,
    });
    const { finalPath, info } = await runYtdlp(options);
    expect(await probe(finalPath)).toMatchObject({
      fileFormat: 'webm',
      videoFormat: 'vp9',
      audioFormat: 'opus',
    });
    expect((await formatTags(finalPath)).comment).toBe(options.url);
    expect(info).toMatchObject({ extractor: 'HTML5MediaEmbed', webpageUrl: options.url });
  });

  it('still downloads a single-file video when a language and subtitle files are asked that it lacks', async () => {
    const options = job(`/media/${media.mp4}`, {
      subtitles: { languages: ['pt-BR'], includeAuto: true, embed: false },
      audioLanguage: 'deu',
    });
    const { finalPath } = await runYtdlp(options);
    expect(readdirSync(options.outputDir)).toEqual(['trailer.mp4']);
    expect((await formatTags(finalPath)).comment).toBeUndefined();
  });

  it('fails at once and for good on a 404', async () => {
    const failure = await failureOf(runYtdlp(job(`/status/404/${media.mp4}`)));
    expect(failure).toMatchObject({ code: 'NOT_FOUND', transient: false });
    expect(failure.stderrTail).toContain('HTTP Error 404: Not Found');
  });

  it.each([
    [503, 'SERVER_ERROR'],
    [429, 'RATE_LIMITED'],
  ])('fails as transient on a %i, and a later run completes', async (status, code) => {
    const options = job(`/fail-first/1/${status}/${media.mp4}`);
    const failure = await failureOf(runYtdlp(options));
    expect(failure).toMatchObject({ code, transient: true });
    const { finalPath } = await runYtdlp(options);
    expect(statSync(finalPath).size).toBe(servedSize(media.mp4));
  });

  it('reports a page without any video as an unsupported address', async () => {
    const failure = await failureOf(runYtdlp(job('/empty-page')));
    expect(failure).toMatchObject({ code: 'UNSUPPORTED_URL', transient: false });
  });

  it('fails as transient on a truncated transfer and leaves no finished file', async () => {
    const options = job(`/truncated/100000/${media.mp4}`);
    const failure = await failureOf(runYtdlp(options));
    expect(failure).toMatchObject({ code: 'INCOMPLETE', transient: true });
    expect(existsSync(options.outputDir) ? readdirSync(options.outputDir) : []).toEqual([]);
  });

  it('downloads a file the server cuts short but calls whole, and verification refuses it', async () => {
    const { finalPath, info } = await runYtdlp(job(`/short/100000/${media.mp4}`));
    expect(statSync(finalPath).size).toBe(100000);
    // The index comes first in this mp4, so ffprobe still reads "2 s" from the header alone…
    const noBounds = { minDurationSeconds: null, maxDurationSeconds: null };
    const bounds = { ...noBounds, expectedDurationSeconds: info?.durationSeconds };
    expect(await probeAndVerify(probe, finalPath, bounds)).toMatchObject({
      problem: null,
      probe: { durationSeconds: expect.closeTo(2, 0) },
    });
    // …and only reading its end shows the cut.
    const readableEnd = createReadableEnd({ ffprobePath: bundledFfprobePath() });
    const { problem } = await probeAndVerify(probe, finalPath, bounds, { readableEnd });
    expect(problem?.reason).toBe('truncated');
    expect(problem?.message).toMatch(
      /^The downloaded file is damaged or incomplete: it says it lasts 2 s, but/,
    );
  });

  it('resumes a dropped download from where it stopped', async () => {
    const path = `/drop-after/300000/${media.mp4}`;
    const options = job(path);
    const first = await failureOf(runYtdlp(options));
    expect(first.transient).toBe(true);
    expect(['INCOMPLETE', 'CONNECTION_FAILED']).toContain(first.code);
    expect(statSync(join(options.tempDir, 'trailer.mp4.part')).size).toBe(300000);

    const { finalPath } = await runYtdlp(options);
    expect(readFileSync(finalPath).equals(readFileSync(join(root, 'served', media.mp4)))).toBe(true);
    const ranges = server.requests.filter((r) => r.path === path).map((r) => r.range);
    expect(ranges).toContain('bytes=300000-');
  });

  it('stops yt-dlp when aborted mid-download and leaves no process behind', async () => {
    const controller = new AbortController();
    const options = job(`/slow/100000/${media.mp4}`, {
      onProgress: (p) => {
        if (p.downloadedBytes > 20_000) controller.abort();
      },
      signal: controller.signal,
    });
    const before = runningProcessCount();
    await expect(runYtdlp(options)).rejects.toBeInstanceOf(ProcessAborted);
    expect(runningProcessCount()).toBe(before);
    expect(processesMentioning(options.tempDir)).toEqual([]);
    expect(existsSync(join(options.outputDir, 'trailer.mp4'))).toBe(false);
  });
});

/** The container's tags, names in lower case (Matroska writes COMMENT, mp4 comment). */
async function formatTags(path: string): Promise<Record<string, string>> {
  const { stdout } = await runProcess({
    command: bundledFfprobePath(),
    args: ['-v', 'error', '-print_format', 'json', '-show_format', '--', path],
  });
  const tags = (JSON.parse(stdout) as { format: { tags?: Record<string, string> } }).format.tags ?? {};
  return Object.fromEntries(Object.entries(tags).map(([key, value]) => [key.toLowerCase(), value]));
}

/** Pids of processes whose command line contains `text` (Linux /proc), to see that none survived. */
function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}
