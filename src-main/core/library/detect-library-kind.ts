import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { LibraryKind } from '../../../src-preload/contract/models';
import { isEpisodeFileName, isVideoFile } from './detect-trailers';
import { isIgnoredEntry } from './fs-entries';
import { forEachLimit } from './map-limit';

/** How many title folders are looked into: enough to decide, bounded for a 50,000-title share. */
export const KIND_SAMPLE_SIZE = 24;

// Season folders as Plex, Jellyfin, Kodi and Sonarr name them, in a few languages.
const SEASON_FOLDER =
  /^(?:(?:season|series|staffel|saison|temporada|stagione|seizoen)[ ._-]*\d{1,4}|s\d{1,4}|specials)$/i;

export function isSeasonFolderName(name: string): boolean {
  return SEASON_FOLDER.test(name.trim());
}

type Signal = 'series' | 'movie' | null;

/** What one title folder's entries suggest. */
export function classifyTitleEntries(entries: readonly { name: string; isDirectory: boolean }[]): Signal {
  let movieLike = false;
  for (const entry of entries) {
    if (isIgnoredEntry(entry.name)) continue;
    const lower = entry.name.toLowerCase();
    if (entry.isDirectory) {
      if (isSeasonFolderName(entry.name)) return 'series';
    } else if (lower === 'tvshow.nfo') {
      return 'series';
    } else if (isVideoFile(entry.name)) {
      if (isEpisodeFileName(entry.name)) return 'series';
      movieLike = true;
    } else if (lower === 'movie.nfo') {
      movieLike = true;
    }
  }
  return movieLike ? 'movie' : null;
}

/** Title folders spread over the whole listing, so one odd corner does not decide alone. */
function sample<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  const step = items.length / size;
  return Array.from({ length: size }, (_, i) => items[Math.floor(i * step)] as T);
}

/**
 * Guesses whether a library folder holds series or movies from a sample of its title folders:
 * series when season folders (`Season 1`, `Specials`, `S01`), `tvshow.nfo` or episode files
 * (S01E02, 1x02) outnumber movie files. Unreadable folders are left out; movies when unsure.
 */
export async function detectLibraryKind(rootPath: string, rootEntries?: Dirent[]): Promise<LibraryKind> {
  const entries = rootEntries ?? (await readdir(rootPath, { withFileTypes: true }));
  const titleFolders = entries
    .filter((e) => (e.isDirectory() || e.isSymbolicLink()) && !isIgnoredEntry(e.name))
    .map((e) => e.name)
    .sort();
  // The root itself may be one show: its own season folders decide then.
  if (titleFolders.some(isSeasonFolderName)) return 'series';

  let series = 0;
  let movies = 0;
  await forEachLimit(sample(titleFolders, KIND_SAMPLE_SIZE), 8, async (name) => {
    try {
      const children = await readdir(join(rootPath, name), { withFileTypes: true });
      const signal = classifyTitleEntries(
        children.map((c) => ({ name: c.name, isDirectory: c.isDirectory() || c.isSymbolicLink() })),
      );
      if (signal === 'series') series++;
      else if (signal === 'movie') movies++;
    } catch {
      // An unreadable or vanished folder says nothing about the library's kind.
    }
  });
  return series > movies ? 'series' : 'movies';
}
