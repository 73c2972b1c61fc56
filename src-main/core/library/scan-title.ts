// Blocking filesystem calls: this runs in the scan's worker thread (see scan-worker.ts).
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import type { LibraryKind } from '../../../src-preload/contract/models';
import type { VideoType } from '../../../src-preload/contract/video-kinds';
import { isVideoFile } from './detect-trailers';
import { videoByName, videoInExtrasFolder, type DetectedVideo } from './detect-videos';
import { childPath, type IssueList } from './fs-entries';
import { parseFolderName, sortTitleOf } from './parse-folder-name';
import { readNfoFile } from './parse-nfo';
import { listSubfolder, noEntries, POSTER_NAMES, usableEntries, type Entries } from './title-entries';
import { buildSignature, type SignaturePart } from './title-signature';

/** A trailer or extra as found on disk, before probing. */
export interface FoundTrailer {
  path: string;
  fileName: string;
  size: number;
  mtimeMs: number;
  videoType: VideoType;
  /** The season whose folder holds it; null for the whole title. */
  season: number | null;
  /** From a language tag in its name ("[Deutsch]"); null when none. */
  language: string | null;
}

/** A season folder of a series. */
export interface FoundSeason {
  season: number;
  folderName: string;
}

/** Everything one title folder says, ready to be written. */
export interface TitleScan {
  folderPath: string;
  title: string;
  sortTitle: string;
  year: number | null;
  imdbId: string | null;
  tmdbId: string | null;
  tvdbId: string | null;
  nfoTrailerId: string | null;
  posterPath: string | null;
  /** Null when something in the folder could not be read: the next scan looks again. */
  signature: string | null;
  trailers: FoundTrailer[];
  /** A series' season folders on disk (one per season number); empty for a movie. */
  seasons: FoundSeason[];
}

const part = (rel: string, s: Stats): SignaturePart => [rel, s.mtimeMs, s.ctimeMs, s.size];

/**
 * Reads one title folder: its NFO, poster and trailers (by name in the folder, or any video in its
 * `Trailers` folder). Returns null when the folder itself cannot be read; the row stays untouched.
 * Blocking: worker thread only.
 */
export function scanTitleFolder(
  folderPath: string,
  folderName: string,
  kind: LibraryKind,
  issues: IssueList,
): TitleScan | null {
  let dirents: Dirent[];
  let folderStat: Stats;
  try {
    // Stat before listing: a change made in between shows up as a newer mtime next time.
    folderStat = statSync(folderPath);
    dirents = readdirSync(folderPath, { withFileTypes: true });
  } catch (error) {
    issues.addError(folderPath, error, 'Skipped a title folder that cannot be read');
    return null;
  }
  const parts: SignaturePart[] = [part('', folderStat)];
  const listed = usableEntries(folderPath, dirents, issues, kind === 'series');
  let complete = listed !== null;
  const { files, byLower, extrasDirs, seasonDirs } = listed ?? noEntries();

  const info = parseFolderName(folderName);
  const scan: TitleScan = {
    folderPath,
    title: info.title,
    sortTitle: '',
    year: info.year,
    imdbId: info.imdbId,
    tmdbId: info.tmdbId,
    tvdbId: info.tvdbId,
    nfoTrailerId: null,
    posterPath: null,
    signature: null,
    trailers: [],
    seasons: [],
  };

  const nfoName = pickNfo(kind, folderName, files, byLower);
  if (nfoName) {
    try {
      const nfo = readNfoFile(childPath(folderPath, nfoName));
      parts.push([nfoName, nfo.mtimeMs, nfo.ctimeMs, nfo.size]);
      scan.title = nfo.info.title ?? scan.title;
      scan.year = nfo.info.year ?? scan.year;
      scan.imdbId = nfo.info.imdbId ?? scan.imdbId;
      scan.tmdbId = nfo.info.tmdbId ?? scan.tmdbId;
      scan.tvdbId = nfo.info.tvdbId ?? scan.tvdbId;
      scan.nfoTrailerId = nfo.info.trailerYoutubeId;
    } catch (error) {
      issues.addError(childPath(folderPath, nfoName), error, 'Could not read the NFO file');
      complete = false;
    }
  }
  scan.sortTitle = sortTitleOf(scan.title);

  // The poster's name comes from the listing; its content is not in the row, so it is not watched.
  if (byLower.size > 0) {
    const posterName = POSTER_NAMES.map((n) => byLower.get(n)).find((n) => n !== undefined);
    if (posterName) scan.posterPath = childPath(folderPath, posterName);
  }

  const videos: FoundVideo[] = [];
  const besideMain = (dir: string, names: string[], season: number | null) => {
    for (const name of names) {
      const video = videoByName(name, folderName);
      if (video) videos.push({ path: childPath(dir, name), name, video, season });
    }
  };
  /** The extras folders of the title or a season; false when one could not be read. */
  const readExtras = (dir: string, rel: string, dirs: Entries['extrasDirs'], season: number | null) => {
    let read = true;
    for (const extras of dirs) {
      const inner = listSubfolder(dir, folderPath, extras, issues);
      if (!inner) {
        read = false;
        continue;
      }
      parts.push(part(rel + extras.name, inner.stat));
      for (const name of inner.entries.files) {
        const video = videoInExtrasFolder(name, extras.type);
        if (video) videos.push({ path: childPath(inner.path, name), name, video, season });
      }
    }
    return read;
  };

  besideMain(folderPath, files, null);
  if (!readExtras(folderPath, '', extrasDirs, null)) complete = false;
  // Season folders in name order, so "Season 01" beats "S01" for the season's folder every time.
  for (const seasonDir of [...seasonDirs].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const inner = listSubfolder(folderPath, folderPath, seasonDir, issues);
    if (!inner) {
      complete = false;
      continue;
    }
    parts.push(part(seasonDir.name, inner.stat));
    if (!scan.seasons.some((s) => s.season === seasonDir.season)) {
      scan.seasons.push({ season: seasonDir.season, folderName: seasonDir.name });
    }
    besideMain(inner.path, inner.entries.files, seasonDir.season);
    if (!readExtras(inner.path, `${seasonDir.name}/`, inner.entries.extrasDirs, seasonDir.season))
      complete = false;
  }
  for (const { path, name, video, season } of videos) {
    try {
      const s = statSync(path);
      scan.trailers.push({
        path,
        fileName: name,
        size: s.size,
        mtimeMs: s.mtimeMs,
        videoType: video.type,
        season,
        language: video.language,
      });
    } catch (error) {
      issues.addError(path, error, 'Could not read a trailer file');
      complete = false;
    }
  }

  scan.signature = complete && !tooRecent(parts) ? buildSignature(kind, parts) : null;
  return scan;
}

/**
 * FAT, HFS+ and some shares keep whole seconds: a change in the same second as the scan would not
 * move the mtime it recorded. Such a folder gets no signature, so the next scan reads it again.
 */
function tooRecent(parts: SignaturePart[]): boolean {
  const now = Date.now();
  return parts.some(([, mtimeMs]) => mtimeMs % 1000 === 0 && now - mtimeMs < 3000);
}

function pickNfo(
  kind: LibraryKind,
  folderName: string,
  files: string[],
  byLower: Map<string, string>,
): string | null {
  if (byLower.size === 0) return null;
  if (kind === 'series') return byLower.get('tvshow.nfo') ?? null;
  const direct = byLower.get('movie.nfo') ?? byLower.get(`${folderName.toLowerCase()}.nfo`);
  if (direct) return direct;
  // Kodi also reads `<movie file name>.nfo` next to the movie file.
  for (const name of files) {
    if (!isVideoFile(name) || videoByName(name, folderName) !== null) continue;
    const nfo = byLower.get(`${name.slice(0, name.lastIndexOf('.')).toLowerCase()}.nfo`);
    if (nfo) return nfo;
  }
  return null;
}

interface FoundVideo {
  path: string;
  name: string;
  video: DetectedVideo;
  season: number | null;
}
