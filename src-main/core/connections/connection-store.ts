// The `connection` table: what the window may see of each connection, and, through `target` only,
// the key. JSON columns are validated when read, so a hand-edited row shows as "no mappings" or
// "not tested" instead of breaking the Settings page.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  arrSyncOptionsSchema,
  defaultArrSyncOptions,
  isArrKind,
  pathMappingSchema,
  type Connection,
  type ConnectionFields,
  type ConnectionKind,
  type ConnectionPatch,
  type ConnectionTestResult,
  type MediaServerRefresh,
  type PathMapping,
} from '../../../src-preload/contract/connections';
import type { AppDatabase } from '../db/open-database';
import type { ConnectionRow } from '../db/schema';
import { AppError, isUniqueViolation } from '../errors';
import type { ConnectionTarget } from './connection-types';

const testResultSchema: z.ZodType<ConnectionTestResult> = z.object({
  ok: z.boolean(),
  appName: z.string().nullable(),
  version: z.string().nullable(),
  serverName: z.string().nullable(),
  libraries: z.array(z.object({ name: z.string(), paths: z.array(z.string()) })),
  problem: z
    .object({
      code: z.enum([
        'UNREACHABLE',
        'TIMEOUT',
        'TLS',
        'UNAUTHORIZED',
        'WRONG_ADDRESS',
        'WRONG_APP',
        'BAD_ANSWER',
        'SERVER_ERROR',
      ]),
      message: z.string(),
    })
    .nullable(),
  checkedAt: z.string(),
});
const lastErrorSchema = z.object({ message: z.string(), at: z.string() });
const lastRefreshSchema: z.ZodType<MediaServerRefresh> = z.object({
  at: z.string(),
  titles: z.number().int().min(0),
});

function parseJson<T>(text: string | null, schema: z.ZodType<T>, fallback: T): T {
  if (text === null) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

const now = () => new Date().toISOString();

export interface StoredTarget extends ConnectionTarget {
  id: number;
  name: string;
  enabled: boolean;
  pathMappings: PathMapping[];
}

export class ConnectionStore {
  constructor(private readonly db: AppDatabase) {}

  list(kinds?: readonly ConnectionKind[]): Connection[] {
    const rows = this.db.$client
      .prepare('SELECT * FROM connection ORDER BY name COLLATE NOCASE, id')
      .all() as RawRow[];
    return rows
      .map(toRow)
      .filter((r) => !kinds || kinds.includes(r.kind))
      .map(toConnection);
  }

  get(id: number): Connection {
    return toConnection(this.row(id));
  }

  /** The address and the key, for the adapters: the only reader of the key. */
  target(id: number): StoredTarget {
    const row = this.row(id);
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      url: row.url,
      urlBase: row.urlBase,
      apiKey: row.apiKey,
      enabled: row.enabled,
      pathMappings: mappingsOf(row),
    };
  }

  /** Every key and webhook secret stored, for the log and reports to hide. */
  secrets(): string[] {
    const rows = this.db.$client.prepare('SELECT api_key, webhook_secret FROM connection').raw().all() as [
      string,
      string | null,
    ][];
    return rows.flatMap(([key, secret]) => (secret === null ? [key] : [key, secret]));
  }

  add(fields: ConnectionFields): Connection {
    const sync = isArrKind(fields.kind) ? (fields.sync ?? defaultArrSyncOptions) : null;
    try {
      const info = this.db.$client
        .prepare(
          `INSERT INTO connection (kind, name, url, url_base, api_key, enabled, path_mappings, sync_options, webhook_secret, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          fields.kind,
          fields.name,
          fields.url,
          fields.urlBase,
          fields.apiKey,
          fields.enabled ? 1 : 0,
          JSON.stringify(fields.pathMappings),
          sync === null ? null : JSON.stringify(sync),
          isArrKind(fields.kind) ? newWebhookSecret() : null,
          now(),
          now(),
        );
      return this.get(Number(info.lastInsertRowid));
    } catch (error) {
      throw nameTaken(error, fields.name);
    }
  }

  update(id: number, patch: ConnectionPatch): Connection {
    const row = this.row(id);
    const sync = isArrKind(row.kind) ? (patch.sync ?? syncOf(row)) : null;
    // A new address or key makes the last Test say nothing about what is saved now.
    const reachChanged =
      (patch.url !== undefined && patch.url !== row.url) ||
      (patch.urlBase !== undefined && patch.urlBase !== row.urlBase) ||
      (patch.apiKey !== undefined && patch.apiKey !== row.apiKey);
    try {
      this.db.$client
        .prepare(
          `UPDATE connection SET name = ?, url = ?, url_base = ?, api_key = ?, enabled = ?, path_mappings = ?,
             sync_options = ?, last_test = ?, last_error = ?, updated_at = ? WHERE id = ?`,
        )
        .run(
          patch.name ?? row.name,
          patch.url ?? row.url,
          patch.urlBase ?? row.urlBase,
          patch.apiKey ?? row.apiKey,
          (patch.enabled ?? row.enabled) ? 1 : 0,
          JSON.stringify(patch.pathMappings ?? mappingsOf(row)),
          sync === null ? null : JSON.stringify(sync),
          reachChanged ? null : row.lastTest,
          reachChanged ? null : row.lastError,
          now(),
          id,
        );
    } catch (error) {
      throw nameTaken(error, patch.name ?? row.name);
    }
    return this.get(id);
  }

  remove(id: number): void {
    this.row(id);
    this.db.$client.prepare('DELETE FROM connection WHERE id = ?').run(id);
  }

  saveTest(id: number, result: ConnectionTestResult): void {
    this.db.$client
      .prepare(
        'UPDATE connection SET last_test = ?, last_error = CASE WHEN ? THEN NULL ELSE last_error END WHERE id = ?',
      )
      .run(JSON.stringify(result), result.ok ? 1 : 0, id);
  }

  /** The last failure to use the connection (a refresh or sync), or null to clear it. */
  saveError(id: number, message: string | null): void {
    const value = message === null ? null : JSON.stringify({ message, at: now() });
    this.db.$client.prepare('UPDATE connection SET last_error = ? WHERE id = ?').run(value, id);
  }

  /** A media server's last successful refresh after filing. */
  saveRefresh(id: number, refresh: MediaServerRefresh): void {
    this.db.$client
      .prepare('UPDATE connection SET last_refresh = ? WHERE id = ?')
      .run(JSON.stringify(refresh), id);
  }

  /** The webhook secret of an Arr connection (for the person to paste into Radarr/Sonarr). */
  webhookSecret(id: number): string | null {
    return this.row(id).webhookSecret;
  }

  rotateWebhookSecret(id: number): string {
    const row = this.row(id);
    if (!isArrKind(row.kind))
      throw new AppError('UNSUPPORTED', 'Only Radarr and Sonarr connections have webhooks.');
    const secret = newWebhookSecret();
    this.db.$client
      .prepare('UPDATE connection SET webhook_secret = ?, updated_at = ? WHERE id = ?')
      .run(secret, now(), id);
    return secret;
  }

  private row(id: number): ConnectionRow {
    const raw = this.db.$client.prepare('SELECT * FROM connection WHERE id = ?').get(id) as
      RawRow | undefined;
    if (!raw)
      throw new AppError(
        'NOT_FOUND',
        'That connection no longer exists. It may have been removed in another window.',
      );
    return toRow(raw);
  }
}

type RawRow = {
  id: number;
  kind: ConnectionKind;
  name: string;
  url: string;
  url_base: string;
  api_key: string;
  enabled: number;
  path_mappings: string;
  sync_options: string | null;
  last_test: string | null;
  last_error: string | null;
  last_refresh: string | null;
  webhook_secret: string | null;
  created_at: string;
  updated_at: string;
};

const toRow = (r: RawRow): ConnectionRow => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  url: r.url,
  urlBase: r.url_base,
  apiKey: r.api_key,
  enabled: r.enabled === 1,
  pathMappings: r.path_mappings,
  syncOptions: r.sync_options,
  lastTest: r.last_test,
  lastError: r.last_error,
  lastRefresh: r.last_refresh,
  webhookSecret: r.webhook_secret,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const mappingsOf = (row: ConnectionRow): PathMapping[] =>
  parseJson(row.pathMappings, z.array(pathMappingSchema), []);
const syncOf = (row: ConnectionRow) =>
  parseJson(row.syncOptions, arrSyncOptionsSchema, defaultArrSyncOptions);

function toConnection(row: ConnectionRow): Connection {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    url: row.url,
    urlBase: row.urlBase,
    hasApiKey: row.apiKey !== '',
    enabled: row.enabled,
    pathMappings: mappingsOf(row),
    sync: isArrKind(row.kind) ? syncOf(row) : null,
    lastTest: parseJson(row.lastTest, testResultSchema.nullable(), null),
    lastError: parseJson(row.lastError, lastErrorSchema.nullable(), null),
    lastRefresh: isArrKind(row.kind) ? null : parseJson(row.lastRefresh, lastRefreshSchema.nullable(), null),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function newWebhookSecret(): string {
  return randomBytes(24).toString('base64url');
}

function nameTaken(error: unknown, name: string): unknown {
  return isUniqueViolation(error)
    ? new AppError('INVALID_INPUT', `A connection named "${name}" already exists. Choose another name.`)
    : error;
}
