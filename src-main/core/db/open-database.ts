import { closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { registerTitleKeyFunctions } from './title-keys';
import { StartupError } from '../files/data-folder';
import { errorCode, messageOf } from '../errors';

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The database and the files SQLite keeps beside it in WAL mode (same secrets, same permissions). */
export function databaseFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`];
}

/**
 * Opens (creating if needed) the app's one SQLite connection and brings it up to date.
 * Migrations run here, before any window or request is served. A new database is created 0600
 * (SQLite gives its -wal and -shm files the database's permissions). A file that is not a
 * database ends in a StartupError saying where it is and how to move it aside: it is read, never
 * written, so nothing in it is lost.
 */
export function openDatabase(file: string, migrationsFolder: string): AppDatabase {
  createOwnerOnly(file);
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(file);
    // A read first: a damaged header is found before anything (the journal mode) is written.
    sqlite.pragma('schema_version');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // WAL makes NORMAL durable enough: a crash loses at most the last transaction, never corrupts.
    sqlite.pragma('synchronous = NORMAL');
    registerTitleKeyFunctions(sqlite);
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    return db;
  } catch (error) {
    sqlite?.close();
    throw databaseError(file, error);
  }
}

/** Creates a missing database file with owner-only permissions; never truncates an existing one. */
function createOwnerOnly(file: string): void {
  try {
    closeSync(openSync(file, 'a', 0o600));
  } catch (error) {
    throw new StartupError(
      'DATABASE_UNUSABLE',
      `Trailerdeck cannot open its database ${file} (${errorCode(error) ?? messageOf(error)}). Check that it is a file you can read and write, or choose another data folder.`,
      { cause: error },
    );
  }
}

function databaseError(file: string, error: unknown): unknown {
  const code = errorCode(error) ?? '';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new StartupError(
      'DATABASE_CORRUPT',
      `${file} is damaged or not a Trailerdeck database (${messageOf(error)}). It was left as it is. ` +
        `To start with an empty library, move it aside (with its -wal and -shm files, if any), for example ` +
        `mv '${file}' '${file}.broken', then start Trailerdeck again; to keep your library, put back a backup of it.`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_')) {
    return new StartupError(
      'DATABASE_UNUSABLE',
      `Trailerdeck cannot open its database ${file}: ${messageOf(error)} (${code}). Another program may hold it, or its folder may be read-only.`,
      { cause: error },
    );
  }
  return error;
}
