// The staged half of `npm run pack:check`: what electron-builder put where for one target, checked
// against what the app looks for at run time (paths.ts, ffprobe-path.ts, scan-worker-client.ts,
// tray.ts) and against what must never ship (sources, tests, other platforms' ffprobe).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { appId } from '../src-main/app/app-identity';
import { appPaths } from '../src-main/app/paths';
import { trayIconFile } from '../src-main/app/tray';
import { readAsar, type AsarArchive } from './pack-check-asar';
import {
  fuseWireIndex,
  nodePlatform,
  productName,
  requiredFuses,
  section,
  type BuilderConfig,
  type FuseName,
} from './pack-check-config';
import { checkRuntimeDependencies } from './pack-check-requires';
import { readFuseWire, type PackTarget } from './pack-check-stage';

export interface FileTally {
  files: number;
  bytes: number;
}

export interface LayoutReport {
  problems: string[];
  asar: FileTally;
  unpacked: FileTally;
  resources: FileTally;
  /** The ffprobe the packaged app runs, relative to the resources folder. */
  ffprobe: string;
}

/** Files under `dir`, relative with forward slashes, with their size and mode. */
function listFiles(dir: string): Map<string, { size: number; mode: number }> {
  const files = new Map<string, { size: number; mode: number }>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const stat = statSync(path);
    files.set(relative(dir, path).split(sep).join('/'), { size: stat.size, mode: stat.mode });
  }
  return files;
}

const tally = (files: Iterable<{ size: number }>): FileTally => {
  let count = 0;
  let bytes = 0;
  for (const file of files) {
    count++;
    bytes += file.size;
  }
  return { files: count, bytes };
};

/** Package folders (node_modules/x, node_modules/@s/x, nested too) that hold the given paths. */
function packagesOf(paths: Iterable<string>): Set<string> {
  const packages = new Set<string>();
  for (const path of paths) {
    const match = /^((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)*)node_modules\/(@[^/]+\/)?[^/]+/.exec(path);
    if (match) packages.add(match[0]);
  }
  return packages;
}

interface LockPackage {
  dev?: boolean;
}

export function checkLayout(
  root: string,
  config: BuilderConfig,
  target: PackTarget,
  appOutDir: string,
): LayoutReport {
  const problems: string[] = [];
  const platform = nodePlatform[target.os];
  const bundle = join(appOutDir, `${productName}.app`, 'Contents');
  const resourcesDir = target.os === 'mac' ? join(bundle, 'Resources') : join(appOutDir, 'resources');
  const asarFile = join(resourcesDir, 'app.asar');
  const empty: FileTally = { files: 0, bytes: 0 };
  if (!existsSync(asarFile)) {
    return {
      problems: [`no app.asar in ${resourcesDir}`],
      asar: empty,
      unpacked: empty,
      resources: empty,
      ffprobe: '',
    };
  }
  const asar: AsarArchive = readAsar(asarFile);
  const unpacked = listFiles(join(resourcesDir, 'app.asar.unpacked'));
  const resources = listFiles(resourcesDir);
  for (const path of [...resources.keys()]) {
    if (path === 'app.asar' || path.startsWith('app.asar.unpacked/')) resources.delete(path);
  }

  // What the app loads from inside the archive: its entry, the preload, the renderer.
  const manifest = asar.read('package.json');
  const main = manifest ? (JSON.parse(manifest.toString('utf8')) as { main?: string }).main : undefined;
  if (!main || !asar.entries.has(main))
    problems.push(`package.json's main (${String(main)}) is not in app.asar`);
  const paths = appPaths({ appPath: asarFile, resourcesPath: resourcesDir, isPackaged: true });
  const inAsar = (absolute: string) => relative(asarFile, absolute).split(sep).join('/');
  for (const required of [inAsar(paths.preloadPath), `${inAsar(paths.rendererDir)}/index.html`]) {
    if (!asar.entries.has(required)) problems.push(`app.asar lacks ${required}`);
  }
  for (const [path] of listFiles(join(root, 'out'))) {
    if (path.endsWith('.map') || path === 'main/headless.cjs') continue;
    if (!asar.entries.has(`out/${path}`))
      problems.push(`app.asar lacks out/${path} (built by npm run build)`);
  }

  // Only the built app and production dependencies: no sources, tests, scripts, docs or maps.
  for (const path of asar.entries.keys()) {
    if (path.startsWith('node_modules/')) {
      if (path.endsWith('.map')) problems.push(`app.asar ships a source map: ${path}`);
      continue;
    }
    if (path !== 'package.json' && !path.startsWith('out/')) problems.push(`app.asar ships ${path}`);
    else if (path.endsWith('.map') || path === 'out/main/headless.cjs' || /\.(test|spec)\./.test(path)) {
      problems.push(`app.asar ships ${path}, which the app does not need`);
    }
  }
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockPackage>;
  };
  const shipped = packagesOf([...asar.entries.keys()]);
  for (const pkg of shipped) {
    const info = lock.packages[pkg];
    if (!info) problems.push(`app.asar ships ${pkg}, which package-lock.json does not know`);
    else if (info.dev) problems.push(`app.asar ships the devDependency ${pkg}`);
  }
  // Only packages the bundles load at run time need to ship; the rest is bundled into out/.
  const readFile = (path: string) => {
    const entry = asar.entries.get(path);
    if (!entry) return null;
    return entry.unpacked ? readFileSync(join(resourcesDir, 'app.asar.unpacked', path)) : asar.read(path);
  };
  const bundles = [main ?? 'out/main/electron.cjs', 'out/main/scan-worker.cjs', inAsar(paths.preloadPath)];
  problems.push(...checkRuntimeDependencies(asar, bundles, readFile));

  // Native code and executables run from real files: each must be unpacked and present.
  const mustBeReal = (path: string, why: string) => {
    const entry = asar.entries.get(path);
    if (!entry) problems.push(`app.asar lacks ${path} (${why})`);
    else if (!entry.unpacked || !unpacked.has(path))
      problems.push(`${path} is not in app.asar.unpacked (${why})`);
  };
  mustBeReal('node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'the SQLite native module');
  for (const [path, entry] of asar.entries) {
    if (path.endsWith('.node') && !entry.unpacked)
      problems.push(`native module ${path} is packed inside app.asar`);
  }
  mustBeReal('out/main/scan-worker.cjs', 'scan-worker-client.ts starts the worker from a real file');

  // ffprobe-static computes bin/<platform>/<arch>/ffprobe[.exe]; ffprobe-path.ts swaps in app.asar.unpacked.
  const ffprobe = `node_modules/ffprobe-static/bin/${platform}/${target.arch}/ffprobe${platform === 'win32' ? '.exe' : ''}`;
  if (!asar.entries.has('node_modules/ffprobe-static/index.js')) {
    problems.push('app.asar lacks node_modules/ffprobe-static/index.js (it tells the app where ffprobe is)');
  }
  mustBeReal(ffprobe, `the bundled ffprobe for ${platform} ${target.arch}`);
  const ffprobeFile = unpacked.get(ffprobe);
  if (ffprobeFile && platform !== 'win32' && (ffprobeFile.mode & 0o111) === 0) {
    problems.push(`${ffprobe} is not executable`);
  }
  const foreign = new Set(
    [...asar.entries.keys(), ...unpacked.keys()].filter(
      (path) => path.startsWith('node_modules/ffprobe-static/bin/') && path !== ffprobe,
    ),
  );
  for (const path of foreign) problems.push(`ships another platform's ffprobe: ${path}`);

  // What paths.ts finds through process.resourcesPath: migrations, tray images, the window icon.
  const resource = (absolute: string) => relative(resourcesDir, absolute).split(sep).join('/');
  const migrations = resource(paths.migrationsFolder);
  const journalPath = join(paths.migrationsFolder, 'meta', '_journal.json');
  if (!existsSync(journalPath))
    problems.push(`${migrations}/meta/_journal.json is missing from the resources`);
  else {
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    for (const { tag } of journal.entries) {
      if (!resources.has(`${migrations}/${tag}.sql`))
        problems.push(`migration ${migrations}/${tag}.sql is missing`);
    }
  }
  for (const file of readdirSync(join(root, 'drizzle')).filter((name) => name.endsWith('.sql'))) {
    if (!resources.has(`${migrations}/${file}`)) problems.push(`migration ${file} is not shipped`);
  }
  const trayNames = [trayIconFile(platform, true), trayIconFile(platform, false)];
  if (platform === 'darwin') trayNames.push(trayIconFile(platform, false).replace(/\.png$/, '@2x.png'));
  for (const name of new Set(trayNames)) {
    if (!resources.has(`${resource(paths.trayDir)}/${name}`))
      problems.push(`tray image ${name} is not in the resources`);
  }
  if (!resources.has(resource(paths.iconPath)))
    problems.push(`the window icon ${resource(paths.iconPath)} is missing`);

  problems.push(...checkExecutable(config, target, appOutDir, asar.headerHash));
  return {
    problems,
    asar: {
      files: [...asar.entries.values()].filter((entry) => !entry.unpacked).length,
      bytes: statSync(asarFile).size,
    },
    unpacked: tally(unpacked.values()),
    resources: tally(resources.values()),
    ffprobe: `app.asar.unpacked/${ffprobe}`,
  };
}

/** The fuses electron-builder flipped, and the asar hash it embedded (macOS, Windows). */
function checkExecutable(
  config: BuilderConfig,
  target: PackTarget,
  appOutDir: string,
  asarHash: string,
): string[] {
  const problems: string[] = [];
  const bundle = join(appOutDir, `${productName}.app`, 'Contents');
  const executable =
    target.os === 'linux'
      ? join(appOutDir, String(section(config, 'linux').executableName ?? 'trailerdeck'))
      : target.os === 'win'
        ? join(appOutDir, `${productName}.exe`)
        : join(bundle, 'Frameworks', 'Electron Framework.framework', 'Electron Framework');
  if (!existsSync(executable)) return [`no executable at ${executable}`];
  const binary = readFileSync(executable);
  const wire = readFuseWire(binary);
  if (wire === null) return [`${executable} has no fuse wire`];
  const configured = section(config, 'electronFuses');
  for (const [name, index] of Object.entries(fuseWireIndex) as [FuseName, number][]) {
    const wanted = requiredFuses[name] ?? configured[name];
    if (typeof wanted !== 'boolean') continue;
    const state = wire[index];
    if (state !== (wanted ? '1' : '0')) {
      problems.push(
        `fuse ${name} is ${state === '1' ? 'on' : 'off'} in the packaged executable; it must be ${wanted ? 'on' : 'off'}`,
      );
    }
  }

  if (target.os === 'mac') {
    const plist = readFileSync(join(bundle, 'Info.plist'), 'utf8');
    const id = /<key>CFBundleIdentifier<\/key>\s*<string>([^<]*)<\/string>/.exec(plist)?.[1];
    if (id !== appId) problems.push(`Info.plist's CFBundleIdentifier is ${String(id)}, not ${appId}`);
    const hash =
      /<key>Resources\/app\.asar<\/key>\s*<dict>[\s\S]*?<key>hash<\/key>\s*<string>([0-9a-f]+)<\/string>/.exec(
        plist,
      )?.[1];
    if (hash !== asarHash)
      problems.push(`Info.plist's ElectronAsarIntegrity does not match app.asar's header`);
  } else if (target.os === 'win') {
    const integrity = /\[\{"file":"resources\\\\app\.asar","alg":"SHA256","value":"([0-9a-f]+)"\}\]/.exec(
      binary.toString('latin1'),
    )?.[1];
    if (integrity !== asarHash)
      problems.push(`the executable's asar integrity resource does not match app.asar's header`);
  }
  return problems;
}
