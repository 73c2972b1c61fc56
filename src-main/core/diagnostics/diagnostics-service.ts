// The first-run checklist and "Diagnostics": tools, the data folder and each library folder, and a
// text report for the clipboard that leaves out every secret (tokens, keys, cookie details).
import { arch, platform, release } from 'node:os';
import { z } from 'zod';
import type { DiagnosticsReport, LogEntry } from '../../../src-preload/contract/diagnostics';
import type { LibraryRoot } from '../../../src-preload/contract/models';
import type { SettingStore } from '../settings/setting-store';
import type { ToolsService } from '../tools/tools-service';
import { checkFolder } from './folder-check';
import { redactSecrets } from '../logging/redact';

export interface DiagnosticsDeps {
  version: string;
  dataDir: string;
  tools: ToolsService;
  settings: SettingStore;
  listRoots(): LibraryRoot[];
  recentProblems(): LogEntry[];
  /** Which secrets are set (never their values): TMDB key, cookies. */
  secretsSet(): Record<string, boolean>;
  /** The secret values themselves, to hide them wherever they appear in the report. */
  secretValues(): readonly (string | null | undefined)[];
}

export class DiagnosticsService {
  constructor(private readonly deps: DiagnosticsDeps) {}

  async run(): Promise<DiagnosticsReport> {
    const status = await this.deps.tools.refresh();
    const folders = await Promise.all([
      checkFolder(this.deps.dataDir, 'Trailerdeck data folder', null),
      ...this.deps.listRoots().map((root) => checkFolder(root.path, `Library: ${root.kind}`, root.id)),
    ]);
    const problems =
      // An outdated yt-dlp still runs, but downloads start failing: the checklist is not all green.
      status.tools.filter((tool) => tool.problem !== null || tool.outdated !== null).length +
      folders.filter((folder) => folder.problem !== null).length;
    return {
      generatedAt: new Date().toISOString(),
      version: this.deps.version,
      platform: `${platform()} ${release()} ${arch()}`,
      tools: status.tools,
      folders,
      problems,
    };
  }

  async reportText(): Promise<string> {
    const report = await this.run();
    const lines = [
      `Trailerdeck ${report.version} diagnostics, ${report.generatedAt}`,
      `System: ${report.platform}, Node ${process.versions.node}`,
      '',
      'Tools:',
      ...report.tools.map(
        (tool) =>
          `  ${tool.label}: ${tool.version ?? 'NOT WORKING'} (${tool.source ?? 'not found'}${tool.path ? `, ${tool.path}` : ''})${tool.problem ? ` — ${tool.problem}` : ''}${tool.outdated ? ` — ${tool.outdated}` : ''}`,
      ),
      '',
      'Folders:',
      ...report.folders.map(
        (folder) =>
          `  ${folder.label}: ${folder.path} — ${folder.exists ? '' : 'missing, '}${folder.readable ? 'readable' : 'NOT readable'}, ${folder.writable ? 'writable' : 'NOT writable'}${folder.freeBytes === null ? '' : `, ${gigabytes(folder.freeBytes)} free`}${folder.problem ? ` — ${folder.problem}` : ''}`,
      ),
      '',
      'Settings:',
      ...Object.entries(this.deps.secretsSet()).map(([name, set]) => `  ${name}: ${set ? 'set' : 'not set'}`),
      '',
      'Recent warnings and errors:',
      ...this.deps
        .recentProblems()
        .map(
          (entry) =>
            `  ${entry.time} ${entry.level} [${entry.source}] ${entry.message}${entry.details ? `\n    ${entry.details.split('\n').join('\n    ')}` : ''}`,
        ),
    ];
    return redactSecrets(lines.join('\n'), this.deps.secretValues());
  }

  firstRunPending(): boolean {
    return !this.deps.settings.read('firstRunDone', z.boolean(), false);
  }

  dismissFirstRun(): void {
    this.deps.settings.write('firstRunDone', true);
  }
}

function gigabytes(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
