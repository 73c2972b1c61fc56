// Radarr's and Sonarr's webhooks (Settings → Connect → Webhook, "On Import", "On Movie Added",
// "On Series Add"), received by the headless server: authenticated by HTTP Basic with the
// connection's own secret (the webhook's Username/Password fields; Radarr's WebhookProxy sends them
// as Basic credentials), never the window's token. The title is synced at once and, when the
// connection says so, its trailer is searched and queued.
// Payloads from Radarr's src/NzbDrone.Core/Notifications/Webhook (WebhookPayload, WebhookMovie,
// WebhookImportPayload, WebhookAddedPayload, WebhookEventType: Test, Grab, Download, Rename,
// MovieDelete, MovieFileDelete, Health, ApplicationUpdate, MovieAdded, HealthRestored,
// ManualInteractionRequired) and Sonarr's (WebhookSeries, WebhookSeriesAddPayload; v4 adds
// SeriesAdd). Event names are PascalCase strings (their StringEnumConverter with DefaultNamingStrategy).
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Connection } from '../../../../src-preload/contract/connections';
import { AppError, messageOf } from '../../errors';
import type { ConnectionStore } from '../connection-store';
import type { ArrService } from './arr-service';

export interface WebhookAnswer {
  status: number;
  body: { message: string; mediaId?: number | null; queued?: boolean };
}

export interface ArrWebhookDeps {
  arr: Pick<ArrService, 'syncTitle' | 'webhookFetchesTrailers'>;
  connections: Pick<ConnectionStore, 'get' | 'webhookSecret'>;
  /** Makes a title folder the Arr just filled visible (rescans its library folder). */
  rescanFolderOf?: (mediaFolder: string) => Promise<boolean>;
  /** Searches and queues the trailer of a title; false when it could not start (a run is going). */
  queueTrailer: (mediaId: number) => boolean;
  onWarning?: (message: string) => void;
}

/** Bodies past this are no webhook of an Arr (theirs are a few kilobytes). */
export const webhookMaxBytes = 1_000_000;

const arrItem = z.object({ id: z.number().int().positive(), title: z.string().optional() });
const payloadSchema = z.object({
  eventType: z.string().min(1).max(100),
  movie: arrItem.nullish(),
  series: arrItem.nullish(),
});
/** Events that announce a title Trailerdeck should look at now. */
const titleEvents = new Set(['Download', 'MovieAdded', 'SeriesAdd']);

export function createArrWebhook(deps: ArrWebhookDeps) {
  return async function handle(
    connectionIdText: string,
    authorization: string | undefined,
    body: string,
  ): Promise<WebhookAnswer> {
    const connectionId = /^[1-9]\d{0,15}$/.test(connectionIdText) ? Number(connectionIdText) : null;
    const connection = connectionId === null ? null : connectionOrNull(deps, connectionId);
    const secret = connection ? deps.connections.webhookSecret(connection.id) : null;
    // One answer for an unknown connection and a wrong password: a caller learns nothing from it.
    if (!connection || !secret || !passwordMatches(secret, authorization)) {
      return { status: 401, body: { message: 'Trailerdeck did not accept these credentials.' } };
    }
    let payload: z.output<typeof payloadSchema>;
    try {
      const parsed = payloadSchema.safeParse(JSON.parse(body));
      if (!parsed.success) throw parsed.error;
      payload = parsed.data;
    } catch {
      return { status: 400, body: { message: 'This is not a Radarr or Sonarr webhook payload.' } };
    }
    if (payload.eventType === 'Test') {
      return { status: 200, body: { message: `Trailerdeck received the test for "${connection.name}".` } };
    }
    if (!titleEvents.has(payload.eventType)) {
      return { status: 200, body: { message: `Trailerdeck does not act on ${payload.eventType} events.` } };
    }
    const item = connection.kind === 'radarr' ? payload.movie : payload.series;
    if (!item) {
      const expected = connection.kind === 'radarr' ? 'movie' : 'series';
      return { status: 400, body: { message: `A ${payload.eventType} event without its ${expected}.` } };
    }
    if (!connection.enabled) {
      return { status: 200, body: { message: `"${connection.name}" is switched off in Trailerdeck.` } };
    }
    return synced(deps, connection, item.id);
  };
}

async function synced(deps: ArrWebhookDeps, connection: Connection, arrId: number): Promise<WebhookAnswer> {
  try {
    let linked = await deps.arr.syncTitle(connection.id, arrId);
    // "On Import" comes as the Arr fills a new folder: the library has not scanned it yet.
    if (linked.mediaId === null && !linked.skipped && linked.localPath && deps.rescanFolderOf) {
      if (await deps.rescanFolderOf(linked.localPath))
        linked = await deps.arr.syncTitle(connection.id, arrId);
    }
    const { mediaId } = linked;
    const queued =
      mediaId !== null && deps.arr.webhookFetchesTrailers(connection.id) && deps.queueTrailer(mediaId);
    const message =
      mediaId === null
        ? 'Synced; the title has no folder in the library here (see Settings → Connections).'
        : queued
          ? 'Synced; its trailer is being looked for.'
          : 'Synced.';
    return { status: 200, body: { message, mediaId, queued } };
  } catch (error) {
    deps.onWarning?.(`Webhook of "${connection.name}" could not sync title ${arrId}: ${messageOf(error)}`);
    return {
      status: 502,
      body: { message: `Trailerdeck could not read the title from ${connection.name}.` },
    };
  }
}

function connectionOrNull(deps: ArrWebhookDeps, id: number): Connection | null {
  try {
    const connection = deps.connections.get(id);
    return connection.kind === 'radarr' || connection.kind === 'sonarr' ? connection : null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** The Basic password against the secret, in constant time (digests: equal lengths always). */
function passwordMatches(secret: string, authorization: string | undefined): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(decoded.slice(colon + 1)), digest(secret));
}
