// The download step of a job whose source is a file already in the library (the audit's Upgrade
// converting it on disk, site 'local'): no network; the file is put into the job's done/ folder as
// `trailer.<ext>`, where the normal stage takes it (verify, process, replace, record). A hard link
// when the job's folder is on the same filesystem (instant, no space), else a copy under a hidden
// name renamed at the end (finishedFile never takes a half-copied file). The file is read only
// while confined-file.ts allows it: a regular file whose real path lies in its title folder.
import { constants } from 'node:fs';
import { copyFile, link, rename, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { confineLibraryFile, type ConfinedFile, type LibraryFileRecord } from '../files/confined-file';
import { errorCode } from '../errors';
import type { AppDatabase } from '../db/open-database';
import { JobFailure } from './job-failure';
import type { JobPaths } from './job-files';
import type { JobHooks } from './job-runner-types';
import type { JobRow } from './job-store';
import { libraryFileId } from './trailer-source';

const refusals: Record<Exclude<ConfinedFile, { ok: true }>['reason'], string> = {
  gone: 'is no longer there',
  'not-a-file': 'is not a regular file',
  'outside-folder': "leads (through a link) outside its title's folder",
};

function refused(what: string, reason: string): JobFailure {
  return new JobFailure(
    'SOURCE_FILE_REFUSED',
    `The file to convert, ${what}, ${reason}, so it was left alone.`,
    {
      hint: 'Rescan the library, then Upgrade again: a file that cannot be converted is downloaded again.',
    },
  );
}

/** Puts the library file a local job converts into its done/ folder; returns the path there. */
export async function takeLibraryFile(
  db: AppDatabase,
  row: Pick<JobRow, 'id' | 'source_url'>,
  paths: JobPaths,
  hooks: Pick<JobHooks, 'signal' | 'onProcessingProgress'>,
): Promise<string> {
  const downloadId = libraryFileId(row.source_url);
  const record =
    downloadId === null
      ? undefined
      : (db.$client
          .prepare(
            `SELECT d.path AS path, m.folder_path AS folderPath, r.path AS rootPath
             FROM download d JOIN media m ON m.id = d.media_id JOIN library_root r ON r.id = m.root_id
             WHERE d.id = ?`,
          )
          .get(downloadId) as LibraryFileRecord | undefined);
  if (record === undefined) throw refused(`record ${row.source_url}`, 'is no longer in the library');
  hooks.onProcessingProgress('copying', {});
  const confined = await confineLibraryFile(record);
  if (!confined.ok) throw refused(record.path, refusals[confined.reason]);
  hooks.signal.throwIfAborted();
  const target = join(paths.done, `trailer${extname(confined.file).toLowerCase()}`);
  try {
    await link(confined.file, target);
    return target;
  } catch (error) {
    if (errorCode(error) !== 'EXDEV' && errorCode(error) !== 'EPERM') throw error;
  }
  const temp = join(paths.done, `.copying${extname(target)}`);
  try {
    await copyFile(confined.file, temp, constants.COPYFILE_FICLONE);
    hooks.signal.throwIfAborted();
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
  return target;
}
