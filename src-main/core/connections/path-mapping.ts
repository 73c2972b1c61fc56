// Path mappings: another app (Radarr in Docker, Plex on a NAS) sees the library under other paths
// than this machine. Each rule says "their path → this machine's path". The longest matching rule
// wins, and a rule matches whole folder names only: "/movies" never maps "/movies-4k".
import { posix } from 'node:path';
import type { PathMapping } from '../../../src-preload/contract/connections';

/** A Windows path as another app reports it: "D:\Media" or "\\nas\share". */
const windowsPath = /^(?:[A-Za-z]:[\\/]|\\\\)/;

interface Split {
  /** "d:" / "\\\\nas" / "" for a POSIX root: compared without regard to case on Windows. */
  root: string;
  parts: string[];
  windows: boolean;
}

function split(path: string): Split {
  const windows = windowsPath.test(path);
  const segments = path.split(windows ? /[\\/]+/ : /\/+/);
  if (windows) {
    const unc = path.startsWith('\\\\');
    const rest = segments.filter((s) => s !== '');
    // "\\nas\share\x" → root "\\nas\share"; "D:\x" → root "D:".
    const rootParts = unc ? rest.slice(0, 2) : rest.slice(0, 1);
    return {
      root: (unc ? `\\\\${rootParts.join('\\')}` : (rootParts[0] ?? '')).toLowerCase(),
      parts: rest.slice(rootParts.length),
      windows,
    };
  }
  return { root: '', parts: segments.filter((s) => s !== '' && s !== '.'), windows };
}

function samePart(a: string, b: string, windows: boolean): boolean {
  return windows ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** The segments of `path` below `prefix`, or null when `prefix` is not a whole-segment prefix. */
function below(path: Split, prefix: Split): string[] | null {
  if (path.windows !== prefix.windows || path.root !== prefix.root) return null;
  if (prefix.parts.length > path.parts.length) return null;
  for (let i = 0; i < prefix.parts.length; i += 1) {
    if (!samePart(path.parts[i] ?? '', prefix.parts[i] ?? '', path.windows)) return null;
  }
  return path.parts.slice(prefix.parts.length);
}

function join(base: string, rest: string[]): string {
  if (rest.length === 0) return base.replace(/[\\/]+$/, '') || base;
  if (windowsPath.test(base)) return [base.replace(/[\\/]+$/, ''), ...rest].join('\\');
  return posix.join(base, ...rest);
}

function mapWith(
  path: string,
  rules: { from: string; to: string }[],
): { mapped: string; rule: { from: string; to: string } } | null {
  const target = split(path);
  let best: { mapped: string; rule: { from: string; to: string }; depth: number } | null = null;
  for (const rule of rules) {
    const prefix = split(rule.from);
    const rest = below(target, prefix);
    if (rest === null) continue;
    if (best === null || prefix.parts.length > best.depth) {
      best = { mapped: join(rule.to, rest), rule, depth: prefix.parts.length };
    }
  }
  return best && { mapped: best.mapped, rule: best.rule };
}

/**
 * Where this machine finds a path the other app reported: mapped by the longest matching rule;
 * with no rule, the path itself when it is an absolute POSIX path (both see the same folders),
 * else null (a Windows path cannot be read here without a rule).
 */
export function toLocalPath(remote: string, mappings: readonly PathMapping[]): string | null {
  const hit = mapWith(
    remote,
    mappings.map((m) => ({ from: m.remote, to: m.local })),
  );
  if (hit) return hit.mapped;
  return remote.startsWith('/') ? posix.normalize(remote).replace(/(.)\/$/, '$1') : null;
}

/**
 * How the other app names a folder of this machine (to ask a media server to look at it): the
 * reverse of the longest matching rule; with no rule, the path itself.
 */
export function toRemotePath(local: string, mappings: readonly PathMapping[]): string {
  const hit = mapWith(
    local,
    mappings.map((m) => ({ from: m.local, to: m.remote })),
  );
  return hit ? hit.mapped : local;
}

/** Whether `path` is `folder` or lies inside it, by whole folder names (Windows paths in any case). */
export function isWithin(path: string, folder: string): boolean {
  return below(split(path), split(folder)) !== null;
}
