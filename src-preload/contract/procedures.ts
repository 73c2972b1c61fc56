import { z } from 'zod';
import type {
  AppInfo,
  FolderListing,
  LibraryKind,
  LibraryRoot,
  MediaDetail,
  ScanProgress,
  TrailerFile,
} from './models';
import { profileFieldsSchema, type TrailerProfile } from './profiles';
import { parseSlotKey } from './video-kinds';
import {
  downloadSettingsSchema,
  jobFilters,
  jobWindowMaxLimit,
  type ActiveJobCounts,
  type DownloadJob,
  type DownloadSettings,
  type EnqueueManyResult,
  type JobChoice,
  type JobFilterCounts,
  type JobProgress,
  type JobWindow,
} from './downloads';
import {
  discoverySettingsPatchSchema,
  type CandidateSearch,
  type DiscoveryRun,
  type DiscoverySettings,
  type NeedsChoiceWindow,
  type YoutubeLane,
} from './discovery';
import {
  librarySelectionSchema,
  libraryWindowQuerySchema,
  maxPickedTitles,
  type LibraryWindow,
} from './library-window';
import { toolsSettingsPatchSchema, type ToolsStatus } from './tools';
import {
  arrWebhookPatchSchema,
  connectionFieldsSchema,
  connectionIdInputSchema,
  connectionPatchSchema,
  connectionTestInputSchema,
  notOnDiskQuerySchema,
  type Connection,
  type ConnectionTestResult,
  type ArrSyncProgress,
  type ArrWebhookInfo,
  type MappingSuggestions,
  type NotOnDiskWindow,
} from './connections';
import { serverLibrariesInputSchema, type ServerLibraries } from './connections';
import {
  namingPreviewInputSchema,
  namingSettingsPatchSchema,
  type NamingExample,
  type NamingSettings,
} from './naming';
import { logQuerySchema, type DiagnosticsReport, type LogEntry } from './diagnostics';
import { auditUpgradeSchema, auditWindowQuerySchema, type AuditCounts, type AuditWindow } from './audit';

/** A slot key as a payload field: refused unless it names a slot (contract/video-kinds.ts). */
const slotKeySchema = z
  .string()
  .max(40)
  .refine((key) => parseSlotKey(key) !== null, 'Not a video slot (such as "trailer" or "featurette/s2@de")');

/** A procedure: its input schema (checked in main) and its output type (phantom, types only). */
interface Procedure<Input extends z.ZodType, Output> {
  input: Input;
  /** Never read at run time; carries the output type. */
  output?: Output;
}

function procedure<Output>() {
  return <Input extends z.ZodType>(input: Input): Procedure<Input, Output> => ({ input });
}

const nothing = z.strictObject({}).optional();
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
// Paths come from a person or a drop: absolute, no NUL byte, within what any OS accepts.
const absolutePath = z
  .string()
  .min(1, 'A folder path is required.')
  .max(4096, 'That path is too long.')
  .refine((p) => !p.includes('\0'), 'A path cannot contain a NUL character.');
// A link or a YouTube id as typed or pasted; main decides which and refuses anything else.
const trailerSource = z
  .string()
  .trim()
  .min(1, 'Paste a video link or a YouTube id.')
  .max(2048, 'That link is too long.');
// A NUL or a line break inside a link is never part of what a person meant, and would reach yt-dlp
// as something other than what was checked. Refused for the whole input, so the message names no
// field (a trailing line break from a paste is trimmed first, and fine).
const controlCharacter = /\p{Cc}/u;
const withoutControlCharacters = [
  (input: { source: string | null }): boolean =>
    input.source === null || !controlCharacter.test(input.source),
  'A link cannot contain control characters such as a line break or a NUL. Paste the link again.',
] as const;
const libraryKind = z.enum(['movies', 'series']) satisfies z.ZodType<LibraryKind>;

export const procedures = {
  /** Version, data folder and which native features this window has. */
  'app:info': procedure<AppInfo>()(nothing),
  /** Every library folder with its counts and last scan. */
  'library:listRoots': procedure<LibraryRoot[]>()(nothing),
  /** Adds a library folder (kind detected unless given) and starts its first scan. */
  'library:addRoot': procedure<LibraryRoot>()(
    z.strictObject({ path: absolutePath, kind: libraryKind.optional() }),
  ),
  /** Removes a library folder and its titles from Trailerdeck; nothing on disk is touched. */
  'library:removeRoot': procedure<{ removed: true }>()(z.strictObject({ rootId: id })),
  /** Lets the person say whether a folder holds movies or series; rescans it. */
  'library:setRootKind': procedure<LibraryRoot>()(z.strictObject({ rootId: id, kind: libraryKind })),
  /** Rescans one library folder, or all of them when no id is given. */
  'library:rescan': procedure<{ queued: number }>()(z.strictObject({ rootId: id.optional() }).optional()),
  /** The scan in progress, if any. */
  'library:scanStatus': procedure<ScanProgress | null>()(nothing),
  /** A window of titles in a sort and filter, done in SQLite: its rows, the total and, if asked, facets. */
  'library:window': procedure<LibraryWindow>()(libraryWindowQuerySchema),
  /** One title's details. */
  'media:get': procedure<MediaDetail>()(z.strictObject({ mediaId: id })),
  /** One title's trailer files, newest first. */
  'media:trailers': procedure<TrailerFile[]>()(z.strictObject({ mediaId: id })),
  /** Lists the sub-folders of a folder on the machine that runs Trailerdeck (headless folder picker). */
  'fs:listFolders': procedure<FolderListing>()(z.strictObject({ path: absolutePath.optional() })),
  /** Opens the native folder dialog (Electron only); null when the person cancels. */
  'dialog:pickFolder': procedure<{ path: string | null }>()(nothing),
  /** Every trailer profile, the default first, then by name. */
  'profiles:list': procedure<TrailerProfile[]>()(nothing),
  /** Creates a profile; fields left out take the built-in defaults. */
  'profiles:create': procedure<TrailerProfile>()(profileFieldsSchema.partial().required({ name: true })),
  /** Changes some fields of a profile; the result must still be a valid combination. */
  'profiles:update': procedure<TrailerProfile>()(profileFieldsSchema.partial().extend({ id })),
  /** Copies a profile as "<name> (copy)" (numbered when taken); the copy is never the default. */
  'profiles:duplicate': procedure<TrailerProfile>()(z.strictObject({ id })),
  /** Deletes a profile; the default one and the last one cannot be deleted. */
  'profiles:delete': procedure<{ deleted: true }>()(z.strictObject({ id })),
  /** Makes a profile the default (and enables it); the previous default stays as it was otherwise. */
  'profiles:setDefault': procedure<TrailerProfile>()(z.strictObject({ id })),
  /** Sets (or clears, with null) the trailer link or YouTube id the person chose for a title. */
  'media:setTrailerSource': procedure<MediaDetail>()(
    z.strictObject({ mediaId: id, source: trailerSource.nullable() }).refine(...withoutControlCharacters),
  ),
  /** Deletes a trailer's file from disk and marks its row as missing; the history stays. */
  'media:deleteTrailer': procedure<TrailerFile>()(z.strictObject({ downloadId: id })),
  /**
   * Queues a download for a title: a link or YouTube id, with a profile (the default if none), for
   * a video slot (a slot key such as "featurette"; omitted: the title's trailer).
   */
  'downloads:enqueue': procedure<DownloadJob>()(
    z
      .strictObject({
        mediaId: id,
        source: trailerSource,
        profileId: id.optional(),
        slot: slotKeySchema.optional(),
      })
      .refine(...withoutControlCharacters),
  ),
  /** Queues the known trailer (set by hand, else from the NFO) of each title; the rest are skipped. */
  'downloads:enqueueMany': procedure<EnqueueManyResult>()(
    z
      .strictObject({
        /** A hand-picked selection. */
        mediaIds: z.array(id).min(1, 'Select at least one title.').max(maxPickedTitles).optional(),
        /** "All matching": the library's filter, resolved in main. */
        matching: librarySelectionSchema.optional(),
        profileId: id.optional(),
      })
      .refine((input) => (input.mediaIds === undefined) !== (input.matching === undefined), {
        message: 'Select at least one title.',
      }),
  ),
  /** A page of the Activity list (newest first) in a filter, with the filter's total and each tab's count. */
  'downloads:window': procedure<JobWindow>()(
    z.strictObject({
      filter: z.enum(jobFilters),
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(jobWindowMaxLimit),
    }),
  ),
  /** How many jobs each Activity tab holds (the sidebar's and the tray's active count). */
  'downloads:counts': procedure<JobFilterCounts>()(nothing),
  /** Active jobs by state (running, queued, paused), counted in SQLite: the tray's figures. */
  'downloads:activeCounts': procedure<ActiveJobCounts>()(nothing),
  /** A title's newest jobs, for its page. */
  'downloads:forMedia': procedure<DownloadJob[]>()(z.strictObject({ mediaId: id })),
  /** Why a job's video was chosen: source, score against the profile's minimum, and the reasons. */
  'downloads:choice': procedure<JobChoice | null>()(z.strictObject({ jobId: id })),
  /** The live progress of every running job, for a window that has just opened. */
  'downloads:progress': procedure<JobProgress[]>()(nothing),
  /** Stops a job for good: its process tree is killed and its temporary files removed. */
  'downloads:cancel': procedure<DownloadJob>()(z.strictObject({ jobId: id })),
  /** Stops a job but keeps its partial file, so resuming continues where it stopped. */
  'downloads:pause': procedure<DownloadJob>()(z.strictObject({ jobId: id })),
  /** Puts a paused job back in the queue. */
  'downloads:resume': procedure<DownloadJob>()(z.strictObject({ jobId: id })),
  /** Queues a failed or cancelled job again, with a fresh count of attempts. */
  'downloads:retry': procedure<DownloadJob>()(z.strictObject({ jobId: id })),
  /** Holds the whole queue (running downloads stop and keep their partial files). */
  'downloads:pauseAll': procedure<DownloadSettings>()(nothing),
  /** Lets the queue run again after "Pause all". */
  'downloads:resumeAll': procedure<DownloadSettings>()(nothing),
  /** The queue's settings. */
  'downloads:getSettings': procedure<DownloadSettings>()(nothing),
  /** Changes some of the queue's settings; they apply at once. */
  'downloads:updateSettings': procedure<DownloadSettings>()(downloadSettingsSchema.partial()),
  /** How videos are named and filed: the naming preset. */
  'naming:getSettings': procedure<NamingSettings>()(nothing),
  /** Chooses the naming preset; videos filed from now on follow it (files already there stay). */
  'naming:updateSettings': procedure<NamingSettings>()(namingSettingsPatchSchema),
  /** The names a preset would write for a few typical videos, under a profile's placement. */
  'naming:preview': procedure<NamingExample[]>()(namingPreviewInputSchema),
  /** Searches every source for a title's trailer and ranks the candidates, with reasons. */
  'discovery:findTrailer': procedure<CandidateSearch>()(
    z.strictObject({ mediaId: id, profileId: id.optional(), slot: slotKeySchema.optional() }),
  ),
  /** Queues a candidate of the title's last search (for that slot), recording its score and reasons with the job. */
  'discovery:pick': procedure<DownloadJob>()(
    z.strictObject({
      mediaId: id,
      key: z.string().trim().min(1).max(2048),
      profileId: id.optional(),
      slot: slotKeySchema.optional(),
    }),
  ),
  /** Never proposes this candidate for this title again. */
  'discovery:reject': procedure<{ rejected: true }>()(
    z.strictObject({ mediaId: id, key: z.string().trim().min(1).max(2048) }),
  ),
  /** Searches and queues the trailers of every monitored title (or the selection) that lacks one. */
  'discovery:downloadMissing': procedure<DiscoveryRun>()(
    z
      .strictObject({
        mediaIds: z.array(id).min(1).max(maxPickedTitles).optional(),
        /** "All matching": the library's filter, resolved in main. */
        matching: librarySelectionSchema.optional(),
        profileId: id.optional(),
      })
      .refine((input) => input.mediaIds === undefined || input.matching === undefined, {
        message: 'Give the selected titles either by id or by filter, not both.',
      })
      .optional(),
  ),
  /** How many monitored titles lack a trailer for this profile (none given: a profile not saved yet). */
  'discovery:missingCount': procedure<{ titles: number }>()(
    z.strictObject({
      profileId: id.optional(),
      acceptDetectedTrailers: z.boolean(),
      // The videos the profile wants, as edited (not saved yet); omitted: the saved profile's.
      ...profileFieldsSchema
        .pick({
          wantedVideos: true,
          maxVideosPerTitle: true,
          seasonTrailers: true,
          languages: true,
          onePerLanguage: true,
        })
        .partial().shape,
    }),
  ),
  /** The library run in progress or the last one. */
  'discovery:run': procedure<DiscoveryRun>()(nothing),
  /** A page of the Review list, newest check first, with the rows and titles in the whole list. */
  'discovery:needsChoiceWindow': procedure<NeedsChoiceWindow>()(
    z.strictObject({
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(jobWindowMaxLimit),
    }),
  ),
  'discovery:getSettings': procedure<DiscoverySettings>()(nothing),
  'discovery:updateSettings': procedure<DiscoverySettings>()(discoverySettingsPatchSchema),
  /** Whether YouTube searches and downloads are held after a bot or sign-in check. */
  'discovery:youtubeLane': procedure<YoutubeLane>()(nothing),
  /** Lets YouTube searches and downloads run again after a bot check. */
  'discovery:resumeYoutube': procedure<YoutubeLane>()(nothing),
  /** Each tool's path, version and problems, and the managed yt-dlp. */
  'tools:status': procedure<ToolsStatus>()(nothing),
  /** Sets a tool's path (null: look for it), the yt-dlp channel, the start-up check, the release URL. */
  'tools:updateSettings': procedure<ToolsStatus>()(toolsSettingsPatchSchema),
  /** Downloads the official yt-dlp build into the data folder, verified by checksum; keeps the old one. */
  'tools:installYtdlp': procedure<ToolsStatus>()(nothing),
  /** Asks the release whether its yt-dlp differs from the managed copy. */
  'tools:checkYtdlpUpdate': procedure<ToolsStatus>()(nothing),
  /** The checklist: tools, and each library folder readable, writable, with its free space. */
  'diagnostics:run': procedure<DiagnosticsReport>()(nothing),
  /** The same as text for the clipboard, with tokens, keys and cookie details left out. */
  'diagnostics:report': procedure<{ text: string }>()(nothing),
  /** Marks the first-run checklist as seen; it stays reachable as Diagnostics. */
  'diagnostics:dismissFirstRun': procedure<{ dismissed: true }>()(nothing),
  /** The newest log entries, optionally of a level and worse, matching a search. */
  'logs:list': procedure<LogEntry[]>()(logQuerySchema),
  /** How many trailers and extras have each quality problem (checked against their profile). */
  'audit:counts': procedure<AuditCounts>()(nothing),
  /** A page of the files with a problem (or any problem), by title. */
  'audit:window': procedure<AuditWindow>()(auditWindowQuerySchema),
  /**
   * Upgrade / Replace: queues for each file a download of a better copy (same title, profile and
   * slot) that replaces it once verified; files without a known source are skipped with a reason.
   */
  'audit:upgrade': procedure<EnqueueManyResult>()(auditUpgradeSchema),
  /** Every connection to Radarr, Sonarr, Plex, Jellyfin and Emby; keys are never included. */
  'connections:list': procedure<Connection[]>()(nothing),
  /** Saves a new connection (it is not tested: Test is its own step). */
  'connections:add': procedure<Connection>()(connectionFieldsSchema),
  /** Edits a connection; an absent key keeps the stored one. */
  'connections:update': procedure<Connection>()(z.strictObject({ id, patch: connectionPatchSchema })),
  /** Removes a connection; titles it imported stay in the library. */
  'connections:remove': procedure<{ removed: true }>()(z.strictObject({ id })),
  /** Asks the app who it is (a saved connection, or a draft before saving) and says what is wrong. */
  'connections:test': procedure<ConnectionTestResult>()(connectionTestInputSchema),
  /** Starts a sync of one Radarr/Sonarr (or joins the running one); progress as `connections:syncProgress`. */
  'connections:sync': procedure<ArrSyncProgress>()(connectionIdInputSchema),
  /** Where each Radarr/Sonarr's sync stands, with its last summary. */
  'connections:syncStatus': procedure<ArrSyncProgress[]>()(nothing),
  /** Path mappings that would make the Arr's folders visible here, with the titles each explains. */
  'connections:suggestMappings': procedure<MappingSuggestions>()(connectionIdInputSchema),
  /** A page of the Arr's titles that have no folder here, with the reason and a suggested mapping. */
  'connections:notOnDisk': procedure<NotOnDiskWindow>()(notOnDiskQuerySchema),
  /** The webhook's path, user name and secret to paste into the Arr's Connect → Webhook settings. */
  'connections:webhook': procedure<ArrWebhookInfo>()(connectionIdInputSchema),
  /** Rotates the webhook secret and/or turns fetching trailers for announced titles on or off. */
  'connections:updateWebhook': procedure<ArrWebhookInfo>()(arrWebhookPatchSchema),
  /**
   * A Plex/Jellyfin/Emby server's libraries, each folder with its path here (through the saved
   * mappings, or `pathMappings` being edited), and suggested mappings from Trailerdeck's own folders.
   */
  'connections:serverLibraries': procedure<ServerLibraries>()(serverLibrariesInputSchema),
} as const;

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
export type ProcedureInput<K extends ProcedureName> = z.input<Procedures[K]['input']>;
export type ProcedureOutput<K extends ProcedureName> = Exclude<Procedures[K]['output'], undefined>;

export const procedureNames = Object.keys(procedures) as ProcedureName[];

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(procedures, name);
}
