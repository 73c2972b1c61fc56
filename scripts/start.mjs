// Builds, then runs Trailerdeck: the Electron app where an Electron binary and a display exist,
// else headless mode (prints its URL). Extra arguments go to headless mode (--port, --data-dir…).
// Usage: node scripts/start.mjs [--headless] [headless options]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const forceHeadless = args.includes('--headless');
const headlessArgs = args.filter((a) => a !== '--headless');

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

function electronBinary() {
  try {
    const pathFile = join(root, 'node_modules/electron/path.txt');
    const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

const electron = forceHeadless ? null : electronBinary();
let child;
if (electron && hasDisplay()) {
  child = spawn(electron, [root], { stdio: 'inherit' });
} else {
  if (!forceHeadless) {
    const why = electron ? 'no display is available' : 'the Electron binary is not installed';
    console.log(`Starting headless mode because ${why}. Open the address below in a browser.`);
  }
  child = spawn(process.execPath, [join(root, 'out/main/headless.cjs'), ...headlessArgs], {
    stdio: 'inherit',
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
