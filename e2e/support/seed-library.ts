// A big library written straight into a fresh database before the app starts: scanning 20,000
// folders would take minutes, and the library page only reads what is stored. The real migrations
// run (openDatabase), and the triggers fill sort keys, search and trailer counts as a scan would.
import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src-main/core/db/open-database';

export interface SeedTitle {
  title: string;
  year: number | null;
  withTrailer: boolean;
}

/**
 * The app's database in `dataDir` through the app's own opening (migrations, and the SQL functions
 * the media triggers use), for tests that write rows straight into it.
 */
export function openAppDatabase(dataDir: string): Database {
  return openDatabase(
    join(dataDir, 'trailerdeck.db'),
    fileURLToPath(new URL('../../drizzle', import.meta.url)),
  ).$client;
}

/** Writes the titles into `dataDir`'s database, in one movies folder at /seed/Movies. */
export function seedLibrary(dataDir: string, count: number, titleAt: (i: number) => SeedTitle): void {
  const sqlite = openAppDatabase(dataDir);
  sqlite.prepare("INSERT INTO library_root (id, path, kind) VALUES (1, '/seed/Movies', 'movies')").run();
  const insertMedia = sqlite.prepare(
    "INSERT INTO media (root_id, kind, title, sort_title, year, folder_path) VALUES (1, 'movie', ?, ?, ?, ?)",
  );
  const insertTrailer = sqlite.prepare(
    "INSERT INTO download (media_id, path, file_name, size, profile_name) VALUES (?, ?, 'trailer.mp4', 1000, 'detected')",
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const { title, year, withTrailer } = titleAt(i);
      const folder = `/seed/Movies/${i} ${title}`;
      const { lastInsertRowid } = insertMedia.run(title, title.toLowerCase(), year, folder);
      if (withTrailer) insertTrailer.run(lastInsertRowid, `${folder}/trailer.mp4`);
    }
  })();
  sqlite.close();
}
