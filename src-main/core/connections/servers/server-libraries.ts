// `connections:serverLibraries`: a media server's libraries with each folder's path on this machine
// (through the connection's mappings, or the ones being edited), and the mappings Trailerdeck
// suggests from comparing them with its own library folders. Like a Test, a server that cannot be
// reached is answered with the problem in plain words, not an error.
import type { ServerLibraries, ServerLibrariesInput } from '../../../../src-preload/contract/connections';
import type { LibraryRoot } from '../../../../src-preload/contract/models';
import type { AppDatabase } from '../../db/open-database';
import type { ConnectionStore } from '../connection-store';
import type { ConnectionTarget } from '../connection-types';
import { problemOf } from '../http-json';
import { toLocalPath } from '../path-mapping';
import { describeLibraries, suggestMappings, type LocalRoot } from './mapping-suggestions';
import { createMediaServerClient } from './media-server-client';
import { leafOf } from './server-paths';
import { AppError } from '../../errors';

export interface ServerLibrariesDeps {
  db: AppDatabase;
  store: Pick<ConnectionStore, 'target'>;
  listRoots(): LibraryRoot[];
  fetch?: typeof fetch;
  /** Per request (default 10 s, as a Test). */
  timeoutMs?: number;
}

/** Title folder names shown as evidence in a suggestion's reason. */
const samplesPerRoot = 2;
/** Title folders asked of the server per library, to match libraries by their contents. */
const samplesPerLibrary = 20;

export async function serverLibraries(
  deps: ServerLibrariesDeps,
  input: ServerLibrariesInput,
  signal?: AbortSignal,
): Promise<ServerLibraries> {
  let target: ConnectionTarget;
  let mappings = input.pathMappings ?? [];
  if ('id' in input) {
    const saved = deps.store.target(input.id);
    target = { ...saved, apiKey: input.apiKey ?? saved.apiKey };
    mappings = input.pathMappings ?? saved.pathMappings;
  } else {
    target = { kind: input.kind, url: input.url, urlBase: input.urlBase, apiKey: input.apiKey };
  }
  if (target.kind === 'radarr' || target.kind === 'sonarr') {
    throw new AppError('UNSUPPORTED', 'Only Plex, Jellyfin and Emby connections have libraries to list.');
  }
  const client = createMediaServerClient(target, { fetch: deps.fetch, timeoutMs: deps.timeoutMs ?? 10_000 });
  let found;
  try {
    found = await client.libraries(signal);
  } catch (error) {
    return { libraries: [], suggestions: [], problem: problemOf(error) };
  }
  const roots = localRoots(deps);
  // A few title folders per library, for libraries whose folder names match nothing here. Only
  // a hint: a server that cannot list them still gets its name-based suggestions.
  const samples = new Map<string, string[]>();
  for (const library of found) {
    const titles = await client.titleFolders(library, samplesPerLibrary, signal).catch(() => []);
    for (const path of library.paths) samples.set(path, titles);
  }
  const knownFolder = deps.db.$client.prepare('SELECT 1 FROM media WHERE folder_path = ?').pluck();
  const evidence = { samples, known: (folder: string) => knownFolder.get(folder) !== undefined };
  return {
    libraries: describeLibraries(found, roots, mappings, toLocalPath),
    suggestions: suggestMappings(found, roots, mappings, toLocalPath, evidence),
    problem: null,
  };
}

function localRoots(deps: ServerLibrariesDeps): LocalRoot[] {
  const samples = deps.db.$client.prepare(
    'SELECT folder_path FROM media WHERE root_id = ? AND missing_since IS NULL ORDER BY id LIMIT ?',
  );
  return deps.listRoots().map((root) => ({
    path: root.path,
    titleCount: root.titleCount,
    sampleTitles: (samples.pluck().all(root.id, samplesPerRoot) as string[]).map(leafOf),
  }));
}
