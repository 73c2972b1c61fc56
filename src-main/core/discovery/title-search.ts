// One title's search, shared by all the slots a run fills for it: TMDB is asked once per title (and
// once per season asked for), every YouTube result joins one pool, and a slot is first ranked on
// what the pool already holds. Only a slot the pool cannot answer costs a YouTube search of its own
// (its query in the type's and the language's words), so a run that wants a trailer, a featurette
// and two seasons' trailers asks YouTube at most four times for the title, often fewer.
import type { TrailerCandidate } from '../../../src-preload/contract/discovery';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import { slotKey, type VideoSlot } from '../../../src-preload/contract/video-kinds';
import type { TitleToSearch } from './discovery-store';
import {
  chosenFor,
  dedupe,
  fromTmdb,
  fromTmdbSeason,
  fromYoutube,
  offlineError,
  rank,
  withRadarr,
  type GatherDeps,
  type Gathered,
  type GatherOptions,
  type FromTmdb,
  type Problems,
} from './gather-candidates';
import { unattendedPick } from './rank/rank-candidates';
import type { FlatCandidate, RankContext } from './rank/types';
import { slotSearchQueries } from './sources/slot-query';

export class TitleSearch {
  private readonly excluded: Set<string>;
  /** Videos already given to one of the title's slots (by slot key): a video fills one slot only. */
  private readonly taken = new Map<string, string>();
  private readonly pool: FlatCandidate[] = [];
  private readonly searched = new Set<string>();
  private tmdb: Promise<FromTmdb> | null = null;
  private readonly seasons = new Map<number, Promise<FlatCandidate[]>>();
  private readonly problems: Problems = { warnings: [], offline: [] };
  /** YouTube searches this title cost so far. */
  youtubeSearches = 0;

  constructor(
    private readonly deps: GatherDeps,
    private readonly title: TitleToSearch,
    private readonly profile: TrailerProfile,
    private readonly options: GatherOptions,
  ) {
    this.excluded = deps.store.excludedKeys(title.id);
    for (const { key, slot } of deps.store.takenKeys(title.id, profile.id)) this.taken.set(key, slot);
  }

  /** A video chosen for a slot (queued): no other slot of this title is offered it. */
  take(key: string, slot: VideoSlot): void {
    this.taken.set(key, slotKey(slot));
  }

  async forSlot(slot: VideoSlot): Promise<Gathered> {
    const warningsBefore = this.problems.warnings.length;
    const own = slotKey(slot);
    const allowed = (list: TrailerCandidate[]) =>
      list.filter((c) => !this.excluded.has(c.key) && (this.taken.get(c.key) ?? own) === own);
    const good = (list: TrailerCandidate[]) => unattendedPick(list, this.profile.minScore) !== undefined;
    const unattended = this.options.unattended;
    const titleTrailer = slot.type === 'trailer' && slot.season === null;
    const chosen = titleTrailer ? chosenFor(this.title) : { chosen: [], radarr: [] };
    const picked = allowed(chosen.chosen);
    const warnings = () => this.problems.warnings.slice(warningsBefore);
    if (unattended && picked.length > 0) return { candidates: picked, query: null, warnings: warnings() };
    const fromRadarr = allowed(chosen.radarr);
    if (unattended && good(fromRadarr)) return { candidates: fromRadarr, query: null, warnings: warnings() };

    const tmdb = await (this.tmdb ??= fromTmdb(
      this.deps,
      this.title,
      this.profile,
      this.problems,
      this.options.signal,
    ));
    const seasonVideos =
      slot.season !== null && this.title.kind === 'series'
        ? await this.seasonVideos(slot.season, tmdb.tmdbId)
        : [];
    const context = this.context(slot, [tmdb.originalTitle, ...this.localTitlesFor(slot, tmdb.localTitles)]);
    const ranked = () => [
      ...picked,
      ...withRadarr(
        fromRadarr,
        allowed(rank(dedupe([...seasonVideos, ...tmdb.candidates, ...this.pool]), context)),
      ),
    ];
    let candidates = ranked();
    let query: string | null = null;
    // Unattended, what is known already may answer the slot; the person always sees a fresh search.
    // With languages, only a pick in the first language does: else its search may find one.
    const inFirstLanguage = (list: TrailerCandidate[]) =>
      context.languages === undefined || unattendedPick(list, this.profile.minScore)?.firstLanguage === true;
    if (unattended && good(candidates) && inFirstLanguage(candidates)) {
      return { candidates, query, warnings: warnings() };
    }
    const queries = slotSearchQueries(this.profile, this.title, slot, tmdb.localTitles);
    for (const next of queries) {
      query ??= next;
      if (this.searched.has(next)) continue;
      this.searched.add(next);
      this.youtubeSearches += 1;
      this.pool.push(...(await fromYoutube(this.deps, next, this.problems, this.options)));
      candidates = ranked();
      query = next;
      // The first language's search found it; the fallback language's search is not needed.
      if (good(candidates)) break;
    }
    const offline = this.problems.offline;
    if (offline.length > 0 && (unattended ? !good(candidates) : candidates.length === 0)) {
      throw offlineError([...new Set(offline)]);
    }
    return { candidates, query, warnings: warnings() };
  }

  private seasonVideos(season: number, tmdbId: string | null): Promise<FlatCandidate[]> {
    let found = this.seasons.get(season);
    if (!found) {
      found = fromTmdbSeason(this.deps, tmdbId, this.profile, season, this.problems, this.options.signal);
      this.seasons.set(season, found);
    }
    return found;
  }

  /** The title's names in the slot's languages (TMDB's translations), for the title match. */
  private localTitlesFor(slot: VideoSlot, localTitles: Map<string, string>): string[] {
    const languages = slot.language !== null ? [slot.language] : this.profile.languages;
    return languages.flatMap((language) => localTitles.get(language) ?? []);
  }

  private context(slot: VideoSlot, otherNames: (string | null)[]): RankContext {
    const profile = this.profile;
    const languages = slot.language !== null ? [slot.language] : profile.languages;
    return {
      title: this.title.title,
      year: this.title.year,
      kind: this.title.kind,
      alternativeTitles: [...new Set(otherNames)].filter(
        (name): name is string => name !== null && name !== this.title.title,
      ),
      language: languages[0] ?? profile.audioLanguage,
      languages: languages.length > 0 ? languages : undefined,
      preferDubbed: profile.preferDubbed,
      videoType: slot.type,
      season: slot.season,
      minDurationSeconds: profile.minDurationSeconds,
      maxDurationSeconds: profile.maxDurationSeconds,
      excludeWords: profile.excludeWords,
      channelAllowList: profile.channelAllowList,
    };
  }
}
