// One sync of one Radarr/Sonarr: ask it for every title, map each folder with the connection's
// path mappings, link it to the title folder scanned here (by folder, then by ids; a title is
// never created), fill the ids the title lacks, and write only what changed since the last sync,
// one transaction per batch. Titles the Arr stopped listing are flagged, never deleted.
import type {
  ArrSyncOptions,
  ArrSyncSummary,
  PathMapping,
} from '../../../../src-preload/contract/connections';
import type { ArrClient, ArrTitle } from '../connection-types';
import { toLocalPath } from '../path-mapping';
import { signatureOf, type ArrItemFields, type ArrItemStore, type LinkableMedia } from './arr-item-store';

export interface ArrSyncInput {
  connectionId: number;
  client: ArrClient;
  store: ArrItemStore;
  mappings: PathMapping[];
  options: ArrSyncOptions;
  now?: () => Date;
  signal?: AbortSignal;
  /** Titles handled so far, of the total; called once per batch. */
  onProgress?: (done: number, total: number) => void;
}

const batchSize = 500;

export async function syncArr(input: ArrSyncInput): Promise<ArrSyncSummary> {
  const { connectionId, store } = input;
  const now = () => (input.now ?? (() => new Date()))().toISOString();
  const titles = await input.client.titles(input.signal);
  const known = store.signatures(connectionId);
  const summary: ArrSyncSummary = {
    finishedAt: '',
    titles: 0,
    linked: 0,
    notOnDisk: 0,
    removed: 0,
    changed: 0,
    idsFilled: 0,
    error: null,
  };
  input.onProgress?.(0, titles.length);
  for (let start = 0; start < titles.length; start += batchSize) {
    input.signal?.throwIfAborted();
    const changed: { fields: ArrItemFields; signature: string }[] = [];
    const fills: { id: number; tmdbId: string | null; imdbId: string | null; tvdbId: string | null }[] = [];
    for (const title of titles.slice(start, start + batchSize)) {
      const { fields, media } = linkTitle(title, input.mappings, input.options, store);
      const before = known.get(title.arrId);
      known.delete(title.arrId);
      if (!fields.skipped) summary.titles++;
      if (fields.mediaId !== null) summary.linked++;
      if (fields.notOnDisk) summary.notOnDisk++;
      const fill = media ? missingIds(media, title) : null;
      if (fill) fills.push(fill);
      const signature = signatureOf(fields);
      if (before?.signature !== signature || before.removed) changed.push({ fields, signature });
    }
    if (changed.length > 0 || fills.length > 0) store.write(connectionId, changed, fills, now());
    summary.changed += changed.length;
    summary.idsFilled += fills.length;
    input.onProgress?.(Math.min(start + batchSize, titles.length), titles.length);
  }
  // What is left in `known` is what the Arr no longer lists.
  const gone = [...known].filter(([, row]) => !row.removed).map(([arrId]) => arrId);
  if (gone.length > 0) summary.removed = store.flagRemoved(connectionId, gone, now());
  summary.changed += summary.removed;
  summary.finishedAt = now();
  return summary;
}

/** A folder path as the scan stores it: no trailing separator. */
function folderKey(path: string): string {
  return path.length > 1 ? path.replace(/[\\/]+$/, '') : path;
}

/** What one Arr title becomes here: its stored fields, and the title folder it links to. */
export function linkTitle(
  title: ArrTitle,
  mappings: PathMapping[],
  options: Pick<ArrSyncOptions, 'onlyMonitored' | 'onlyWithFile'>,
  store: ArrItemStore,
): { fields: ArrItemFields; media: LinkableMedia | null } {
  const mapped = toLocalPath(title.path, mappings);
  const localPath = mapped === null ? null : folderKey(mapped);
  const skipped = (options.onlyMonitored && !title.monitored) || (options.onlyWithFile && !title.hasFile);
  const media = skipped
    ? null
    : ((localPath === null ? undefined : store.mediaByFolder(localPath)) ??
      store.mediaByIds(title.kind, title) ??
      null);
  const fields: ArrItemFields = {
    arrId: title.arrId,
    kind: title.kind,
    title: title.title,
    year: title.year,
    tmdbId: title.tmdbId,
    imdbId: title.imdbId,
    tvdbId: title.tvdbId,
    remotePath: title.path,
    localPath,
    monitored: title.monitored,
    hasFile: title.hasFile,
    youtubeTrailerId: title.youTubeTrailerId,
    mediaId: media?.id ?? null,
    notOnDisk: skipped || media ? null : localPath === null ? 'NO_MAPPING' : 'FOLDER_NOT_VISIBLE',
    skipped,
  };
  return { fields, media };
}

/** The ids the Arr knows and the linked title lacks (never overwriting one it has), or null. */
function missingIds(media: LinkableMedia, title: ArrTitle) {
  const fill = {
    id: media.id,
    tmdbId: media.tmdbId === null ? title.tmdbId : null,
    imdbId: media.imdbId === null ? title.imdbId : null,
    tvdbId: media.tvdbId === null ? title.tvdbId : null,
  };
  return fill.tmdbId || fill.imdbId || fill.tvdbId ? fill : null;
}

/**
 * One title, at once (a webhook said it was imported or added): fetched by its id, linked and
 * written like in a full sync. Returns the title folder it links to, or null (not on disk, skipped,
 * or no longer in the Arr, which flags it).
 */
export async function syncArrTitle(
  input: Omit<ArrSyncInput, 'onProgress'> & { arrId: number },
): Promise<{ mediaId: number | null; skipped: boolean; localPath: string | null }> {
  const now = (input.now ?? (() => new Date()))().toISOString();
  const title = await input.client.title(input.arrId, input.signal);
  if (!title) {
    input.store.flagRemoved(input.connectionId, [input.arrId], now);
    return { mediaId: null, skipped: false, localPath: null };
  }
  const { fields, media } = linkTitle(title, input.mappings, input.options, input.store);
  const fill = media ? missingIds(media, title) : null;
  input.store.write(
    input.connectionId,
    [{ fields, signature: signatureOf(fields) }],
    fill ? [fill] : [],
    now,
  );
  return { mediaId: fields.mediaId, skipped: fields.skipped, localPath: fields.localPath };
}
