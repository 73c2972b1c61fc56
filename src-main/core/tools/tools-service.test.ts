// The managed yt-dlp and tool resolution, for real: downloads from a loopback server laid out like
// the release page, checksums, the executable bit, running --version, and what stays on failure.
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InstallProgress } from '../../../src-preload/contract/tools';
import { startReleaseServer, type ReleaseServer } from '../../../e2e/support/release-server';
import { openDatabase, type AppDatabase } from '../db/open-database';
import { EventBus } from '../event-bus';
import { repoRoot } from '../library/test-helpers';
import { runProcess } from '../process/run-process';
import { SettingStore } from '../settings/setting-store';
import { bundledFfprobePath } from './ffprobe-path';
import { ToolsService } from './tools-service';

let release: ReleaseServer;
let dir: string;
let db: AppDatabase;
let service: ToolsService;

beforeAll(async () => {
  release = await startReleaseServer();
});
afterAll(() => release.close());
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'td-tools-'));
  db = openDatabase(join(dir, 'test.db'), join(repoRoot, 'drizzle'));
  service = new ToolsService({
    settings: new SettingStore(db),
    events: new EventBus(),
    dataDir: dir,
    bundledFfprobe: bundledFfprobePath(),
  });
  await service.updateSettings({ releaseBaseUrl: release.baseUrl });
  release.publish('2099.01.01');
  release.misbehave(null);
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const ytdlp = () => service.status().tools.find((t) => t.name === 'ytdlp')!;
const managedFiles = () => readdirSync(join(dir, 'tools')).sort();

describe.runIf(process.platform === 'linux' && process.arch === 'x64')('the managed yt-dlp', () => {
  it('installs the verified build into the data folder, runs it, and uses it before the system one', async () => {
    const progress: InstallProgress[] = [];
    const status = await service.installYtdlp((p) => progress.push(p));
    expect(ytdlp()).toMatchObject({
      source: 'managed',
      version: '2099.01.01',
      path: service.managedPath,
      problem: null,
    });
    expect(status.managedYtdlp.version).toBe('2099.01.01');
    expect(managedFiles()).toEqual(['yt-dlp']);
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['verifying', 'done']));
    expect(service.path('ytdlp')).toBe(service.managedPath);
  });

  it('flags a yt-dlp older than 90 days by its version date, with Update as the fix, until it is updated', async () => {
    const today = new ToolsService({
      settings: new SettingStore(db),
      events: new EventBus(),
      dataDir: dir,
      bundledFfprobe: bundledFfprobePath(),
      now: () => new Date('2026-12-04T12:00:00Z'),
    });
    release.publish('2023.03.04');
    await today.installYtdlp(() => undefined);
    expect(today.status().tools.find((t) => t.name === 'ytdlp')).toMatchObject({
      version: '2023.03.04',
      problem: null,
      outdated: expect.stringMatching(/^yt-dlp 2023\.03\.04 is 1,371 days old\./),
      fix: 'Choose Update yt-dlp.',
    });

    release.publish('2026.11.20');
    await today.installYtdlp(() => undefined);
    expect(today.status().tools.find((t) => t.name === 'ytdlp')).toMatchObject({
      version: '2026.11.20',
      outdated: null,
      fix: null,
    });
  });

  it('keeps the previous copy when updating, until the new one has run', async () => {
    await service.installYtdlp();
    release.publish('2099.02.02');
    expect((await service.checkYtdlpUpdate()).managedYtdlp.updateAvailable).toBe(true);
    await service.installYtdlp();
    expect(ytdlp().version).toBe('2099.02.02');
    expect(managedFiles()).toEqual(['yt-dlp', 'yt-dlp.previous']);
    expect(readFileSync(join(dir, 'tools', 'yt-dlp.previous'), 'utf8')).toContain('2099.01.01');
    expect((await service.checkYtdlpUpdate()).managedYtdlp.updateAvailable).toBe(false);
  });

  it('tells every window that a refused install ended: a failed step with the reason, then installing off', async () => {
    const events = new EventBus();
    const told: Array<[string, unknown]> = [];
    events.subscribe((event, payload) => told.push([event, payload]));
    const watched = new ToolsService({
      settings: new SettingStore(db),
      events,
      dataDir: dir,
      bundledFfprobe: bundledFfprobePath(),
    });
    release.misbehave('mismatch');
    await expect(watched.installYtdlp()).rejects.toMatchObject({ code: 'FILE_OPERATION_FAILED' });
    const failed = told.findIndex(
      ([event, payload]) =>
        event === 'tools:installProgress' && (payload as InstallProgress).phase === 'failed',
    );
    expect(failed).toBeGreaterThanOrEqual(0);
    expect((told[failed]![1] as InstallProgress).message).toMatch(/checksum/);
    expect(told.at(-1)).toEqual(['tools:changed', expect.objectContaining({ installing: false })]);
  });

  it('a slow look at the tools started before an install never puts back the old yt-dlp after it', async () => {
    // The start-up probe can still be running when an install finishes (seen on a loaded CI machine:
    // Settings then said "None yet" for the copy just installed). The probe's runs are held here
    // until the install is done, or for at most 3 s when the install waits for the probe.
    let hold = true;
    let releaseHeld!: () => void;
    const held = new Promise<void>((resolve) => (releaseHeld = resolve));
    const gated = new ToolsService({
      settings: new SettingStore(db),
      events: new EventBus(),
      dataDir: dir,
      bundledFfprobe: bundledFfprobePath(),
      runProcess: async (options) => {
        if (hold) await held;
        return runProcess(options);
      },
    });
    const startupProbe = gated.refresh();
    hold = false;
    const install = gated.installYtdlp();
    await Promise.race([install, new Promise((resolve) => setTimeout(resolve, 3000))]);
    releaseHeld();
    await Promise.all([startupProbe, install]);
    expect(gated.status().managedYtdlp.version).toBe('2099.01.01');
    expect(gated.status().tools.find((t) => t.name === 'ytdlp')).toMatchObject({ source: 'managed' });
  });

  it.each(['mismatch', 'truncated'] as const)(
    'refuses a %s download and keeps the working copy',
    async (mode) => {
      await service.installYtdlp();
      release.publish('2099.03.03');
      release.misbehave(mode);
      await expect(service.installYtdlp()).rejects.toMatchObject({
        code: 'FILE_OPERATION_FAILED',
        message:
          mode === 'mismatch'
            ? expect.stringMatching(/checksum/)
            : expect.stringMatching(/stopped early|terminated|failed/i),
      });
      expect(managedFiles()).toEqual(['yt-dlp']);
      await service.refresh();
      expect(ytdlp()).toMatchObject({ source: 'managed', version: '2099.01.01' });
    },
  );
});

describe('finding the tools', () => {
  it('prefers the path set in Settings, and explains a path that does not work', async () => {
    const fake = join(dir, 'my-ffmpeg');
    writeFileSync(fake, '#!/bin/sh\necho "ffmpeg version 9.9-custom Copyright"\n');
    chmodSync(fake, 0o755);
    await service.updateSettings({ path: { tool: 'ffmpeg', value: fake } });
    expect(service.status().tools.find((t) => t.name === 'ffmpeg')).toMatchObject({
      source: 'settings',
      version: '9.9-custom',
      path: fake,
    });

    await service.updateSettings({ path: { tool: 'ffmpeg', value: join(dir, 'nope') } });
    const broken = service.status().tools.find((t) => t.name === 'ffmpeg')!;
    expect(broken).toMatchObject({ source: 'settings', version: null });
    expect(broken.problem).toMatch(/does not run/);
    expect(broken.fix).toMatch(/Settings → Tools/);
    expect(service.status().ffmpegMissing).toBe(true);
    expect(service.path('ffmpeg')).toBeNull();
  });

  it('finds the system tools with their versions, and ffprobe at worst in the app', async () => {
    const status = await service.refresh();
    for (const tool of status.tools) expect(tool.version, tool.label).toMatch(/\d/);
    expect(status.tools.find((t) => t.name === 'ffprobe')?.source).toMatch(/system|bundled/);
    expect(existsSync(service.managedPath)).toBe(false);
  });
});
