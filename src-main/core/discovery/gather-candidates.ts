// Every source of trailer candidates for one title, in the order: the link the person set,
// the NFO's <trailer>, Radarr's trailer for the movie, TMDB's videos, a YouTube search. Unattended runs stop at the first source
// that is good enough, so YouTube is asked as rarely as possible. A source that cannot be reached
// at all (no internet) makes the answer unknown, not empty: see offlineError.
import type { CandidateSource, TrailerCandidate } from '../../../src-preload/contract/discovery';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import type { RunProcess } from '../process/run-process';
import type { DownloadTools } from '../downloads/job-runner';
import { parseTrailerSource, youtubeWatchUrl, type TrailerSource } from '../downloads/trailer-source';
import { AppError } from '../errors';
import type { DiscoverySettingsStore } from './discovery-settings';
import type { DiscoveryStore, TitleToSearch } from './discovery-store';
import { rankCandidates, unattendedPick } from './rank/rank-candidates';
import type { FlatCandidate, RankContext, RankedCandidate } from './rank/types';
import { renderSearchQuery, searchYoutube, SearchFailed } from './sources/youtube-search';
import { TmdbError, tmdbTrailers } from './sources/tmdb-client';
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

export async function gatherCandidates(
  deps: GatherDeps,
  title: TitleToSearch,
  profile: TrailerProfile,
  options: GatherOptions,
): Promise<Gathered> {
  const excluded = deps.store.excludedKeys(title.id);
  const warnings: string[] = [];
  // The sources that could not be reached at all ("TMDB", "YouTube").
  const offline: string[] = [];
  const allowed = (list: TrailerCandidate[]) => list.filter((c) => !excluded.has(c.key));
  const good = (list: TrailerCandidate[]) => unattendedPick(list, profile.minScore) !== undefined;

  const chosen = allowed([
    ...chosenCandidate(title.trailerSource, 'manual', 'You set this link for the title'),
    ...chosenCandidate(title.nfoTrailerId, 'nfo', "From the title's NFO file"),
  ]);
  if (options.unattended && chosen.length > 0) return { candidates: chosen, query: null, warnings };
  const fromRadarr = allowed(radarrCandidate(title.arrTrailerId));
  if (options.unattended && good(fromRadarr)) return { candidates: fromRadarr, query: null, warnings };

  const context: RankContext = {
    title: title.title,
    year: title.year,
    kind: title.kind,
    alternativeTitles: [],
    language: profile.audioLanguage,
    minDurationSeconds: profile.minDurationSeconds,
    maxDurationSeconds: profile.maxDurationSeconds,
    excludeWords: profile.excludeWords,
    channelAllowList: profile.channelAllowList,
  };

  const flat: FlatCandidate[] = [];
  const tmdb = await fromTmdb(deps, title, profile, { warnings, offline }, options.signal);
  if (tmdb.originalTitle && tmdb.originalTitle !== title.title)
    context.alternativeTitles = [tmdb.originalTitle];
  flat.push(...tmdb.candidates);
  const fromTmdbRanked = allowed(rank(flat, context));
  if (options.unattended && good(fromTmdbRanked)) {
    return { candidates: [...chosen, ...withRadarr(fromRadarr, fromTmdbRanked)], query: null, warnings };
  }

  const query = renderSearchQuery(profile.searchTemplate, {
    title: title.title,
    year: title.year,
    language: profile.audioLanguage,
    type: title.kind,
  });
  flat.push(...(await fromYoutube(deps, query, { warnings, offline }, options)));
  const candidates = [...chosen, ...withRadarr(fromRadarr, allowed(rank(dedupe(flat), context)))];
  // Unattended, a source out of reach might have held the trailer: the title cannot be judged, and
  // must not be listed as needing a choice. For the person, an empty list is only an empty list
  // when every source was asked.
  if (offline.length > 0 && (options.unattended ? !good(candidates) : candidates.length === 0)) {
    throw offlineError(offline);
  }
  return { candidates, query, warnings };
}

/** The internet (or every source asked) is out of reach: say so, not "nothing found". */
export function offlineError(sources: string[]): AppError {
  return new AppError(
    'OFFLINE',
    `${sources.join(' and ')} cannot be reached: there is no internet connection, or the address ` +
      'cannot be found. Check the internet connection (and any proxy or VPN), then try again.',
  );
}

interface Problems {
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
function withRadarr(fromRadarr: TrailerCandidate[], ranked: TrailerCandidate[]): TrailerCandidate[] {
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

async function fromTmdb(
  deps: GatherDeps,
  title: TitleToSearch,
  profile: TrailerProfile,
  { warnings, offline }: Problems,
  signal?: AbortSignal,
): Promise<{ candidates: FlatCandidate[]; originalTitle: string | null }> {
  const settings = deps.settings.stored();
  if (!settings.tmdbApiKey) return { candidates: [], originalTitle: null };
  try {
    const found = await tmdbTrailers(
      { baseUrl: settings.tmdbBaseUrl, apiKey: settings.tmdbApiKey, fetch: deps.fetch, signal },
      { tmdbId: title.tmdbId, imdbId: title.imdbId, title: title.title, year: title.year, kind: title.kind },
      profile.audioLanguage,
    );
    return { candidates: found.candidates, originalTitle: found.originalTitle };
  } catch (error) {
    if (!(error instanceof TmdbError)) throw error;
    if (error.code === 'OFFLINE') offline.push('TMDB');
    warnings.push(error.message);
    return { candidates: [], originalTitle: null };
  }
}

async function fromYoutube(
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
function dedupe(list: FlatCandidate[]): FlatCandidate[] {
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

function rank(list: FlatCandidate[], context: RankContext): TrailerCandidate[] {
  return rankCandidates(list, context).ranked.map((ranked) => toCandidate(ranked));
}

function toCandidate({ candidate, score, reasons, neverUnattended }: RankedCandidate): TrailerCandidate {
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
  };
}
