// The static half of `npm run pack:check`: electron-builder.yml read as electron-builder reads it,
// and the values a shipped Trailerdeck depends on checked against the code that relies on them.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { appId } from '../src-main/app/app-identity';
import { trayIconFile } from '../src-main/app/tray';
import { readIcnsSizes, readIcoSizes, readPngInfo } from './pack-check-images';

/** electron-builder's configuration as parsed from YAML; checked field by field, never trusted. */
export type BuilderConfig = Record<string, unknown>;

export type BuilderOs = 'linux' | 'win' | 'mac';

export const productName = 'Trailerdeck';

/** Where each fuse sits in Electron's fuse wire (@electron/fuses, FuseV1Options). */
export const fuseWireIndex = {
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  loadBrowserProcessSpecificV8Snapshot: 6,
  grantFileProtocolExtraPrivileges: 7,
} as const;
export type FuseName = keyof typeof fuseWireIndex;

/** A shipped app: no ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect; code only from a checked asar. */
export const requiredFuses: Partial<Record<FuseName, boolean>> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
};

export const requiredTargets: Record<BuilderOs, string[]> = {
  linux: ['AppImage', 'deb'],
  win: ['nsis'],
  mac: ['dmg'],
};

/** The Node platform name (what ffprobe-static and tray.ts switch on) of each builder OS. */
export const nodePlatform: Record<BuilderOs, NodeJS.Platform> = {
  linux: 'linux',
  win: 'win32',
  mac: 'darwin',
};

/**
 * Parses the YAML with the js-yaml that electron-builder itself uses (a dependency of
 * app-builder-lib, not of this project), so both see the same values.
 */
export function loadBuilderConfig(root: string, file = join(root, 'electron-builder.yml')): BuilderConfig {
  const requireFromBuilder = createRequire(join(root, 'node_modules/app-builder-lib/package.json'));
  const yaml = requireFromBuilder('js-yaml') as { load(text: string): unknown };
  const parsed = yaml.load(readFileSync(file, 'utf8'));
  if (!isRecord(parsed)) throw new Error(`${file} does not hold a configuration object`);
  return parsed;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function section(config: BuilderConfig, key: string): Record<string, unknown> {
  const value = config[key];
  return isRecord(value) ? value : {};
}

export interface TargetSpec {
  name: string;
  archs: string[];
}

/** A platform's `target` in any of electron-builder's spellings: string, list, or {target, arch}. */
export function platformTargets(config: BuilderConfig, os: BuilderOs): TargetSpec[] {
  const raw = section(config, os).target;
  const defaultArchs = os === 'mac' ? ['x64', 'arm64'] : ['x64'];
  const items = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return items.flatMap((item): TargetSpec[] => {
    if (typeof item === 'string') return [{ name: item, archs: defaultArchs }];
    if (!isRecord(item) || typeof item.target !== 'string') return [];
    const arch = item.arch;
    const archs = Array.isArray(arch) ? arch.map(String) : typeof arch === 'string' ? [arch] : defaultArchs;
    return [{ name: item.target, archs }];
  });
}

/** Every (os, arch) an installer is built for: what pack:check stages. */
export function builtTargets(config: BuilderConfig): { os: BuilderOs; arch: string }[] {
  const result: { os: BuilderOs; arch: string }[] = [];
  for (const os of ['linux', 'win', 'mac'] as const) {
    const archs = new Set(platformTargets(config, os).flatMap((target) => target.archs));
    for (const arch of [...archs].sort()) result.push({ os, arch });
  }
  return result;
}

interface PackageJson {
  productName?: unknown;
  homepage?: unknown;
  repository?: unknown;
  author?: unknown;
}

export function readPackageJson(root: string): PackageJson {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
}

/** Problems with the configuration itself and the icons it points at; empty when all is well. */
export function checkConfig(config: BuilderConfig, root: string): string[] {
  const problems: string[] = [];
  const pkg = readPackageJson(root);

  if (config.appId !== appId) {
    problems.push(`appId is ${String(config.appId)}; the app sets AppUserModelId ${appId} (app-identity.ts)`);
  }
  if (config.productName !== productName) {
    problems.push(`productName is ${String(config.productName)}, not ${productName}`);
  }
  if (pkg.productName !== productName) {
    problems.push(`package.json productName is ${String(pkg.productName)}, not ${productName}`);
  }
  if (config.asar === false) problems.push('asar is off: the app must ship as app.asar');
  if (config.npmRebuild === false) {
    problems.push("npmRebuild is off: better-sqlite3 would ship built for Node's ABI, not Electron's");
  }

  for (const os of ['linux', 'win', 'mac'] as const) {
    const names = platformTargets(config, os).map((target) => target.name.toLowerCase());
    for (const wanted of requiredTargets[os]) {
      if (!names.includes(wanted.toLowerCase())) problems.push(`${os}.target lacks ${wanted}`);
    }
  }

  const fuses = section(config, 'electronFuses');
  for (const [name, wanted] of Object.entries(requiredFuses)) {
    if (fuses[name] !== wanted) {
      problems.push(`electronFuses.${name} must be ${String(wanted)} (is ${String(fuses[name])})`);
    }
  }

  problems.push(...checkDebMetadata(config, pkg));
  problems.push(...checkIcons(config, root));
  problems.push(...checkTrayImages(root));
  return problems;
}

/** electron-builder refuses to build a deb without a project URL and a maintainer e-mail. */
function checkDebMetadata(config: BuilderConfig, pkg: PackageJson): string[] {
  if (!platformTargets(config, 'linux').some((target) => target.name === 'deb')) return [];
  const problems: string[] = [];
  const extra = section(config, 'extraMetadata');
  const homepage = extra.homepage ?? pkg.homepage ?? pkg.repository;
  if (homepage === undefined) {
    problems.push('deb needs a project URL: "homepage" in package.json (electron-builder stops without it)');
  }
  const author = extra.author ?? pkg.author;
  const authorEmail =
    (isRecord(author) && typeof author.email === 'string') ||
    (typeof author === 'string' && /<[^>]+@[^>]+>/.test(author));
  if (
    section(config, 'linux').maintainer === undefined &&
    section(config, 'deb').maintainer === undefined &&
    !authorEmail
  ) {
    problems.push(
      'deb needs a maintainer: "author": {"name", "email"} in package.json or linux.maintainer (electron-builder stops without it)',
    );
  }
  return problems;
}

function checkIcons(config: BuilderConfig, root: string): string[] {
  const problems: string[] = [];
  const buildResources = String(section(config, 'directories').buildResources ?? 'build');
  const file = (os: BuilderOs, fallback: string) => {
    const explicit = section(config, os).icon ?? config.icon;
    return join(root, typeof explicit === 'string' ? explicit : join(buildResources, fallback));
  };

  const png = file('linux', 'icon.png');
  const pngInfo = existsSync(png) ? readPngInfo(readFileSync(png)) : null;
  if (!pngInfo) problems.push(`Linux icon ${png} is missing or not a PNG`);
  else if (pngInfo.width !== pngInfo.height || pngInfo.width < 512) {
    problems.push(
      `Linux icon ${png} is ${pngInfo.width}×${pngInfo.height}; it must be square and at least 512 px`,
    );
  }

  // Without these electron-builder converts icon.png with a tool it downloads at build time.
  const icns = file('mac', 'icon.icns');
  const icnsSizes = existsSync(icns) ? readIcnsSizes(readFileSync(icns)) : null;
  if (!icnsSizes) problems.push(`macOS icon ${icns} is missing or not an ICNS file`);
  else if (!icnsSizes.some((size) => size >= 512)) problems.push(`macOS icon ${icns} has no 512 px image`);

  const ico = file('win', 'icon.ico');
  const icoSizes = existsSync(ico) ? readIcoSizes(readFileSync(ico)) : null;
  if (!icoSizes) problems.push(`Windows icon ${ico} is missing or not an ICO file`);
  else if (!icoSizes.includes(256)) problems.push(`Windows icon ${ico} has no 256 px image (NSIS needs it)`);
  return problems;
}

/** The images tray.ts asks for, on each platform, for dark and light panels. */
function checkTrayImages(root: string): string[] {
  const problems: string[] = [];
  const trayDir = join(root, 'resources', 'tray');
  const names = new Set<string>();
  for (const platform of Object.values(nodePlatform)) {
    for (const dark of [true, false]) names.add(trayIconFile(platform, dark));
  }
  for (const name of names) {
    const path = join(trayDir, name);
    const info = existsSync(path) ? readPngInfo(readFileSync(path)) : null;
    if (!info) {
      problems.push(`tray image ${path} is missing or not a PNG`);
      continue;
    }
    if (info.width !== info.height || info.width < 16) {
      problems.push(`tray image ${path} is ${info.width}×${info.height}; it must be square, 16 px or more`);
    }
    // macOS picks name@2x.png for Retina menu bars by itself.
    if (name.endsWith('Template.png')) {
      const retina = join(trayDir, name.replace(/\.png$/, '@2x.png'));
      const retinaInfo = existsSync(retina) ? readPngInfo(readFileSync(retina)) : null;
      if (!retinaInfo || retinaInfo.width !== info.width * 2 || retinaInfo.height !== info.height * 2) {
        problems.push(`tray image ${retina} must exist at twice the size of ${name}`);
      }
    }
  }
  return problems;
}
