// Path mappings proposed from what both sides see: the Arr's root folders and title folders, and
// the folders Trailerdeck can read (its library folders, the title folders scanned in them, and
// one level of a real listing of each library folder). A title folder "Heat (1995)" under the
// Arr's root "/movies" that is "/mnt/media/movies/Heat (1995)" here proposes "/movies →
// /mnt/media/movies"; each proposal counts the titles it explains, best first.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type {
  MappingSuggestion,
  MappingSuggestions,
  PathMapping,
} from '../../../../src-preload/contract/connections';
import type { AppDatabase } from '../../db/open-database';
import { toLocalPath } from '../path-mapping';

/** What this machine shows: its library folders and the title folders it knows. */
export interface LocalFolders {
  roots: string[];
  /** Every title folder scanned, plus each library folder's subfolders. */
  folders: Iterable<string>;
}

const exampleCount = 3;

/** Separators of both worlds: an Arr on Windows says "D:\Media\Movies\Heat (1995)". */
function segments(path: string): string[] {
  return path.split(/[\\/]+/).filter((part) => part !== '');
}

function trimEnd(path: string): string {
  return path.length > 1 ? path.replace(/[\\/]+$/, '') : path;
}

function isUnder(path: string, root: string): boolean {
  const a = segments(path);
  const b = segments(root);
  return b.length < a.length && b.every((part, i) => part === a[i]) && path.startsWith(root.slice(0, 1));
}

export function suggestMappings(input: {
  rootFolders: string[];
  titlePaths: { title: string; path: string }[];
  mappings: PathMapping[];
  local: LocalFolders;
}): MappingSuggestions {
  const byName = new Map<string, string[]>();
  const known = new Set<string>();
  for (const folder of input.local.folders) {
    const key = trimEnd(folder);
    if (known.has(key)) continue;
    known.add(key);
    const name = segments(key).at(-1);
    if (name) byName.set(name, [...(byName.get(name) ?? []), key]);
  }
  const roots = input.rootFolders.map(trimEnd).sort((a, b) => segments(b).length - segments(a).length);
  const rules = new Map<string, MappingSuggestion>();
  let unexplained = 0;
  for (const { title, path } of input.titlePaths) {
    const mapped = toLocalPath(path, input.mappings);
    if (mapped !== null && known.has(trimEnd(mapped))) continue;
    const remoteRoot = roots.find((root) => isUnder(path, root)) ?? parentOf(path);
    const relative = segments(path).slice(segments(remoteRoot).length);
    const name = relative.at(-1);
    let explained = false;
    for (const candidate of (name && byName.get(name)) || []) {
      const parts = segments(candidate);
      const tail = parts.slice(parts.length - relative.length);
      if (parts.length <= relative.length || tail.join('/') !== relative.join('/')) continue;
      const localRoot = `/${parts.slice(0, parts.length - relative.length).join('/')}`;
      if (localRoot === remoteRoot) continue;
      const key = `${remoteRoot}\0${localRoot}`;
      const rule = rules.get(key) ?? { remote: remoteRoot, local: localRoot, titles: 0, examples: [] };
      rule.titles++;
      if (rule.examples.length < exampleCount) rule.examples.push(title);
      rules.set(key, rule);
      explained = true;
    }
    if (!explained) unexplained++;
  }
  // A root folder no title explains may still be a library folder of the same name ("/movies" and
  // "/mnt/nas/Movies"): offered last, with no titles behind it.
  const suggested = new Set([...rules.values()].map((rule) => rule.remote));
  for (const root of roots) {
    if (suggested.has(root)) continue;
    const name = segments(root).at(-1)?.toLowerCase();
    const local = input.local.roots.find((candidate) => segments(candidate).at(-1)?.toLowerCase() === name);
    if (local && trimEnd(local) !== root && toLocalPath(root, input.mappings) !== trimEnd(local)) {
      rules.set(`${root}\0${local}`, { remote: root, local: trimEnd(local), titles: 0, examples: [] });
    }
  }
  const suggestions = [...rules.values()].sort(
    (a, b) => b.titles - a.titles || a.remote.localeCompare(b.remote),
  );
  return { suggestions, unexplained };
}

function parentOf(path: string): string {
  const trimmed = trimEnd(path);
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return cut > 0 ? trimmed.slice(0, cut) : trimmed.slice(0, cut + 1) || '/';
}

/** The suggestion whose "their path" holds this remote folder, if any. */
export function suggestionFor(path: string, suggestions: PathMapping[]): PathMapping | null {
  const rule = suggestions.find((candidate) => isUnder(path, candidate.remote));
  return rule ? { remote: rule.remote, local: rule.local } : null;
}

/** This machine's side, read from the database (streamed) and one listing of each library folder. */
export function localFolders(db: AppDatabase): LocalFolders {
  const sqlite = db.$client;
  const roots = sqlite.prepare('SELECT path FROM library_root').pluck().all() as string[];
  function* folders(): Generator<string> {
    yield* sqlite.prepare('SELECT folder_path FROM media').pluck().iterate() as IterableIterator<string>;
    for (const root of roots) {
      try {
        for (const entry of readdirSync(root, { withFileTypes: true })) {
          if (entry.isDirectory()) yield join(root, entry.name);
        }
      } catch {
        // An unreachable library folder proposes nothing; the scan reports it.
      }
    }
  }
  return { roots, folders: folders() };
}
