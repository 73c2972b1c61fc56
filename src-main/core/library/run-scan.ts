import type { LibraryKind, ScanProgress, ScanSummary } from '../../../src-preload/contract/models';
import type { ProbeFile } from '../probe/types';
import { errorCode, IssueList } from './fs-entries';
import { probeTrailers } from './probe-trailers';
import type { RootStore } from './root-store';
import type { FoundTrailer, TitleScan } from './scan-title';
import type { FolderReader } from './scan-worker-client';
import type { KnownTitle } from './scanner';
import type { ScanWriter, TitleWrite } from './scan-writer';

export interface ScanContext {
  writer: ScanWriter;
  roots: RootStore;
  reader: FolderReader;
  probe: ProbeFile;
  now: () => Date;
  /** Progress for the status and the coalesced events; `force` for the first and last. */
  progress: (progress: Omit<ScanProgress, 'queued'>, force?: boolean) => void;
}

export interface RootToScan {
  id: number;
  path: string;
  kind: LibraryKind;
}

function emptySummary(root: RootToScan, startedAt: string): ScanSummary {
  return {
    rootId: root.id,
    rootPath: root.path,
    startedAt,
    finishedAt: startedAt,
    rootUnreachable: false,
    foldersTotal: 0,
    foldersScanned: 0,
    foldersSkippedUnchanged: 0,
    titlesAdded: 0,
    titlesUpdated: 0,
    titlesMissing: 0,
    trailersFound: 0,
    trailersMissing: 0,
    issues: [],
  };
}

/**
 * Scans one root: lists its title folders and reads the changed ones (in a worker thread), probes
 * new or changed trailer files, then writes everything. Counts in the summary are what this scan
 * changed. Returns null when aborted or when the root was removed meanwhile: nothing is written
 * then.
 */
export async function scanRoot(
  ctx: ScanContext,
  root: RootToScan,
  signal: AbortSignal,
): Promise<ScanSummary | null> {
  const summary = emptySummary(root, ctx.now().toISOString());
  const issues = new IssueList();
  const progress = (
    phase: ScanProgress['phase'],
    foldersDone: number,
    foldersTotal: number,
    force = false,
  ): void => ctx.progress({ rootId: root.id, rootPath: root.path, phase, foldersDone, foldersTotal }, force);
  progress('listing', 0, 0, true);

  const existing = ctx.writer.loadExisting(root.id);
  const present = existing.media.filter((m) => m.missingSince === null).length;
  const downloadsByPath = new Map(existing.downloads.map((d) => [d.path, d]));
  const known = new Map<string, KnownTitle>(
    existing.media.map((m) => [m.folderPath, { signature: m.scanSignature, trailerPaths: [] }]),
  );
  const folderOf = new Map(existing.media.map((m) => [m.id, m.folderPath]));
  for (const d of existing.downloads) {
    const folder = folderOf.get(d.mediaId);
    if (folder !== undefined) known.get(folder)?.trailerPaths.push(d.path);
  }

  // The folders are read in a worker thread with blocking calls (see scan-worker.ts); a cancel
  // terminates it and rejects here.
  const reading = await ctx.reader.read(
    { rootPath: root.path, kind: root.kind, known },
    (done, total) => progress('scanning', done, total),
    signal,
  );
  if (signal.aborted) return null;
  issues.merge(reading.issues);
  if (!reading.ok) return finishUnreachable(ctx, root, summary, issues, reading.error);
  // An empty folder that held titles is an unmounted share's mount point, not a wiped library.
  if (reading.folderPaths.length === 0 && present > 0)
    return finishUnreachable(ctx, root, summary, issues, 'empty');
  const folderCount = reading.folderPaths.length;
  summary.foldersTotal = folderCount;
  summary.foldersSkippedUnchanged = reading.unchanged;

  const existingByPath = new Map(existing.media.map((m) => [m.folderPath, m]));
  const toProbe: FoundTrailer[] = [];
  const returned: number[] = [];
  const gone: number[] = [];
  const scans: TitleScan[] = [];
  for (const { scan, elsewhere } of reading.titles) {
    scans.push(scan);
    summary.foldersScanned++;
    if (!existingByPath.has(scan.folderPath)) summary.titlesAdded++;
    for (const trailer of scan.trailers) {
      const row = downloadsByPath.get(trailer.path);
      if (!row || row.size !== trailer.size || row.fileMtimeMs !== Math.trunc(trailer.mtimeMs))
        toProbe.push(trailer);
      else if (!row.fileExists) returned.push(row.id);
      if (!row?.fileExists) summary.trailersFound++;
    }
    // Rows the scan did not find by name (a downloaded trailer kept elsewhere, or a deleted one).
    for (const { path, exists } of elsewhere) {
      const row = downloadsByPath.get(path);
      if (!row || exists === null) continue;
      if (exists && !row.fileExists) {
        returned.push(row.id);
        summary.trailersFound++;
      } else if (!exists && row.fileExists) {
        gone.push(row.id);
      }
    }
  }

  let probed = 0;
  progress('probing', 0, toProbe.length);
  const facts = await probeTrailers(
    toProbe,
    ctx.probe,
    issues,
    () => progress('probing', ++probed, toProbe.length),
    signal,
  );
  if (signal.aborted) return null;

  progress('saving', folderCount, folderCount);
  const listed = new Set(reading.folderPaths);
  const missingMediaIds = existing.media
    .filter((m) => m.missingSince === null && !listed.has(m.folderPath))
    .map((m) => m.id);
  const titles: TitleWrite[] = scans.map((scan) => ({
    scan,
    existingId: existingByPath.get(scan.folderPath)?.id ?? null,
    probed: scan.trailers.flatMap((t) => {
      const f = facts.get(t.path);
      return f ? [{ ...t, facts: f }] : [];
    }),
  }));
  const written = await ctx.writer.write({
    rootId: root.id,
    kind: root.kind === 'series' ? 'series' : 'movie',
    titles,
    returnedDownloadIds: returned,
    goneDownloadIds: gone,
    missingMediaIds,
    missingSince: ctx.now().toISOString(),
  });
  if (!written) return null;

  summary.titlesMissing = missingMediaIds.length;
  summary.titlesUpdated = written.titlesUpdated;
  summary.trailersMissing = written.trailersGone;
  summary.issues = issues.list();
  summary.finishedAt = ctx.now().toISOString();
  ctx.roots.recordScan(root.id, true, summary);
  progress('saving', folderCount, folderCount, true);
  return summary;
}

function finishUnreachable(
  ctx: ScanContext,
  root: RootToScan,
  summary: ScanSummary,
  issues: IssueList,
  cause: unknown,
): ScanSummary | null {
  if (!ctx.roots.find(root.id)) return null;
  const message =
    cause === 'empty'
      ? 'The folder is empty although titles were found in it before. It looks like a drive or share that is not mounted, so nothing was changed. Connect it, then rescan.'
      : `The folder cannot be reached (${errorCode(cause) ?? 'read error'}). Nothing was changed: connect the drive or share, then rescan.`;
  const result: ScanSummary = {
    ...emptySummary(root, summary.startedAt),
    rootUnreachable: true,
    finishedAt: ctx.now().toISOString(),
    issues: [
      { path: root.path, reason: errorCode(cause) === 'EACCES' ? 'unreadable' : 'other', message },
      ...issues.list(),
    ],
  };
  ctx.roots.recordScan(root.id, false, result);
  ctx.progress(
    { rootId: root.id, rootPath: root.path, phase: 'saving', foldersDone: 0, foldersTotal: 0 },
    true,
  );
  return result;
}
