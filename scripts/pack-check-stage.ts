// Runs the real electron-builder (`--dir`, no installer) against a stand-in Electron, so the files,
// asar, asarUnpack, extraResources, asar integrity and fuses are produced by electron-builder's own
// code, offline. The stand-in is a few files shaped like Electron's distribution: its executable
// carries a fuse wire in Electron's default state (the part @electron/fuses rewrites).
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isRecord, section, type BuilderConfig, type BuilderOs } from './pack-check-config';

export interface PackTarget {
  os: BuilderOs;
  arch: string;
}

/** @electron/fuses' sentinel, then wire version 1, the wire's length and one byte per fuse. */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron 45's defaults: RunAsNode, NodeOptions, Inspect and FileProtocol on; the others off.
const electronDefaultWire = '10110001';

export function standInFuseWire(): Buffer {
  return Buffer.concat([
    Buffer.from(fuseSentinel, 'ascii'),
    Buffer.from([1, electronDefaultWire.length]),
    Buffer.from(electronDefaultWire, 'ascii'),
  ]);
}

/** The fuse states ('0' off, '1' on) found in an executable, or null without a fuse wire. */
export function readFuseWire(binary: Buffer): string | null {
  const at = binary.indexOf(fuseSentinel, 0, 'ascii');
  if (at < 0) return null;
  const start = at + fuseSentinel.length;
  const length = binary[start + 1] ?? 0;
  return binary.toString('ascii', start + 2, start + 2 + length);
}

function put(file: string, content: string | Buffer, executable = false): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  if (executable) chmodSync(file, 0o755);
}

const plist = (id: string, executable: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>CFBundleIdentifier</key><string>${id}</string>
<key>CFBundleExecutable</key><string>${executable}</string>
<key>CFBundleName</key><string>${executable}</string>
</dict></plist>
`;

/**
 * A Windows executable electron-builder can edit like Electron's: a valid PE file with a version
 * resource (it adds the icon, version strings and the asar integrity resource), the fuse wire as
 * trailing data. Built with resedit, the library electron-builder edits executables with.
 */
function standInWindowsExe(root: string): Buffer {
  const requireFromBuilder = createRequire(join(root, 'node_modules/app-builder-lib/package.json'));
  // resedit's types are not reachable from here; the calls below are its documented API.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ResEdit = requireFromBuilder('resedit') as any;
  const exe = ResEdit.NtExecutable.createEmpty(false, false);
  const resources = ResEdit.NtExecutableResource.from(exe);
  const version = ResEdit.Resource.VersionInfo.createEmpty();
  version.lang = 1033;
  version.setStringValues(
    { lang: 1033, codepage: 1200 },
    { ProductName: 'Electron', FileDescription: 'Electron' },
  );
  version.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  exe.setExtraData(standInFuseWire());
  return Buffer.from(exe.generate() as ArrayBuffer);
}

/** Writes a stand-in Electron distribution for `os` into `dir` (electron-builder's electronDist). */
export function writeStandInElectron(dir: string, os: BuilderOs, root: string): void {
  const wire = Buffer.concat([Buffer.from('Stand-in Electron for pack:check\n'), standInFuseWire()]);
  if (os === 'linux') {
    put(join(dir, 'electron'), wire, true);
    mkdirSync(join(dir, 'resources'), { recursive: true });
  } else if (os === 'win') {
    put(join(dir, 'electron.exe'), standInWindowsExe(root));
    mkdirSync(join(dir, 'resources'), { recursive: true });
  } else {
    const contents = join(dir, 'Electron.app', 'Contents');
    put(join(contents, 'Info.plist'), plist('com.github.Electron', 'Electron'));
    put(join(contents, 'MacOS', 'Electron'), 'stand-in', true);
    put(join(contents, 'Frameworks', 'Electron Framework.framework', 'Electron Framework'), wire);
    for (const suffix of ['', ' (Renderer)', ' (GPU)', ' (Plugin)']) {
      const helper = join(contents, 'Frameworks', `Electron Helper${suffix}.app`, 'Contents');
      put(join(helper, 'Info.plist'), plist('com.github.Electron.helper', `Electron Helper${suffix}`));
      put(join(helper, 'MacOS', `Electron Helper${suffix}`), 'stand-in', true);
    }
    mkdirSync(join(contents, 'Resources'), { recursive: true });
  }
}

/**
 * The configuration electron-builder stages with: the real one, plus only what a stand-in needs.
 * No rebuild (it would need Electron's headers, and rebuilds node_modules in place), no signing
 * (nothing real to sign), no codesign after the fuses (the stand-in is not a Mach-O file).
 */
export function stagingConfig(config: BuilderConfig, electronDist: string, output: string): BuilderConfig {
  return {
    ...config,
    electronDist,
    npmRebuild: false,
    directories: { ...section(config, 'directories'), output },
    electronFuses: isRecord(config.electronFuses)
      ? { ...config.electronFuses, resetAdHocDarwinSignature: false }
      : config.electronFuses,
    mac: { ...section(config, 'mac'), identity: null, notarize: false },
  };
}

export interface StageResult {
  /** electron-builder's `<os>-unpacked` folder (mac: holds Trailerdeck.app). */
  appOutDir: string;
  ok: boolean;
  log: string;
}

const unpackedDirName = (target: PackTarget) =>
  target.os === 'linux'
    ? 'linux-unpacked'
    : target.os === 'win'
      ? 'win-unpacked'
      : target.arch === 'x64'
        ? 'mac'
        : `mac-${target.arch}`;

/** Stages one target in `workDir` with the real electron-builder; never writes into the repository. */
export async function stageTarget(
  root: string,
  config: BuilderConfig,
  target: PackTarget,
  workDir: string,
): Promise<StageResult> {
  const name = `${target.os}-${target.arch}`;
  mkdirSync(workDir, { recursive: true });
  const electronDist = join(workDir, `electron-${name}`);
  const output = join(workDir, `dist-${name}`);
  writeStandInElectron(electronDist, target.os, root);
  const configFile = join(workDir, `electron-builder-${name}.json`);
  writeFileSync(configFile, JSON.stringify(stagingConfig(config, electronDist, output), null, 2));

  const cli = join(
    dirname(createRequire(join(root, 'package.json')).resolve('electron-builder/package.json')),
    'cli.js',
  );
  const osFlag = { linux: '--linux', win: '--win', mac: '--mac' }[target.os];
  const args = [
    cli,
    osFlag,
    'dir',
    `--${target.arch}`,
    '--projectDir',
    root,
    '--config',
    configFile,
    '--publish',
    'never',
  ];
  // Signing credentials in the environment would make electron-builder sign the stand-in.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(CSC_|WIN_CSC_|APPLE_|DEBUG$)/.test(key)),
  );
  const { code, log } = await new Promise<{ code: number | null; log: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, log: Buffer.concat(chunks).toString('utf8') }));
  });
  return { appOutDir: join(output, unpackedDirName(target)), ok: code === 0, log };
}
