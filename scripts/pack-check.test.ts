import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTarget, missingBuild } from './pack-check';
import { builtTargets, checkConfig, loadBuilderConfig, section } from './pack-check-config';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = loadBuilderConfig(root);

describe('electron-builder.yml', () => {
  it('builds AppImage, deb, NSIS and dmg with the app id, the fuses and the icons a shipped app needs', () => {
    expect(checkConfig(config, root)).toEqual([]);
    expect(builtTargets(config)).toEqual([
      { os: 'linux', arch: 'x64' },
      { os: 'win', arch: 'x64' },
      { os: 'mac', arch: 'arm64' },
      { os: 'mac', arch: 'x64' },
    ]);
  });

  it('is refused when a fuse is missing, asar is off or a target is dropped', () => {
    const { runAsNode: _dropped, ...fuses } = section(config, 'electronFuses');
    const broken = {
      ...config,
      asar: false,
      electronFuses: { ...fuses, onlyLoadAppFromAsar: false },
      linux: { ...section(config, 'linux'), target: ['AppImage'] },
    };
    expect(checkConfig(broken, root)).toEqual(
      expect.arrayContaining([
        'asar is off: the app must ship as app.asar',
        'linux.target lacks deb',
        'electronFuses.runAsNode must be false (is undefined)',
        'electronFuses.onlyLoadAppFromAsar must be true (is false)',
      ]),
    );
  });

  it('is refused when the app icon is too small or a tray image tray.ts asks for is missing', () => {
    const copy = mkdtempSync(join(tmpdir(), 'trailerdeck-pack-config-'));
    try {
      cpSync(join(root, 'package.json'), join(copy, 'package.json'));
      cpSync(join(root, 'resources'), join(copy, 'resources'), { recursive: true });
      // A 32 px tray image in place of the 512 px icon, and no tray image for light Linux panels.
      cpSync(join(root, 'resources/tray/tray-dark.png'), join(copy, 'resources/icon.png'));
      rmSync(join(copy, 'resources/tray/tray-light.png'));
      writeFileSync(join(copy, 'resources/icon.ico'), 'not an icon');
      const problems = checkConfig(config, copy).join('\n');
      expect(problems).toMatch(/Linux icon .*icon\.png is 32×32; it must be square and at least 512 px/);
      expect(problems).toMatch(/tray image .*tray-light\.png is missing or not a PNG/);
      expect(problems).toMatch(/Windows icon .*icon\.ico is missing or not an ICO file/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

// Staging packs out/, so it needs `npm run build`; `npm run pack:check` (after the build in
// scripts/test.mjs) stages every target, these tests stage Linux only.
describe.skipIf(missingBuild(root).length > 0)('staged by electron-builder with a stand-in Electron', () => {
  let workDir = '';
  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'trailerdeck-pack-test-'));
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('puts the app in app.asar, the native module and its own ffprobe beside it, and the migrations in resources', async () => {
    const { problems, report } = await checkTarget(
      root,
      config,
      { os: 'linux', arch: 'x64' },
      join(workDir, 'real'),
    );
    expect(problems).toEqual([]);
    expect(report?.ffprobe).toBe('app.asar.unpacked/node_modules/ffprobe-static/bin/linux/x64/ffprobe');
    // One ffprobe (about 60 MB) rather than six (over 300 MB).
    expect(report?.unpacked.bytes).toBeLessThan(100 * 1024 * 1024);
  }, 90_000);

  it('refuses a configuration that ships every platform’s ffprobe and leaves run-as-node on', async () => {
    const files = (config.files as string[]).filter((pattern) => !pattern.includes('d[${os}]rwin'));
    const { runAsNode: _dropped, ...fuses } = section(config, 'electronFuses');
    const broken = { ...config, files, electronFuses: fuses };
    const { problems } = await checkTarget(
      root,
      broken,
      { os: 'linux', arch: 'x64' },
      join(workDir, 'broken'),
    );
    // (electron-builder leaves .exe files out of non-Windows builds by itself, so no win32 one.)
    expect(problems).toEqual(
      expect.arrayContaining([
        "ships another platform's ffprobe: node_modules/ffprobe-static/bin/darwin/x64/ffprobe",
        'fuse runAsNode is on in the packaged executable; it must be off',
      ]),
    );
  }, 90_000);
});
