// Dependency-free set-up run before `npm start` and `npm test`: installs npm packages when
// node_modules is missing or stale, and the Debian packages the app and tests use.
// Usage: node scripts/bootstrap.mjs [--for start|test]
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const purpose = process.argv.includes('--for') ? process.argv[process.argv.indexOf('--for') + 1] : 'start';

// command on PATH (or absolute path) → Debian package that provides it
const debianPackages = {
  start: { ffmpeg: 'ffmpeg', 'yt-dlp': 'yt-dlp' },
  test: { ffmpeg: 'ffmpeg', 'yt-dlp': 'yt-dlp', '/usr/bin/chromium': 'chromium' },
};

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    console.error(
      `[bootstrap] ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(result.status ?? 1);
  }
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`[bootstrap] Trailerdeck needs Node.js 20.19 or newer; this is ${process.version}.`);
    process.exit(1);
  }
}

function ensureNpmPackages() {
  const lock = join(root, 'package-lock.json');
  const stamp = join(root, 'node_modules', '.trailerdeck-install-stamp');
  const wanted = createHash('sha256')
    .update(readFileSync(lock))
    .update(readFileSync(join(root, 'package.json')))
    .update(process.version)
    .digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;
  console.log('[bootstrap] Installing npm packages (npm ci)…');
  // The Electron binary and Playwright's browsers cannot be downloaded everywhere; neither is needed
  // to build, test or run headless (tests use Debian's Chromium).
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  run('npm', ['ci', '--no-audit', '--no-fund'], { env });
  writeFileSync(stamp, wanted);
}

function onPath(command) {
  if (command.startsWith('/')) return existsSync(command);
  const dirs = (process.env.PATH ?? '').split(':');
  return dirs.some((dir) => dir && existsSync(join(dir, command)));
}

function ensureDebianPackages() {
  if (process.platform !== 'linux') return;
  const missing = Object.entries(debianPackages[purpose] ?? debianPackages.start)
    .filter(([command]) => !onPath(command))
    .map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) {
    console.warn(`[bootstrap] Missing: ${missing.join(', ')}. Install them with:\n  sudo ${command}`);
    if (purpose === 'test') process.exit(1);
    return;
  }
  console.log(`[bootstrap] Installing Debian packages: ${missing.join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

checkNode();
ensureNpmPackages();
ensureDebianPackages();
