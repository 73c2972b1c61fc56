// The audit's library for its tests and its benchmark: a real SQLite file with the real migrations,
// one movies root, and two profiles to check against: the default (1080p, H.264/AAC, German or
// English) and "Anything", which wants nothing in particular.
import { join } from 'node:path';
import { openDatabase, type AppDatabase } from '../db/open-database';
import { EventBus } from '../event-bus';
import { repoRoot } from '../library/test-helpers';
import { ProfileService } from '../profiles/profile-service';
import { AuditStore } from './audit-store';

export interface AuditLibrary {
  db: AppDatabase;
  profiles: ProfileService;
  audit: AuditStore;
}

/** Opens the library in `dir`; root id 1 is '/movies'. */
export function openAuditLibrary(dir: string): AuditLibrary {
  const db = openDatabase(join(dir, 'library.db'), join(repoRoot, 'drizzle'));
  const profiles = new ProfileService({ db, events: new EventBus() });
  const fallback = profiles.list().find((p) => p.isDefault)!;
  profiles.update(fallback.id, {
    maxResolution: '1080',
    videoCodec: 'h264',
    audioCodec: 'aac',
    languages: ['de', 'en'],
  });
  profiles.create({
    name: 'Anything',
    maxResolution: 'best',
    videoCodec: 'any',
    audioCodec: 'any',
    languages: [],
  });
  db.$client.prepare(`INSERT INTO library_root (id, path, kind) VALUES (1, '/movies', 'movie')`).run();
  return { db, profiles, audit: new AuditStore(db.$client, () => profiles.list()) };
}
