import type {
  ArrSyncOptions,
  Connection,
  ConnectionKind,
  ContractError,
  ProcedureInput,
} from '../../../src-preload/contract';
import { isArr } from './connection-kinds';

// The add/edit form's draft: what the person types, as text, and how it becomes the contract's
// inputs. Main validates (its messages come back with the field they belong to); the draft only
// turns text into the shapes main expects.

export interface MappingRow {
  /** Stable across edits so a removed row's focus and text do not move to its neighbour. */
  key: number;
  remote: string;
  local: string;
}

export interface ConnectionDraft {
  kind: ConnectionKind;
  name: string;
  url: string;
  urlBase: string;
  /** Empty when editing: the stored key stays. */
  apiKey: string;
  enabled: boolean;
  mappings: MappingRow[];
  onlyMonitored: boolean;
  onlyWithFile: boolean;
  syncIntervalHours: string;
}

/** Where a refusal is shown: a field of the form, a mapping row's side, or the form as a whole. */
export type DraftErrors = Record<string, string>;

let nextRowKey = 1;
export const mappingRow = (remote = '', local = ''): MappingRow => ({ key: nextRowKey++, remote, local });

export const defaultSync: ArrSyncOptions = {
  onlyMonitored: false,
  onlyWithFile: false,
  syncIntervalHours: 6,
};

export function newDraft(kind: ConnectionKind): ConnectionDraft {
  return {
    kind,
    name: '',
    url: '',
    urlBase: '',
    apiKey: '',
    enabled: true,
    mappings: [],
    onlyMonitored: defaultSync.onlyMonitored,
    onlyWithFile: defaultSync.onlyWithFile,
    syncIntervalHours: String(defaultSync.syncIntervalHours),
  };
}

export function toDraft(connection: Connection): ConnectionDraft {
  const sync = connection.sync ?? defaultSync;
  return {
    kind: connection.kind,
    name: connection.name,
    url: connection.url,
    urlBase: connection.urlBase,
    apiKey: '',
    enabled: connection.enabled,
    mappings: connection.pathMappings.map((m) => mappingRow(m.remote, m.local)),
    onlyMonitored: sync.onlyMonitored,
    onlyWithFile: sync.onlyWithFile,
    syncIntervalHours: String(sync.syncIntervalHours),
  };
}

/** Rows left wholly empty are not rules: the person added a row and did not fill it in. */
const filledMappings = (draft: ConnectionDraft) =>
  draft.mappings
    .filter((m) => m.remote.trim() !== '' || m.local.trim() !== '')
    .map((m) => ({ remote: m.remote, local: m.local }));

/** The interval as a number, or the problem with it (main would only say "not a number"). */
function syncOptions(draft: ConnectionDraft): ArrSyncOptions | { error: string } {
  const text = draft.syncIntervalHours.trim();
  const hours = Number(text);
  if (text === '' || !Number.isInteger(hours) || hours < 0 || hours > 168) {
    return { error: 'Enter a whole number of hours from 0 (no schedule) to 168 (a week).' };
  }
  return { onlyMonitored: draft.onlyMonitored, onlyWithFile: draft.onlyWithFile, syncIntervalHours: hours };
}

type AddInput = ProcedureInput<'connections:add'>;
type Patch = ProcedureInput<'connections:update'>['patch'];

/** The new connection's fields, or the errors found before asking main. */
export function toAddInput(
  draft: ConnectionDraft,
): { ok: true; input: AddInput } | { ok: false; errors: DraftErrors } {
  const sync = isArr(draft.kind) ? syncOptions(draft) : null;
  if (sync && 'error' in sync) return { ok: false, errors: { 'sync.syncIntervalHours': sync.error } };
  return {
    ok: true,
    input: {
      kind: draft.kind,
      name: draft.name,
      url: draft.url,
      urlBase: draft.urlBase,
      apiKey: draft.apiKey,
      enabled: draft.enabled,
      pathMappings: filledMappings(draft),
      sync,
    },
  };
}

/** The edit: every field as drafted, the key only when a new one was typed. */
export function toPatch(
  draft: ConnectionDraft,
): { ok: true; patch: Patch } | { ok: false; errors: DraftErrors } {
  const added = toAddInput(draft);
  if (!added.ok) return added;
  const { kind: _kind, apiKey, ...rest } = added.input;
  return { ok: true, patch: draft.apiKey.trim() === '' ? rest : { ...rest, apiKey } };
}

/**
 * What Test checks: the draft as typed. Editing with the key field empty tests the saved
 * connection's stored key (at the drafted address), so nobody has to paste the key again to test.
 */
export function toTestInput(
  draft: ConnectionDraft,
  saved: Connection | null,
): ProcedureInput<'connections:test'> {
  if (saved === null) {
    return { kind: draft.kind, url: draft.url, urlBase: draft.urlBase, apiKey: draft.apiKey };
  }
  // Unchanged parts are left out: a Test of the saved connection as it is keeps its answer on it.
  const same = (a: string, b: string) => a.trim().replace(/\/+$/, '') === b.trim().replace(/\/+$/, '');
  return {
    id: saved.id,
    ...(draft.apiKey.trim() === '' ? {} : { apiKey: draft.apiKey }),
    ...(same(draft.url, saved.url) ? {} : { url: draft.url }),
    ...(same(draft.urlBase.replace(/^\/+/, ''), saved.urlBase.replace(/^\/+/, ''))
      ? {}
      : { urlBase: draft.urlBase }),
  };
}

/**
 * The form field a refusal belongs to ("url", "pathMappings.2.local"), from the path main sent
 * (an edit's fields arrive under "patch."); null when it belongs to the form as a whole.
 */
export function errorField(error: ContractError): string | null {
  if (error.code !== 'INVALID_INPUT' || !error.field) return null;
  const field = error.field.replace(/^patch\./, '');
  const known = /^(name|url|urlBase|apiKey|pathMappings(\.\d+(\.(remote|local))?)?|sync(\.\w+)?)$/;
  return known.test(field) ? field : null;
}

export type LibrariesInput = ProcedureInput<'connections:serverLibraries'>;

/** A media server's libraries are read with what its Test used (a draft, or the saved server). */
export function toLibrariesInput(test: ProcedureInput<'connections:test'>): LibrariesInput | null {
  if ('id' in test) return test.apiKey === undefined ? { id: test.id } : { id: test.id, apiKey: test.apiKey };
  if (test.kind !== 'plex' && test.kind !== 'jellyfin' && test.kind !== 'emby') return null;
  return { kind: test.kind, url: test.url, urlBase: test.urlBase, apiKey: test.apiKey };
}
