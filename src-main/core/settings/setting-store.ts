// Settings as JSON values by key in `app_setting`. Each capability owns its keys and validates what
// it reads, so a hand-edited or older value falls back to the default instead of breaking start-up.
import type { z } from 'zod';
import type { AppDatabase } from '../db/open-database';

export class SettingStore {
  constructor(private readonly db: AppDatabase) {}

  /** The stored value when it passes the schema, else the fallback. */
  read<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
    const row = this.db.$client.prepare('SELECT value FROM app_setting WHERE key = ?').pluck().get(key);
    if (typeof row !== 'string') return fallback;
    try {
      const parsed = schema.safeParse(JSON.parse(row));
      return parsed.success ? parsed.data : fallback;
    } catch {
      return fallback;
    }
  }

  write(key: string, value: unknown): void {
    this.db.$client
      .prepare(
        `INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(key, JSON.stringify(value));
  }
}
