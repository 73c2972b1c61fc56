// Builds the app: esbuild bundles main (Electron and headless entries) and the preload; Vite builds
// the renderer. Usage: node scripts/build.mjs [--main-only]
import { build as esbuild } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mainOnly = process.argv.includes('--main-only');

// Native modules and Electron load at run time from node_modules; optional ws speed-ups are absent.
const external = ['electron', 'better-sqlite3', 'ffprobe-static', 'bufferutil', 'utf-8-validate'];
const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  external,
  logLevel: 'warning',
  // Sources are ESM and may use import.meta.url; the bundles are CommonJS.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const entries = [
  ['src-main/server/headless-main.ts', 'out/main/headless.cjs'],
  ['src-main/app/electron-main.ts', 'out/main/electron.cjs'],
  // The library scan's worker thread, started from a file beside the bundle that starts it
  // (src-main/core/library/scan-worker-client.ts).
  ['src-main/core/library/scan-worker.ts', 'out/main/scan-worker.cjs'],
];

const started = Date.now();
rmSync(join(root, 'out', 'main'), { recursive: true, force: true });
rmSync(join(root, 'out', 'preload'), { recursive: true, force: true });
for (const [entry, outfile] of entries) {
  if (!existsSync(join(root, entry))) continue;
  await esbuild({ ...nodeBundle, entryPoints: [join(root, entry)], outfile: join(root, outfile) });
}
if (existsSync(join(root, 'src-preload/index.ts'))) {
  // A sandboxed preload may only require 'electron': everything else is bundled in.
  await esbuild({
    ...nodeBundle,
    // A sandboxed preload has no __filename, so no import.meta.url shim; minified because it
    // carries the contract's schemas.
    define: {},
    banner: { js: '' },
    minify: true,
    external: ['electron'],
    entryPoints: [join(root, 'src-preload/index.ts')],
    outfile: join(root, 'out/preload/index.cjs'),
  });
}
if (!mainOnly) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
