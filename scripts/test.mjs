// The whole check, as CI runs it: lint, format, typecheck, unit tests, build, end-to-end tests.
// Prints one closing line "tests: N passed, N failed" summing the unit and e2e test counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'test-results');
// Stale reports from an earlier run must not count.
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);

const steps = [
  ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ['typecheck main+preload', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck renderer', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']],
  ['typecheck e2e+scripts', bin('tsc'), ['-p', 'tsconfig.e2e.json', '--noEmit']],
  [
    'unit tests',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile=${join(reports, 'unit.json')}`],
  ],
  ['build', process.execPath, [join(root, 'scripts/build.mjs')]],
  ['pack check', bin('tsx'), [join(root, 'scripts/pack-check.ts')]],
  ['e2e tests', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'e2e.json') }],
];

let failedStep = null;
for (const [name, command, args, env] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  console.log(`${result.status === 0 ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const unit = readJson('unit.json');
if (unit) {
  counts.passed += unit.numPassedTests ?? 0;
  counts.failed += unit.numFailedTests ?? 0;
  counts.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
const e2e = readJson('e2e.json');
if (e2e?.stats) {
  counts.passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  counts.failed += e2e.stats.unexpected ?? 0;
  counts.skipped += e2e.stats.skipped ?? 0;
}
if (failedStep && counts.failed === 0) counts.failed = 1; // a failed lint/build step counts as a failure
console.log(`\n${failedStep ? `Stopped at: ${failedStep}` : 'All checks passed.'}`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep ? 1 : 0);

function readJson(file) {
  const path = join(reports, file);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
