// What a sync's result depends on besides the Arr's answer: the connection's mappings and filters,
// and the titles scanned here (a new folder, a removed one, a title whose ids changed). When this
// mark and the Arr's answer are both as at the last good sync, the sync has nothing to do.
import { createHash } from 'node:crypto';
import type { ArrSyncOptions, PathMapping } from '../../../../src-preload/contract/connections';
import type { AppDatabase } from '../../db/open-database';

export function syncMark(db: AppDatabase, mappings: PathMapping[], options: ArrSyncOptions): string {
  // Every write of a title (scan, rename, ids filled by a sync) sets its updated_at; a title added
  // or removed moves the count or the highest id.
  const titles = db.$client
    .prepare('SELECT count(*), max(id), max(updated_at) FROM media')
    .raw()
    .get() as unknown[];
  const basis = JSON.stringify({
    mappings,
    onlyMonitored: options.onlyMonitored,
    onlyWithFile: options.onlyWithFile,
    titles,
  });
  return createHash('sha256').update(basis).digest('base64url');
}
