// `npm run pack:check`: validates electron-builder.yml and what each installer would contain,
// without the Electron binary or headers (which cannot be downloaded everywhere). The real
// electron-builder stages every target with `--dir` against a stand-in Electron; the result is
// checked file by file. Needs `npm run build` first (the app's out/ folder is what ships).
// Usage: tsx scripts/pack-check.ts [--only linux|win|mac] [--keep]   (exit 1 on any problem)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtTargets, checkConfig, loadBuilderConfig, type BuilderConfig } from './pack-check-config';
import { checkLayout, type LayoutReport } from './pack-check-layout';
import { stageTarget, type PackTarget } from './pack-check-stage';

export interface TargetResult {
  target: PackTarget;
  problems: string[];
  report: LayoutReport | null;
}

/** Stages and checks one target in its own folder under `workDir`. */
export async function checkTarget(
  root: string,
  config: BuilderConfig,
  target: PackTarget,
  workDir: string,
): Promise<TargetResult> {
  const stage = await stageTarget(root, config, target, workDir);
  if (!stage.ok) {
    const tail = stage.log.trim().split('\n').slice(-15).join('\n');
    return { target, problems: [`electron-builder could not stage it:\n${tail}`], report: null };
  }
  const report = checkLayout(root, config, target, stage.appOutDir);
  return { target, problems: report.problems, report };
}

/** The files the app ships must exist before they can be staged. */
export function missingBuild(root: string): string[] {
  return ['out/main/electron.cjs', 'out/preload/index.cjs', 'out/renderer/index.html']
    .filter((file) => !existsSync(join(root, file)))
    .map((file) => `${file} is missing: run npm run build first`);
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<number> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const keep = args.includes('--keep');

  const config = loadBuilderConfig(root);
  const configProblems = checkConfig(config, root);
  console.log(
    `electron-builder.yml: ${configProblems.length === 0 ? 'ok' : `${configProblems.length} problem(s)`}`,
  );
  for (const problem of configProblems) console.log(`  ✘ ${problem}`);

  const buildProblems = missingBuild(root);
  for (const problem of buildProblems) console.log(`  ✘ ${problem}`);
  if (buildProblems.length > 0) return 1;

  const targets = builtTargets(config).filter((target) => !only || target.os === only);
  const workDir = mkdtempSync(join(tmpdir(), 'trailerdeck-pack-check-'));
  let failed = configProblems.length > 0;
  try {
    for (const target of targets) {
      const started = Date.now();
      const { problems, report } = await checkTarget(root, config, target, workDir);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const label = `${target.os} ${target.arch}`.padEnd(12);
      if (report) {
        const total = report.asar.bytes + report.unpacked.bytes + report.resources.bytes;
        console.log(
          `${problems.length === 0 ? '✔' : '✘'} ${label} ${megabytes(total).padStart(8)} ` +
            `(app.asar ${report.asar.files} files ${megabytes(report.asar.bytes)}, ` +
            `unpacked ${report.unpacked.files} files ${megabytes(report.unpacked.bytes)}, ` +
            `resources ${report.resources.files} files) ffprobe: ${report.ffprobe} [${seconds} s]`,
        );
      } else console.log(`✘ ${label} [${seconds} s]`);
      for (const problem of problems) console.log(`  ✘ ${problem}`);
      failed ||= problems.length > 0;
    }
  } finally {
    if (keep) console.log(`Staged apps kept in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  console.log(
    failed
      ? 'pack:check failed'
      : `pack:check passed (${targets.length} targets staged with a stand-in Electron)`,
  );
  return failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
