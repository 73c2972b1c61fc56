// The sources of candidates for one title, as title-search.ts asks them: the link the person set,
// the NFO's <trailer> and Radarr's trailer (for the title's own trailer only), TMDB's videos of the
// title and of a season, a YouTube search. A source that cannot be reached at all (no internet)
// makes the answer unknown, not empty: see offlineError.
import type { CandidateSource, TrailerCandidate } from '../../../src-preload/contract/discovery';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import type { RunProcess } from '../process/run-process';
import type { DownloadTools } from '../downloads/job-runner';
import { parseTrailerSource, youtubeWatchUrl, type TrailerSource } from '../downloads/trailer-source';
import { AppError } from '../errors';
import type { DiscoverySettingsStore } from './discovery-settings';
import type { DiscoveryStore, TitleToSearch } from './discovery-store';
import { rankCandidates } from './rank/rank-candidates';
import type { FlatCandidate, RankContext, RankedCandidate } from './rank/types';
import { searchYoutube, SearchFailed } from './sources/youtube-search';
import { TmdbError, tmdbSeasonVideos, tmdbTrailers } from './sources/tmdb-client';
import type { YoutubePacer } from './youtube-pacer';

export interface GatherDeps {
  store: DiscoveryStore;
  settings: DiscoverySettingsStore;
  pacer: YoutubePacer;
  tools: () => DownloadTools;
  runProcess?: RunProcess;
  fetch?: typeof fetch;
}

export interface Gathered {
  candidates: TrailerCandidate[];
  query: string | null;
  warnings: string[];
}

export interface GatherOptions {
  /** Stop at the first source whose best candidate reaches the profile's minimum score. */
  unattended: boolean;
  signal?: AbortSignal;
}

/** Ids and links of the person's own choices score full marks: they are not guesses. */
const chosenScore = 100;
/**
 * Radarr's trailer is TMDB's pick for the movie as Radarr last refreshed it: no guess from a
 * search, but not the person's own choice either, and TMDB may have a better one since.
 */
const radarrScore = 85;

/**
 * The person's own choices for the title's trailer (the link they set, the NFO's), and Radarr's:
 * they fill the title's trailer slot only, not a featurette's or a season's.
 */
export function chosenFor(title: TitleToSearch): { chosen: TrailerCandidate[]; radarr: TrailerCandidate[] } {
  return {
    chosen: [
      ...chosenCandidate(title.trailerSource, 'manual', 'You set this link for the title'),
      ...chosenCandidate(title.nfoTrailerId, 'nfo', "From the title's NFO file"),
    ],
    radarr: radarrCandidate(title.arrTrailerId),
  };
}

/** The internet (or every source asked) is out of reach: say so, not "nothing found". */
export function offlineError(sources: string[]): AppError {
  return new AppError(
    'OFFLINE',
    `${sources.join(' and ')} cannot be reached: there is no internet connection, or the address ` +
      'cannot be found. Check the internet connection (and any proxy or VPN), then try again.',
  );
}

export interface Problems {
  warnings: string[];
  offline: string[];
}

/** The value as a source, or null: an NFO or a site may hold anything, and that is no candidate. */
function sourceOrNull(value: string): TrailerSource | null {
  try {
    return parseTrailerSource(value);
  } catch {
    return null;
  }
}

function chosenCandidate(value: string | null, source: CandidateSource, why: string): TrailerCandidate[] {
  const parsed = value ? sourceOrNull(value) : null;
  if (!parsed) return [];
  return [
    {
      key: parsed.videoId ?? parsed.url,
      url: parsed.url,
      videoId: parsed.videoId,
      title: parsed.videoId ? `YouTube video ${parsed.videoId}` : parsed.url,
      channel: null,
      durationSeconds: null,
      viewCount: null,
      thumbnailUrl: null,
      source,
      score: chosenScore,
      reasons: [{ label: why, points: chosenScore }],
      neverUnattended: false,
    },
  ];
}

function radarrCandidate(videoId: string | null): TrailerCandidate[] {
  return chosenCandidate(videoId, 'radarr', 'From Radarr').map((candidate) => ({
    ...candidate,
    score: radarrScore,
    reasons: [{ label: 'From Radarr', points: radarrScore }],
  }));
}

/**
 * Radarr's candidate among the ranked ones, by score. When TMDB or the search found the same video,
 * it is one entry with the video's title and channel, and the better of the two scores with its
 * reasons (each list adds up to its score).
 */
export function withRadarr(fromRadarr: TrailerCandidate[], ranked: TrailerCandidate[]): TrailerCandidate[] {
  const radarr = fromRadarr[0];
  if (!radarr) return ranked;
  const same = ranked.find((candidate) => candidate.key === radarr.key);
  const merged: TrailerCandidate = !same
    ? radarr
    : same.score >= radarr.score
      ? { ...same, source: 'radarr', reasons: [...same.reasons, { label: 'From Radarr', points: 0 }] }
      : { ...same, source: 'radarr', score: radarr.score, reasons: radarr.reasons };
  const rest = ranked.filter((candidate) => candidate !== same);
  const at = rest.findIndex((candidate) => candidate.score < merged.score);
  return at === -1 ? [...rest, merged] : [...rest.slice(0, at), merged, ...rest.slice(at)];
}

export interface FromTmdb {
  candidates: FlatCandidate[];
  originalTitle: string | null;
  tmdbId: string | null;
  /** The title's name in the profile's languages (TMDB's translations). */
  localTitles: Map<string, string>;
}

const nothingFromTmdb = (): FromTmdb => ({
  candidates: [],
  originalTitle: null,
  tmdbId: null,
  localTitles: new Map(),
});

/** The profile's languages for TMDB: the list in order, else its audio language. */
function profileLanguages(profile: TrailerProfile): string[] {
  return profile.languages.length > 0
    ? profile.languages
    : profile.audioLanguage
      ? [profile.audioLanguage]
      : [];
}

/** The title's videos of every type on TMDB, in the profile's languages, the original one and English. */
export async function fromTmdb(
  deps: GatherDeps,
  title: TitleToSearch,
  profile: TrailerProfile,
  { warnings, offline }: Problems,
  signal?: AbortSignal,
): Promise<FromTmdb> {
  const settings = deps.settings.stored();
  if (!settings.tmdbApiKey) return nothingFromTmdb();
  const [first = null, ...more] = profileLanguages(profile);
  try {
    return await tmdbTrailers(
      { baseUrl: settings.tmdbBaseUrl, apiKey: settings.tmdbApiKey, fetch: deps.fetch, signal },
      { tmdbId: title.tmdbId, imdbId: title.imdbId, title: title.title, year: title.year, kind: title.kind },
      first,
      more,
    );
  } catch (error) {
    if (!(error instanceof TmdbError)) throw error;
    if (error.code === 'OFFLINE') offline.push('TMDB');
    warnings.push(error.message);
    return nothingFromTmdb();
  }
}

/** A season's videos on TMDB, once the series is known there. */
export async function fromTmdbSeason(
  deps: GatherDeps,
  tmdbId: string | null,
  profile: TrailerProfile,
  season: number,
  { warnings, offline }: Problems,
  signal?: AbortSignal,
): Promise<FlatCandidate[]> {
  const settings = deps.settings.stored();
  if (!settings.tmdbApiKey || tmdbId === null) return [];
  try {
    return await tmdbSeasonVideos(
      { baseUrl: settings.tmdbBaseUrl, apiKey: settings.tmdbApiKey, fetch: deps.fetch, signal },
      tmdbId,
      season,
      profileLanguages(profile),
    );
  } catch (error) {
    if (!(error instanceof TmdbError)) throw error;
    if (error.code === 'OFFLINE') offline.push('TMDB');
    warnings.push(error.message);
    return [];
  }
}

export async function fromYoutube(
  deps: GatherDeps,
  query: string,
  { warnings, offline }: Problems,
  options: GatherOptions,
): Promise<FlatCandidate[]> {
  if (deps.pacer.lane().paused && !options.unattended) {
    warnings.push('YouTube was not searched: it is paused after a bot check. Resume it to search again.');
    return [];
  }
  // Unattended runs wait their turn (and through a hold, until the person resumes YouTube).
  const release = await deps.pacer.acquire(options.signal, { ignoreSpacing: !options.unattended });
  try {
    const tools = deps.tools();
    const { searchResults } = deps.settings.stored();
    return await searchYoutube({
      ytdlpPath: tools.ytdlpPath,
      query,
      count: searchResults,
      cookiesFile: tools.cookiesFile ?? null,
      cookiesFromBrowser: tools.cookiesFromBrowser ?? null,
      runProcess: deps.runProcess,
      signal: options.signal,
    });
  } catch (error) {
    if (!(error instanceof SearchFailed)) throw error;
    if (error.code === 'BOT_CHECK' || error.code === 'SIGN_IN_REQUIRED') deps.pacer.hold(error.message);
    if (error.code === 'OFFLINE') {
      offline.push('YouTube');
      warnings.push(
        'YouTube cannot be reached: there is no internet connection, or its address cannot be found.',
      );
      return [];
    }
    warnings.push(error.hint ? `${error.message} ${error.hint}` : error.message);
    return [];
  } finally {
    release();
  }
}

/** TMDB and the search often name the same video: one entry, with TMDB's facts kept. */
export function dedupe(list: FlatCandidate[]): FlatCandidate[] {
  const byId = new Map<string, FlatCandidate>();
  for (const candidate of list) {
    const seen = byId.get(candidate.id);
    byId.set(
      candidate.id,
      seen ? { ...seen, ...withValues(candidate), tmdb: seen.tmdb ?? candidate.tmdb } : candidate,
    );
  }
  return [...byId.values()];
}

function withValues(candidate: FlatCandidate): Partial<FlatCandidate> {
  return Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== null && v !== undefined));
}

export function rank(list: FlatCandidate[], context: RankContext): TrailerCandidate[] {
  return rankCandidates(list, context).ranked.map((ranked) => toCandidate(ranked));
}

function toCandidate({
  candidate,
  score,
  reasons,
  neverUnattended,
  firstLanguage,
}: RankedCandidate): TrailerCandidate {
  const url =
    candidate.url && /^https?:\/\//i.test(candidate.url) ? candidate.url : youtubeWatchUrl(candidate.id);
  const videoId = sourceOrNull(url)?.videoId ?? null;
  const thumbnails = candidate.thumbnails ?? [];
  const thumbnail =
    [...thumbnails].sort((a, b) => (a.width ?? 0) - (b.width ?? 0)).find((t) => (t.width ?? 0) >= 320) ??
    thumbnails.at(-1);
  return {
    key: videoId ?? url,
    url,
    videoId,
    title: candidate.title,
    channel: candidate.channel ?? candidate.uploader ?? null,
    durationSeconds: candidate.duration ?? null,
    viewCount: candidate.view_count ?? null,
    thumbnailUrl: thumbnail?.url ?? null,
    source: candidate.tmdb ? 'tmdb' : 'youtube-search',
    score,
    reasons,
    neverUnattended,
    ...(firstLanguage ? { firstLanguage } : {}),
  };
}
