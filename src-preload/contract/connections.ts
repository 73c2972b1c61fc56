import { z } from 'zod';

// Connections to the apps people run beside Trailerdeck: Radarr and Sonarr (where titles come
// from) and Plex, Jellyfin and Emby (which are told when a trailer is filed). None is required.

export const arrKinds = ['radarr', 'sonarr'] as const;
export const mediaServerKinds = ['plex', 'jellyfin', 'emby'] as const;
export const connectionKinds = [...arrKinds, ...mediaServerKinds] as const;
export type ArrKind = (typeof arrKinds)[number];
export type MediaServerKind = (typeof mediaServerKinds)[number];
export type ConnectionKind = (typeof connectionKinds)[number];

export const isArrKind = (kind: ConnectionKind): kind is ArrKind =>
  (arrKinds as readonly string[]).includes(kind);

/** What the person reads for each kind. */
export const connectionKindLabels: Record<ConnectionKind, string> = {
  radarr: 'Radarr',
  sonarr: 'Sonarr',
  plex: 'Plex',
  jellyfin: 'Jellyfin',
  emby: 'Emby',
};

/**
 * One rule "their path → this machine's path": the other app (in Docker, on a NAS) sees the library
 * under `remote`; Trailerdeck reads the same folder at `local`.
 */
export interface PathMapping {
  remote: string;
  local: string;
}

/** Why a connection failed, in words a person can act on. */
export const connectionProblemCodes = [
  /** Nothing answered: the name did not resolve, the connection was refused, no route. */
  'UNREACHABLE',
  /** It did not answer in time. */
  'TIMEOUT',
  /** The TLS handshake failed (self-signed or expired certificate, http on an https port). */
  'TLS',
  /** The key or token was refused (401/403). */
  'UNAUTHORIZED',
  /** Something answered, but with a web page or a 404: usually a wrong URL base or port. */
  'WRONG_ADDRESS',
  /** It answered, but it is another app (a Sonarr where a Radarr was expected). */
  'WRONG_APP',
  /** The answer did not have the shape the app's API documents. */
  'BAD_ANSWER',
  /** The app answered with a server error (5xx). */
  'SERVER_ERROR',
] as const;
export type ConnectionProblemCode = (typeof connectionProblemCodes)[number];

export interface ConnectionProblem {
  code: ConnectionProblemCode;
  message: string;
}

/** What a Test found: the app and its version, or what is wrong. */
export interface ConnectionTestResult {
  ok: boolean;
  /** "Radarr", "Sonarr", "Plex Media Server", "Jellyfin Server", "Emby Server". */
  appName: string | null;
  version: string | null;
  /** The server's own name (media servers, and Arr instance names), when it has one. */
  serverName: string | null;
  /** Media servers: their libraries; Arrs: their root folders. */
  libraries: { name: string; paths: string[] }[];
  problem: ConnectionProblem | null;
  checkedAt: string;
}

export interface ArrSyncOptions {
  /** Import only titles the Arr monitors. */
  onlyMonitored: boolean;
  /** Import only titles the Arr has a file for (no trailers for films not downloaded yet). */
  onlyWithFile: boolean;
  /** Sync again every this many hours; 0 = only at start-up and on demand. */
  syncIntervalHours: number;
}

export const defaultArrSyncOptions: ArrSyncOptions = {
  onlyMonitored: false,
  onlyWithFile: false,
  syncIntervalHours: 6,
};

/** A connection as the window sees it: the key itself never leaves main. */
export interface Connection {
  id: number;
  kind: ConnectionKind;
  name: string;
  url: string;
  /** Arrs behind a reverse proxy: "/radarr"; '' when none. */
  urlBase: string;
  hasApiKey: boolean;
  enabled: boolean;
  pathMappings: PathMapping[];
  /** Arrs only (null for media servers). */
  sync: ArrSyncOptions | null;
  /** The last Test or use: null until one ran. */
  lastTest: ConnectionTestResult | null;
  /** The last failure to use it (a refresh that failed, a sync that failed), shown on the connection. */
  lastError: { message: string; at: string } | null;
  /** Media servers: the last successful refresh after filing; null for Arrs and until one ran. */
  lastRefresh: MediaServerRefresh | null;
  createdAt: string;
  updatedAt: string;
}

// ---- inputs ----

const name = z.string().trim().min(1, 'Give the connection a name.').max(80, 'That name is too long.');

/**
 * A server address: http(s) only, no user name or password in it (the key goes in its own field,
 * never in a URL), no query or fragment. A trailing slash is dropped.
 */
export const connectionUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the address, such as http://192.168.1.10:7878')
  .max(2048, 'That address is too long.')
  .refine((value) => URL.canParse(value) && /^https?:\/\//i.test(value), {
    message: 'Enter a web address starting with http:// or https://, such as http://192.168.1.10:7878',
  })
  .refine(
    (value) => !URL.canParse(value) || (new URL(value).username === '' && new URL(value).password === ''),
    {
      message: 'Leave the user name and password out of the address; put the API key in its own field.',
    },
  )
  .refine((value) => !URL.canParse(value) || (new URL(value).search === '' && new URL(value).hash === ''), {
    message: 'The address cannot contain "?" or "#" parts; put the API key in its own field.',
  })
  .transform((value) => value.replace(/\/+$/, ''));

/** "/radarr" or "radarr" → "/radarr"; '' for none. */
export const urlBaseSchema = z
  .string()
  .trim()
  .max(200, 'That URL base is too long.')
  .refine((value) => /^[A-Za-z0-9._~\-/]*$/.test(value), {
    message: 'A URL base is a path such as /radarr (letters, digits, "-", "_", "." and "/").',
  })
  .transform((value) => {
    const trimmed = value.replace(/^\/+|\/+$/g, '');
    return trimmed === '' ? '' : `/${trimmed}`;
  });

/** API keys and tokens: printable, no spaces or control characters (they travel in a header). */
export const apiKeySchema = z
  .string()
  .trim()
  .min(1, 'Enter the API key.')
  .max(512, 'That key is too long.')
  .refine((value) => /^[\x21-\x7e]+$/.test(value), {
    message: 'An API key has no spaces or special characters. Copy it again from the app.',
  });

const pathText = z
  .string()
  .trim()
  .min(1, 'Enter a path.')
  .max(4096, 'That path is too long.')
  .refine((value) => !value.includes('\0'), 'A path cannot contain a NUL character.');

export const pathMappingSchema = z.strictObject({
  /** As the other app shows it: "/movies", "D:\\Media\\Movies". */
  remote: pathText,
  /** On this machine: absolute. */
  local: pathText.refine((value) => value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value), {
    message: 'The path on this machine must be absolute, such as /mnt/media/movies.',
  }),
});

export const arrSyncOptionsSchema = z.strictObject({
  onlyMonitored: z.boolean(),
  onlyWithFile: z.boolean(),
  syncIntervalHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 7),
});

export const connectionFieldsSchema = z.strictObject({
  kind: z.enum(connectionKinds),
  name,
  url: connectionUrlSchema,
  urlBase: urlBaseSchema.default(''),
  apiKey: apiKeySchema,
  enabled: z.boolean().default(true),
  pathMappings: z.array(pathMappingSchema).max(50, 'At most 50 path mappings.').default([]),
  sync: arrSyncOptionsSchema.nullable().default(null),
});
export type ConnectionFields = z.output<typeof connectionFieldsSchema>;

/** An edit: every field optional; an absent apiKey keeps the stored one. The kind never changes. */
export const connectionPatchSchema = connectionFieldsSchema.omit({ kind: true }).partial();
export type ConnectionPatch = z.output<typeof connectionPatchSchema>;

/**
 * What Test checks: a saved connection (its stored key unless a new one is typed), or a draft
 * that is not saved yet, so a person can test before saving.
 */
export const connectionTestInputSchema = z.union([
  z.strictObject({
    id: z.number().int().positive(),
    apiKey: apiKeySchema.optional(),
    /** An edited address not saved yet, tested with the stored key (unless a new one is typed). */
    url: connectionUrlSchema.optional(),
    urlBase: urlBaseSchema.optional(),
  }),
  z.strictObject({
    kind: z.enum(connectionKinds),
    url: connectionUrlSchema,
    urlBase: urlBaseSchema.default(''),
    apiKey: apiKeySchema,
  }),
]);
export type ConnectionTestInput = z.output<typeof connectionTestInputSchema>;

// ---- Radarr and Sonarr: sync, mappings, not-on-disk titles, webhooks (h-arr) ----

/** Where a sync of one Arr stands; pushed as `connections:syncProgress`. */
export interface ArrSyncProgress {
  connectionId: number;
  running: boolean;
  /** 'fetching': asking the Arr; 'linking': matching titles to folders; then the outcome. */
  phase: 'idle' | 'fetching' | 'linking' | 'done' | 'failed';
  /** Titles handled so far, of `total` (0 while fetching). */
  done: number;
  total: number;
  startedAt: string | null;
  /** The last finished sync (null until one finished). */
  last: ArrSyncSummary | null;
}

/** What one sync found and changed. */
export interface ArrSyncSummary {
  finishedAt: string;
  /** Titles the Arr listed (after the connection's "only monitored / only with a file" options). */
  titles: number;
  /** Linked to a title folder scanned here. */
  linked: number;
  /** Known to the Arr only: no folder here (see `connections:notOnDisk`). */
  notOnDisk: number;
  /** Flagged because the Arr no longer lists them (never deleted). */
  removed: number;
  /** Rows written because something changed; an unchanged Arr writes none. */
  changed: number;
  /** tmdb/imdb/tvdb ids filled in on titles that lacked them. */
  idsFilled: number;
  /** Why it failed, in plain words; null when it succeeded. */
  error: string | null;
}

/** One "their path → this machine's path" rule proposed from what the Arr and this machine see. */
export interface MappingSuggestion extends PathMapping {
  /** Titles of the Arr whose folder this rule makes visible here. */
  titles: number;
  /** A few of them, for the person to recognise. */
  examples: string[];
}

export interface MappingSuggestions {
  suggestions: MappingSuggestion[];
  /** Titles no suggestion (and no existing mapping) explains. */
  unexplained: number;
}

/** Why an Arr title has no folder here. */
export type NotOnDiskReason =
  /** No mapping turns the Arr's path into a path on this machine. */
  | 'NO_MAPPING'
  /** The mapped path is not a folder Trailerdeck can see (not in a library folder, or not there). */
  | 'FOLDER_NOT_VISIBLE';

export interface NotOnDiskTitle {
  arrId: number;
  kind: 'movie' | 'series';
  title: string;
  year: number | null;
  /** As the Arr sees it. */
  remotePath: string;
  /** After the connection's mappings, when one applied. */
  localPath: string | null;
  reason: NotOnDiskReason;
  /** In plain words, with what to do. */
  message: string;
  /** A mapping that would make it visible, when one was found. */
  suggestion: PathMapping | null;
}

export interface NotOnDiskWindow {
  rows: NotOnDiskTitle[];
  offset: number;
  total: number;
}

/**
 * How to set up the Arr's webhook (Settings → Connect → Webhook in Radarr/Sonarr): the path below
 * Trailerdeck's address, and the user name and password for its Username/Password fields.
 */
export interface ArrWebhookInfo {
  connectionId: number;
  /** "/api/webhooks/arr/3": append to Trailerdeck's headless address. */
  path: string;
  username: string;
  /** The per-connection secret (not the window's token); rotate it to revoke. */
  password: string;
  /** Queue the trailer of a title the webhook announces (imported or added), with the default profile. */
  fetchTrailers: boolean;
}

export const notOnDiskWindowMaxLimit = 500;

const connectionId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const connectionIdInputSchema = z.strictObject({ id: connectionId });

export const notOnDiskQuerySchema = z.strictObject({
  id: connectionId,
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(notOnDiskWindowMaxLimit),
});

export const arrWebhookPatchSchema = z.strictObject({
  id: connectionId,
  /** Replaces the secret: the Arr's old password stops working at once. */
  rotateSecret: z.boolean().optional(),
  fetchTrailers: z.boolean().optional(),
});
// ---- Media servers (Plex, Jellyfin, Emby): refresh after filing, and their libraries ----

/** The last time a media server was asked to pick up filed, replaced or deleted trailers. */
export interface MediaServerRefresh {
  at: string;
  /** Title folders in that batch. */
  titles: number;
}

/** One folder of a media server's library: as the server sees it, and here. */
export interface ServerLibraryFolder {
  /** As the server shows it: "/data/movies", "D:\\Media\\Movies". */
  remote: string;
  /** The same folder on this machine through the connection's mappings; null when none applies. */
  local: string | null;
  /** Whether `local` is one of Trailerdeck's library folders or inside one. */
  inLibrary: boolean;
}

/** A Plex section or Jellyfin/Emby library, with its folders. */
export interface ServerLibrary {
  id: string;
  name: string;
  /** As the server names it: "movie", "show", "movies", "tvshows"… */
  type: string;
  folders: ServerLibraryFolder[];
}

/** A "their path → this machine's path" rule found by comparing folders, and why. */
export interface SuggestedServerMapping extends PathMapping {
  /** "Both hold Heat (1995), Alien (1979) and 12 more title folders." */
  reason: string;
}

/** A media server's libraries and the mappings Trailerdeck suggests for it. */
export interface ServerLibraries {
  libraries: ServerLibrary[];
  /** Rules not already among the connection's mappings (or the draft's), best first. */
  suggestions: SuggestedServerMapping[];
  /** What went wrong reaching the server (then no libraries), as a Test says it. */
  problem: ConnectionProblem | null;
}

/**
 * Which server to read: a saved one (its stored key unless a new one is typed), or a draft not
 * saved yet. `pathMappings`, when given, replace the saved ones (the mappings being edited).
 */
export const serverLibrariesInputSchema = z.union([
  z.strictObject({
    id: z.number().int().positive(),
    apiKey: apiKeySchema.optional(),
    pathMappings: z.array(pathMappingSchema).max(50).optional(),
  }),
  z.strictObject({
    kind: z.enum(mediaServerKinds),
    url: connectionUrlSchema,
    urlBase: urlBaseSchema.default(''),
    apiKey: apiKeySchema,
    pathMappings: z.array(pathMappingSchema).max(50).default([]),
  }),
]);
export type ServerLibrariesInput = z.output<typeof serverLibrariesInputSchema>;
