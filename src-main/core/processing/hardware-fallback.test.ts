// Hardware encoders cannot run here (no GPU), so detection and the fall-back to software are tested
// with a STAND-IN ffmpeg: a small Node script that answers `-encoders` with a fixed list naming
// h264_nvenc and h264_vaapi, passes the one-frame test encode for h264_nvenc only, fails a real
// h264_nvenc encode the way a machine without a usable NVIDIA GPU does ("No NVENC capable devices
// found", exit 1), and hands everything else to the real /usr/bin/ffmpeg. Every call is appended to
// a file, so the test can count what was run.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeVideo } from '../../../e2e/support/media-fixtures';
import { noProcessing } from '../../../src-preload/contract/processing';
import { createProbe } from '../probe/probe-file';
import { bundledFfprobePath } from '../tools/ffprobe-path';
import { HardwareEncoderDetector } from './hardware-encoders';
import { processDownload } from './process-download';

const dir = mkdtempSync(join(tmpdir(), 'trailerdeck hardware '));
const standIn = join(dir, 'ffmpeg');
const calls = join(dir, 'calls.jsonl');
const input = join(dir, 'vp9 opus.webm');
const probe = createProbe({ ffprobePath: bundledFfprobePath() });

// The layout of `ffmpeg -encoders` (ffmpeg 5.1), cut down to what the plans here use.
const encoderList = `Encoders:
 V..... = Video
 A..... = Audio
 S..... = Subtitle
 ------
 V....D libx264              libx264 H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10 (codec h264)
 V....D h264_nvenc           NVIDIA NVENC H.264 encoder (codec h264)
 V....D h264_vaapi           H.264/AVC (VAAPI) (codec h264)
 V....D libvpx-vp9           libvpx VP9 (codec vp9)
 A..... aac                  AAC (Advanced Audio Coding)
 A..... libopus              libopus Opus (codec opus)
`;

const script = `#!/usr/bin/env node
const { appendFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const args = process.argv.slice(2);
appendFileSync(${JSON.stringify(calls)}, JSON.stringify(args) + '\\n');
if (args.includes('-encoders')) {
  process.stdout.write(${JSON.stringify(encoderList)});
  process.exit(0);
}
const encoder = args[args.indexOf('-c:v') + 1];
const testEncode = args.includes('color=black:s=256x256:d=0.1');
if (encoder === 'h264_nvenc' && testEncode) process.exit(0);
if (encoder === 'h264_nvenc') {
  process.stderr.write('[h264_nvenc @ 0x55d0c0a2c0c0] No NVENC capable devices found\\n');
  process.stderr.write('Error initializing output stream 0:0 -- Error while opening encoder for output stream #0:0\\n');
  process.exit(1);
}
if (encoder === 'h264_vaapi') {
  process.stderr.write('[AVHWDeviceContext @ 0x5581] No VA display found for device /dev/dri/renderD128.\\n');
  process.exit(1);
}
const result = spawnSync('/usr/bin/ffmpeg', args, { stdio: 'inherit' });
process.exit(result.status === null ? 1 : result.status);
`;

const readCalls = (): string[][] =>
  readFileSync(calls, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as string[]);
const encoderOf = (args: string[]): string | undefined => args[args.indexOf('-c:v') + 1];
const isTestEncode = (args: string[]): boolean => args.includes('color=black:s=256x256:d=0.1');

let jobs = 0;
const logs: string[] = [];
const log = (level: 'info' | 'warn', message: string): void => {
  logs.push(`${level}: ${message}`);
};
const detector = new HardwareEncoderDetector({ log });

beforeAll(() => {
  writeFileSync(standIn, script);
  chmodSync(standIn, 0o755);
  makeVideo(input, { duration: 2, width: 320, height: 180 });
});
beforeEach(() => {
  writeFileSync(calls, '');
  logs.length = 0;
  detector.reset();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function convert(hardwareEncoding: boolean) {
  const outputDir = join(dir, `job ${(jobs += 1)}`);
  mkdirSync(outputDir);
  const result = await processDownload({
    input,
    outputDir,
    probe: await probe(input),
    settings: { ...noProcessing, compatibility: true, hardwareEncoding },
    container: 'mkv',
    minDurationSeconds: null,
    ffmpegPath: standIn,
    log,
    encoders: detector,
  });
  return { ...result, outputDir };
}

describe('hardware encoders (stand-in ffmpeg)', () => {
  it('reports only the encoder whose test encode works, and tries each one once', async () => {
    const first = await detector.inventory(standIn, true);
    const again = await detector.inventory(standIn, true);

    expect([...first.workingHardware]).toEqual(['h264_nvenc']);
    expect(again.workingHardware).toBe(first.workingHardware);
    const run = readCalls();
    expect(run.filter((args) => args.includes('-encoders'))).toHaveLength(1);
    expect(run.filter(isTestEncode).map(encoderOf)).toEqual(['h264_nvenc', 'h264_vaapi']);
    expect(logs).toContain('info: Hardware encoders that work: h264_nvenc.');
    expect(
      logs.some((line) => line.includes('h264_vaapi is not usable here') && line.includes('No VA display')),
    ).toBe(true);
  });

  it('falls back to libx264 when h264_nvenc fails on the real file, and says so', async () => {
    const { file, record, outputDir } = await convert(true);

    expect(record.encoder).toBe('libx264');
    expect(await probe(file ?? '')).toMatchObject({ videoFormat: 'h264', audioFormat: 'aac' });
    expect(readdirSync(outputDir)).toEqual(['processed.mkv']);
    const warning = logs.find((line) => line.startsWith('warn:'));
    expect(warning).toContain('h264_nvenc');
    expect(warning).toContain('No NVENC capable devices found');
    expect(warning).toContain('libx264');
    const encodes = readCalls().filter((args) => args.includes('-progress') && !isTestEncode(args));
    expect(encodes.map(encoderOf).filter((name) => name !== undefined && name !== 'copy')).toEqual(
      expect.arrayContaining(['h264_nvenc', 'libx264']),
    );
  });

  it('detects once for many jobs', async () => {
    await convert(true);
    await convert(true);
    expect(readCalls().filter(isTestEncode)).toHaveLength(2);
    expect(readCalls().filter((args) => args.includes('-encoders'))).toHaveLength(1);
  });

  it('never tries NVENC when the profile does not allow hardware encoding', async () => {
    const { record } = await convert(false);
    expect(record.encoder).toBe('libx264');
    expect(readCalls().some((args) => args.includes('h264_nvenc'))).toBe(false);
    expect(logs.filter((line) => line.startsWith('warn:'))).toEqual([]);
  });
});
