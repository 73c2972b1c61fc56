import type { LibraryKind, ScanProgress, ScanSummary } from '../../../src-preload/contract/models';
import type { ProbeFile } from '../probe/types';
import { errorCode, IssueList } from './fs-entries';
import { probeTrailers, type ProbedTrailer } from './probe-trailers';
import type { KnownTitle } from './read-session';
import type { RootStore } from './root-store';
import type { FoundTrailer } from './scan-title';
import type { FolderReader } from './scan-worker-client';
import type { ReadBatch } from './scanner';
import type { ExistingDownload, ExistingMedia, ScanWriter, TitleWrite } from './scan-writer';

export interface ScanContext {
  writer: ScanWriter;
  roots: RootStore;
  reader: FolderReader;
  probe: ProbeFile;
  now: () => Date;
  /** Progress for the status and the coalesced events; `force` for the first and last. */
  progress: (progress: Omit<ScanProgress, 'queued'>, force?: boolean) => void;
  /** Titles were written: the caller tells the UI, coalesced. */
  changed: () => void;
}

const abortError = (): Error => Object.assign(new Error('The scan was cancelled.'), { name: 'AbortError' });

export interface RootToScan {
  id: number;
  path: string;
  kind: LibraryKind;
}

/** A summary with nothing counted yet: the start of every scan's report. */
export function emptySummary(root: Pick<RootToScan, 'id' | 'path'>, startedAt: string): ScanSummary {
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
    extrasFound: 0,
    trailersMissing: 0,
    issues: [],
  };
}

/**
 * Scans one root: lists its title folders and reads the changed ones (in worker threads), and as
 * each batch arrives probes its new or changed trailer files and writes it. Titles gone from the
 * root are marked missing only at the end of a complete scan of a reachable root. Counts in the
 * summary are what this scan changed. Returns null when aborted or when the root was removed
 * meanwhile: the batches written stay, nothing is marked missing.
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

  // The root's titles as the database knows them, read while the worker thread lists the root:
  // with their signatures, all the reading needs.
  let existing: ExistingMedia[] | null = null;
  let byFolder = new Map<string, ExistingMedia>();
  const loadKnown = (): Map<string, KnownTitle> => {
    existing = ctx.writer.loadMedia(root.id);
    byFolder = new Map(existing.map((m) => [m.folderPath, m]));
    return byFolder;
  };
  // The trailer rows, read at the first batch with titles to write: never, in an unchanged rescan.
  let downloads: Map<string, ExistingDownload> | null = null;
  const downloadsByPath = (): Map<string, ExistingDownload> =>
    (downloads ??= new Map(ctx.writer.loadDownloads(root.id).map((d) => [d.path, d])));
  const kind = root.kind === 'series' ? 'series' : 'movie';
  /** Rows whose file is gone: marked only once the whole root was read (a share may drop mid-scan). */
  const gone: number[] = [];
  let probingBatch = false;
  let done = 0;
  let total = 0;

  // Each batch of folders read is probed and written (one transaction: a title with its trailer
  // rows) while the worker threads read on; a cancel terminates them and rejects here, keeping the
  // batches already written: they are real titles.
  const writeBatch = async ({ titles, unchanged, issues: batchIssues }: ReadBatch): Promise<void> => {
    issues.merge(batchIssues);
    summary.foldersSkippedUnchanged += unchanged;
    if (titles.length === 0) return;
    const rowByPath = downloadsByPath();
    const toProbe: FoundTrailer[] = [];
    const returned: number[] = [];
    // Trailers and extras new or back on disk; a broken file is none found, only an issue.
    let found = 0;
    let extrasFound = 0;
    const count = (video: { videoType: string }) => {
      if (isExtra(video)) extrasFound++;
      else found++;
    };
    const foundIfUsable: FoundTrailer[] = [];
    for (const { scan, elsewhere } of titles) {
      for (const trailer of scan.trailers) {
        const row = rowByPath.get(trailer.path);
        const probe = !row || row.size !== trailer.size || row.fileMtimeMs !== Math.trunc(trailer.mtimeMs);
        if (probe) toProbe.push(trailer);
        else if (!row.fileExists) returned.push(row.id);
        if (!row?.fileExists && probe) foundIfUsable.push(trailer);
        else if (!row?.fileExists && !row?.broken) count(trailer);
      }
      // Rows the scan did not find by name (a downloaded trailer kept elsewhere, or a deleted one).
      for (const { path, exists } of elsewhere) {
        const row = rowByPath.get(path);
        if (!row || exists === null) continue;
        if (exists && !row.fileExists) {
          returned.push(row.id);
          if (!row.broken) found++;
        } else if (!exists && row.fileExists) {
          gone.push(row.id);
        }
      }
    }
    let facts = new Map<string, ProbedTrailer>();
    if (toProbe.length > 0) {
      probingBatch = true;
      progress('probing', done, total);
      try {
        facts = await probeTrailers(toProbe, ctx.probe, issues, () => undefined, signal);
      } finally {
        probingBatch = false;
      }
      if (signal.aborted) throw abortError();
    }
    for (const video of foundIfUsable) if (!facts.get(video.path)?.facts.problem) count(video);
    const writes: TitleWrite[] = titles.map(({ scan }) => {
      const probed = scan.trailers.flatMap((t) => {
        const p = facts.get(t.path);
        return p ? [{ ...t, mtimeMs: p.checked ? t.mtimeMs : null, facts: p.facts }] : [];
      });
      // A file that could not be checked (no ffprobe, a timeout): the next scan reads the folder again.
      const unchecked = probed.some((t) => t.mtimeMs === null);
      return {
        scan: unchecked ? { ...scan, signature: null } : scan,
        existingId: byFolder.get(scan.folderPath)?.id ?? null,
        probed,
      };
    });
    const written = ctx.writer.writeTitles(root.id, kind, writes, returned);
    if (!written) throw abortError();
    for (const { scan } of titles) if (!byFolder.has(scan.folderPath)) summary.titlesAdded++;
    summary.foldersScanned += titles.length;
    summary.titlesUpdated += written.titlesUpdated;
    summary.trailersFound += found;
    summary.extrasFound += extrasFound;
    ctx.changed();
  };

  const reading = await ctx.reader.read(
    { rootPath: root.path, kind: root.kind, known: loadKnown },
    {
      progress: (foldersDone, foldersTotal) => {
        done = foldersDone;
        total = foldersTotal;
        progress(probingBatch ? 'probing' : 'scanning', done, total);
      },
      batch: writeBatch,
    },
    signal,
  );
  if (signal.aborted) return null;
  const media = existing ?? ctx.writer.loadMedia(root.id);
  const present = media.filter((m) => m.missingSince === null).length;
  issues.merge(reading.issues);
  if (!reading.ok) return finishUnreachable(ctx, root, summary, issues, reading.error);
  // An empty folder that held titles is an unmounted share's mount point, not a wiped library.
  if (reading.folderPaths.length === 0 && present > 0)
    return finishUnreachable(ctx, root, summary, issues, 'empty');
  const folderCount = reading.folderPaths.length;
  summary.foldersTotal = folderCount;

  // What needs the whole listing, now that the root was read to the end and is still there.
  progress('saving', folderCount, folderCount);
  const listed = new Set(reading.folderPaths);
  const missingMediaIds = media
    .filter((m) => m.missingSince === null && !listed.has(m.folderPath))
    .map((m) => m.id);
  const finished = ctx.writer.finishRoot(root.id, {
    goneDownloadIds: gone,
    missingMediaIds,
    missingSince: ctx.now().toISOString(),
  });
  if (!finished) return null;

  summary.titlesMissing = missingMediaIds.length;
  summary.trailersMissing = finished.trailersGone;
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

/** Featurettes, interviews and the like: counted apart from trailers (and teasers) in the summary. */
function isExtra(video: { videoType: string }): boolean {
  return video.videoType !== 'trailer' && video.videoType !== 'teaser';
}
