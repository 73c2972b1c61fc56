// Suggests "their path → this machine's path" rules for a media server by comparing its library
// folders with Trailerdeck's library folders: a server folder and a local one that end in the same
// folder names ("/data/movies" and "/mnt/nas/movies") are the same share seen from two places.
// Local evidence (the titles Trailerdeck found there) goes into the reason, so a person can judge.
// When several libraries agree on one prefix swap (/data → /mnt/nas), that one rule is suggested.
// A server folder whose name matches none here ("/films" and "/srv/Movies") is compared by the title
// folders the server lists in it: when most are title folders Trailerdeck knows under one of its
// folders, that folder is suggested.
import type {
  PathMapping,
  ServerLibrary,
  SuggestedServerMapping,
} from '../../../../src-preload/contract/connections';
import type { MediaServerLibrary } from '../connection-types';
import { folderHolds, leafOf, segmentsOf } from './server-paths';

/** One of Trailerdeck's library folders, with a few of its titles' folder names for the reasons. */
export interface LocalRoot {
  path: string;
  titleCount: number;
  sampleTitles: string[];
}

/** Title folders the server listed, to match libraries whose folder names differ. */
export interface TitleEvidence {
  /** Server library folder → title folders the server listed in it (as it sees them). */
  samples: Map<string, string[]>;
  /** Whether Trailerdeck knows a title in this folder of this machine. */
  known(localFolder: string): boolean;
}

/** Title folders that must match before a library is suggested from them alone. */
const minTitleMatches = 2;

/** Maps a server path to this machine's through the mappings (the lead's toLocalPath). */
export type ToLocal = (remote: string, mappings: PathMapping[]) => string | null;

export function describeLibraries(
  libraries: MediaServerLibrary[],
  roots: LocalRoot[],
  mappings: PathMapping[],
  toLocal: ToLocal,
): ServerLibrary[] {
  return libraries.map((library) => ({
    id: library.id,
    name: library.name,
    type: library.type,
    folders: library.paths.map((remote) => {
      const local = toLocal(remote, mappings);
      return {
        remote,
        local,
        inLibrary: local !== null && roots.some((root) => folderHolds(root.path, local)),
      };
    }),
  }));
}

interface Match {
  remote: string;
  root: LocalRoot;
  /** How many trailing folder names the two paths share. */
  shared: number;
  /** Title folders found under both (when the names did not match). */
  titles?: string[];
}

export function suggestMappings(
  libraries: MediaServerLibrary[],
  roots: LocalRoot[],
  mappings: PathMapping[],
  toLocal: ToLocal,
  evidence?: TitleEvidence,
): SuggestedServerMapping[] {
  const matches: Match[] = [];
  for (const remote of new Set(libraries.flatMap((library) => library.paths))) {
    const local = toLocal(remote, mappings);
    // Already reaches a library folder here: nothing to suggest.
    if (local !== null && roots.some((root) => folderHolds(root.path, local))) continue;
    const best = bestRootFor(remote, roots) ?? (evidence ? rootByTitles(remote, roots, evidence) : null);
    if (best) matches.push(best);
  }
  const suggestions: SuggestedServerMapping[] = [];
  const grouped = new Map<string, Match[]>();
  for (const match of matches) {
    const swap = prefixSwap(match);
    const key = swap ? `${swap.remote}\0${swap.local}` : `\0${match.remote}`;
    grouped.set(key, [...(grouped.get(key) ?? []), match]);
  }
  for (const group of grouped.values()) {
    const first = group[0];
    if (!first) continue;
    const swap = prefixSwap(first);
    if (group.length > 1 && swap) {
      suggestions.push({ ...swap, reason: reasonFor(group) });
    } else {
      for (const match of group) {
        suggestions.push({ remote: match.remote, local: match.root.path, reason: reasonFor([match]) });
      }
    }
  }
  return suggestions.sort((a, b) => titlesIn(b, roots) - titlesIn(a, roots));
}

function bestRootFor(remote: string, roots: LocalRoot[]): Match | null {
  let best: Match | null = null;
  let tied = false;
  for (const root of roots) {
    const shared = sharedTail(remote, root.path);
    if (shared === 0) continue;
    if (!best || shared > best.shared) {
      best = { remote, root, shared };
      tied = false;
    } else if (shared === best.shared) {
      tied = true;
    }
  }
  // Two local folders named like this one: no guess a person would trust.
  return tied ? null : best;
}

/** Trailing folder names in common, compared without case ("Movies" on the host, "movies" in Docker). */
function sharedTail(remote: string, local: string): number {
  const a = segmentsOf(remote).map((s) => s.toLowerCase());
  const b = segmentsOf(local).map((s) => s.toLowerCase());
  let shared = 0;
  while (shared < a.length && shared < b.length && a[a.length - 1 - shared] === b[b.length - 1 - shared]) {
    shared += 1;
  }
  return shared;
}

/** The local folder most of the server's title folders of `remote` are found under, if any. */
function rootByTitles(remote: string, roots: LocalRoot[], evidence: TitleEvidence): Match | null {
  const base = splitKeepingRoot(remote).parts.length;
  const titles = (evidence.samples.get(remote) ?? []).filter((title) => folderHolds(remote, title));
  let best: Match | null = null;
  for (const root of roots) {
    const found = titles.filter((title) => {
      const rest = splitKeepingRoot(title).parts.slice(base);
      return rest.length > 0 && evidence.known([root.path.replace(/\/+$/, ''), ...rest].join('/'));
    });
    const enough = found.length >= minTitleMatches && found.length * 2 >= titles.length;
    if (enough && (!best || found.length > (best.titles?.length ?? 0))) {
      best = { remote, root, shared: 0, titles: found.map(leafOf) };
    }
  }
  return best;
}

/** "/data/movies" ↔ "/mnt/nas/movies" is the swap "/data" → "/mnt/nas", when both sides keep a prefix. */
function prefixSwap(match: Match): PathMapping | null {
  if (match.shared === 0) return null;
  const remoteParts = splitKeepingRoot(match.remote);
  const localParts = splitKeepingRoot(match.root.path);
  if (remoteParts.parts.length <= match.shared || localParts.parts.length <= match.shared) return null;
  const join = (root: string, parts: string[], separator: string) => root + parts.join(separator);
  return {
    remote: join(remoteParts.root, remoteParts.parts.slice(0, -match.shared), remoteParts.separator),
    local: join(localParts.root, localParts.parts.slice(0, -match.shared), '/'),
  };
}

function splitKeepingRoot(path: string): { root: string; parts: string[]; separator: string } {
  const drive = /^([A-Za-z]:)[\\/]/.exec(path);
  if (drive) {
    const parts = path
      .slice(3)
      .split(/[\\/]+/)
      .filter(Boolean);
    return { root: `${drive[1]}\\`, parts, separator: '\\' };
  }
  return { root: '/', parts: path.split('/').filter(Boolean), separator: '/' };
}

function reasonFor(group: Match[]): string {
  const described = group.map((match) => {
    if (match.titles) {
      const more = match.titles.length > 2 ? ` and ${match.titles.length - 2} more` : '';
      return `${match.remote} and ${match.root.path} hold the same title folders (${match.titles.slice(0, 2).join(', ')}${more})`;
    }
    const titles = match.root.titleCount;
    const samples = match.root.sampleTitles.slice(0, 2).join(', ');
    const held =
      titles > 0 ? `, where Trailerdeck found ${titles} title(s)${samples ? ` such as ${samples}` : ''}` : '';
    return `${match.remote} ends like ${match.root.path} ("${leafOf(match.root.path)}")${held}`;
  });
  return `${described.join('; ')}.`;
}

function titlesIn(mapping: PathMapping, roots: LocalRoot[]): number {
  return roots
    .filter((root) => folderHolds(mapping.local, root.path))
    .reduce((sum, root) => sum + root.titleCount, 0);
}
