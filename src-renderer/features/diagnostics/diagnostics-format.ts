import type { DiagnosticsReport, FolderCheck, ToolInfo, ToolSource } from '../../../src-preload/contract';
import { formatSize } from '../title/format';

/** Where a tool was found, as Settings and Diagnostics say it. */
export const toolSourceLabels: Record<ToolSource, string> = {
  settings: 'Set in Settings',
  managed: 'Managed by Trailerdeck',
  system: 'System',
  bundled: 'Bundled',
};

export function toolSourceLabel(source: ToolSource | null): string {
  return source === null ? 'Not found' : toolSourceLabels[source];
}

/** A tool works when it ran and told its version. */
export const toolWorks = (tool: ToolInfo): boolean => tool.problem === null && tool.version !== null;

/** Counted as a problem, as main counts it: broken, missing, or working but outdated. */
export const toolNeedsAttention = (tool: ToolInfo): boolean =>
  tool.problem !== null || tool.outdated !== null;

/**
 * The report with the tools as they are now (an install or update just ended): the checklist and
 * its count follow without running every check again.
 */
export function withTools(report: DiagnosticsReport, tools: ToolInfo[]): DiagnosticsReport {
  const problems =
    tools.filter(toolNeedsAttention).length +
    report.folders.filter((folder) => folder.problem !== null).length;
  return { ...report, tools, problems };
}

/** "12.4 GB free of 500 GB", "12.4 GB free", or "Free space unknown". */
export function formatFreeSpace(freeBytes: number | null, totalBytes: number | null): string {
  if (freeBytes === null || !Number.isFinite(freeBytes) || freeBytes < 0) return 'Free space unknown';
  const free = `${formatSize(freeBytes)} free`;
  if (totalBytes === null || !Number.isFinite(totalBytes) || totalBytes <= 0) return free;
  return `${free} of ${formatSize(totalBytes)}`;
}

export interface FolderFlag {
  label: string;
  ok: boolean;
}

/**
 * What was checked on a folder, each passed or failed. A missing folder is only "Missing": saying
 * it is also not readable and not writable would bury the one thing to fix.
 */
export function folderFlags(folder: FolderCheck): FolderFlag[] {
  if (!folder.exists) return [{ label: 'Missing', ok: false }];
  return [
    { label: folder.readable ? 'Readable' : 'Not readable', ok: folder.readable },
    { label: folder.writable ? 'Writable' : 'Not writable', ok: folder.writable },
  ];
}

/** A folder is fine when it exists, can be read and written, and main saw no other problem. */
export const folderWorks = (folder: FolderCheck): boolean =>
  folder.problem === null && folder.exists && folder.readable && folder.writable;

/** "yt-dlp 2023.03.04", or the label with what is wrong: "ffmpeg: not found". */
export function toolHeadline(tool: ToolInfo): string {
  if (toolWorks(tool)) return `${tool.label} ${tool.version}`;
  return `${tool.label}: ${tool.path === null ? 'not found' : 'does not run'}`;
}

/** True when the report checked exactly these library folders. */
export function reportCoversRoots(report: DiagnosticsReport | null, rootIds: readonly number[]): boolean {
  if (!report) return false;
  const checked = new Set(report.folders.flatMap((f) => (f.rootId === null ? [] : [f.rootId])));
  return checked.size === rootIds.length && rootIds.every((id) => checked.has(id));
}
