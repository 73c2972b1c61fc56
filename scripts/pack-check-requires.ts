// Which packages the packaged app loads at run time: esbuild bundles everything into out/ except
// the externals in scripts/build.mjs, so the bundles' remaining require() calls, and those
// packages' own dependencies, are what node_modules in app.asar must provide.
import { builtinModules } from 'node:module';
import type { AsarArchive } from './pack-check-asar';

// ws's optional speed-ups: required inside try/catch, absent on purpose (scripts/build.mjs).
const optionalModules = new Set(['bufferutil', 'utf-8-validate']);
const builtins = new Set(builtinModules);

/** Package names required by a CommonJS bundle (`require("x")`, `require2("x/sub")`, …). */
export function requiredPackages(code: string): Set<string> {
  const names = new Set<string>();
  for (const match of code.matchAll(/\brequire\d*\(\s*"([^"]+)"\s*\)/g)) {
    const specifier = match[1] ?? '';
    if (specifier.startsWith('node:') || specifier.startsWith('.') || specifier.startsWith('/')) continue;
    const name = specifier.startsWith('@')
      ? specifier.split('/').slice(0, 2).join('/')
      : specifier.split('/')[0];
    if (!name || name === 'electron' || builtins.has(name) || optionalModules.has(name)) continue;
    names.add(name);
  }
  return names;
}

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/**
 * Problems with the run-time dependencies of the bundles: each required package, and each of their
 * dependencies (resolved the way Node does, from the nearest node_modules upwards), must be in
 * the archive. `readFile` reads an archived file whether packed or unpacked.
 */
export function checkRuntimeDependencies(
  asar: AsarArchive,
  bundles: string[],
  readFile: (path: string) => Buffer | null,
): string[] {
  const problems: string[] = [];
  const visited = new Set<string>();

  const resolve = (from: string, name: string): string | null => {
    // `from` is a package folder such as node_modules/a/node_modules/b, or '' for the app.
    let base = from;
    for (;;) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (asar.entries.has(`${candidate}/package.json`)) return candidate;
      if (!base) return null;
      const cut = base.lastIndexOf('/node_modules/');
      base = cut < 0 ? '' : base.slice(0, cut);
    }
  };

  const visit = (dir: string) => {
    if (visited.has(dir)) return;
    visited.add(dir);
    const manifest = readFile(`${dir}/package.json`);
    if (!manifest) return;
    const { dependencies = {}, optionalDependencies = {} } = JSON.parse(
      manifest.toString('utf8'),
    ) as Manifest;
    for (const name of Object.keys(dependencies)) {
      if (name in optionalDependencies) continue;
      const found = resolve(dir, name);
      if (found) visit(found);
      else problems.push(`${dir} needs ${name}, which app.asar lacks`);
    }
  };

  for (const bundle of bundles) {
    const code = readFile(bundle);
    if (!code) {
      problems.push(`app.asar lacks ${bundle}`);
      continue;
    }
    for (const name of requiredPackages(code.toString('utf8'))) {
      const found = resolve('', name);
      if (found) visit(found);
      else problems.push(`${bundle} requires ${name} at run time, but app.asar lacks it`);
    }
  }
  return problems;
}
