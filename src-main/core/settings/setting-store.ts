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

  /** Writes `current` with the fields `patch` sets (undefined ones left as they were); returns it. */
  merge<T extends object>(key: string, current: T, patch: Partial<T>): T {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const next = { ...current, ...defined } as T;
    this.write(key, next);
    return next;
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
