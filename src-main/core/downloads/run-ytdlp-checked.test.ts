// The two-step download (fetch, check, finish) with real yt-dlp and ffmpeg against the loopback
// media server: the check sees the files as the site sent them, before ffmpeg rewrites anything.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDownloadMedia, type DownloadMedia } from '../../../e2e/support/download-media';
import { startMediaServer, type MediaServer } from '../../../e2e/support/media-server';
import { createProbe } from '../probe/probe-file';
import { runProcess } from '../process/run-process';
import { bundledFfprobePath } from '../tools/ffprobe-path';
import { findCutOff } from './cut-off-check';
import { runYtdlp, runYtdlpChecked, type RunYtdlpOptions, type YtdlpResult } from './run-ytdlp';
import { createReadableEnd } from './verify-trailer';

const root = mkdtempSync(join(tmpdir(), 'trailerdeck checked '));
const probe = createProbe({ ffprobePath: bundledFfprobePath() });
const readableEnd = createReadableEnd({ ffprobePath: bundledFfprobePath() });
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

function job(path: string, container: 'mkv' | 'mp4'): RunYtdlpOptions {
  jobCount += 1;
  const dir = join(root, `job ${jobCount}`);
  return {
    ytdlpPath: 'yt-dlp',
    url: server.url(path),
    format: { maxHeight: 240, videoCodec: 'any', audioCodec: 'any', container },
    tempDir: join(dir, 'parts'),
    outputDir: join(dir, 'done'),
    fileStem: 'trailer',
    retries: 0,
    embedMetadata: true,
  };
}

/** A cut-off file of the served mp4: its first 30 %, served as if that were the whole file. */
const shortMp4 = () =>
  `/short/${Math.floor(statSync(join(root, 'served', media.mp4)).size * 0.3)}/${media.mp4}`;

describe('runYtdlpChecked', () => {
  it.each(['mkv', 'mp4'] as const)(
    'shows the check a cut-off file before ffmpeg rewrites it, and converts nothing when it refuses (%s)',
    async (container) => {
      const options = job(shortMp4(), container);
      let cutOff: string | null = null;
      const refused = runYtdlpChecked(options, async (fetched) => {
        cutOff = await findCutOff([fetched.finalPath], null, { probe, readableEnd });
        if (cutOff) throw new Error('cut off');
      });
      await expect(refused).rejects.toThrow('cut off');
      expect(cutOff).toMatch(/^the file says it lasts 2 s, but its data stops after 0\.\d s$/);
      expect(existsSync(options.outputDir) ? readdirSync(options.outputDir) : []).toEqual([]);

      // The same bytes through one run: remuxed by ffmpeg into a clean file nothing can fault.
      const whole = await runYtdlp(job(shortMp4(), container));
      expect(await findCutOff([whole.finalPath], null, { probe, readableEnd })).toBeNull();
    },
  );

  it.each([
    ['an HLS stream', () => `/media/${media.hlsMaster}`, 'mkv'],
    ['a webm found on a page', () => `/page/${media.webm}`, 'mp4'],
    ['an mp4', () => `/media/${media.mp4}`, 'mp4'],
  ] as const)('finds nothing cut off in %s that arrived whole, and files it', async (_, path, container) => {
    const options = job(path(), container);
    let cutOff: string | null = 'not checked';
    const { finalPath } = await runYtdlpChecked(options, async (fetched) => {
      const files = [fetched.finalPath, ...fetched.mergeInputs];
      cutOff = await findCutOff(files, fetched.info?.durationSeconds ?? null, { probe, readableEnd });
    });
    expect(cutOff).toBeNull();
    expect(readdirSync(options.outputDir)).toEqual([`trailer.${container}`]);
    expect(await probe(finalPath)).toMatchObject({
      fileFormat: container,
      streamCounts: { video: 1, audio: 1 },
    });
  });

  it('starts a conversion stopped halfway (pause, quit) afresh instead of filing its half', async () => {
    const options = job(`/media/${media.mp4}`, 'mkv');
    await runYtdlp({ ...options, step: { kind: 'fetch' } });
    // What ffmpeg leaves when it is killed mid-remux: the start of the target file beside the original.
    writeFileSync(join(options.tempDir, 'trailer.mkv'), Buffer.alloc(4096, 0x1a));
    const { finalPath } = await runYtdlpChecked(options, async () => {});
    expect(finalPath).toBe(join(options.outputDir, 'trailer.mkv'));
    expect(await probe(finalPath)).toMatchObject({
      fileFormat: 'mkv',
      durationSeconds: expect.closeTo(2, 0),
    });
  });

  it('checks each input of a merge, then merges, embeds metadata and leaves one file', async () => {
    const options = job(`/media/${media.dashManifest}`, 'mkv');
    const seen: YtdlpResult[] = [];
    const result = await runYtdlpChecked(options, async (fetched) => {
      seen.push(fetched);
      const files = [fetched.finalPath, ...fetched.mergeInputs];
      expect(
        await findCutOff(files, fetched.info?.durationSeconds ?? null, { probe, readableEnd }),
      ).toBeNull();
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.mergeInputs).toHaveLength(2);
    for (const input of seen[0]?.mergeInputs ?? []) expect(input.startsWith(options.tempDir)).toBe(true);
    expect(result.finalPath).toBe(join(options.outputDir, 'trailer.mkv'));
    expect(readdirSync(options.outputDir)).toEqual(['trailer.mkv']);
    expect(await probe(result.finalPath)).toMatchObject({
      fileFormat: 'mkv',
      height: 240,
      streamCounts: { video: 1, audio: 1 },
    });
    expect((await formatTags(result.finalPath)).comment).toBe(options.url);
    expect(result.info).toMatchObject({ id: 'manifest', extractor: 'Generic' });
  });
});

async function formatTags(path: string): Promise<Record<string, string>> {
  const { stdout } = await runProcess({
    command: bundledFfprobePath(),
    args: ['-v', 'error', '-print_format', 'json', '-show_format', '--', path],
  });
  const tags = (JSON.parse(stdout) as { format: { tags?: Record<string, string> } }).format.tags ?? {};
  return Object.fromEntries(Object.entries(tags).map(([key, value]) => [key.toLowerCase(), value]));
}
