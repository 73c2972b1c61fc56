// Discovery as the contract sees it: find and rank a title's candidates, remember rejections, fill
// the library unattended (on demand or on a schedule), and the YouTube lane's hold and resume.
import type {
  CandidateSearch,
  DiscoveryRun,
  DiscoverySettings,
  NeedsChoiceWindow,
  YoutubeLane,
} from '../../../src-preload/contract/discovery';
import type { DownloadJob } from '../../../src-preload/contract/downloads';
import type { EventPayloads } from '../../../src-preload/contract/events';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import {
  parseSlotKey,
  slotKey as toKey,
  slotLabel,
  titleTrailerSlot,
  videoTypes,
  type VideoSlot,
} from '../../../src-preload/contract/video-kinds';
import type { ProfileService } from '../profiles/profile-service';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { DownloadService } from '../downloads/download-service';
import { candidateChoice } from './candidate-choice';
import type { StoredDiscoverySettings } from './discovery-settings';
import type { GatherDeps } from './gather-candidates';
import { LibraryRun } from './library-run';
import { TitleSearch } from './title-search';
import { wantedSlots, type SlotProfile } from './wanted-slots';

export interface DiscoveryServiceDeps extends GatherDeps {
  events: EventBus;
  downloads: DownloadService;
  profiles: Pick<ProfileService, 'get' | 'list' | 'usable'>;
  now?: () => Date;
  /** How often the schedule is looked at (default a minute). */
  scheduleTickMs?: number;
  /** Whether a media server (Plex) already shows a trailer for the title in this folder. */
  plexHasTrailer?: (folder: string, signal?: AbortSignal) => Promise<boolean>;
}

/** Searches kept for a pick: a few dialogs' worth (the person picks from the one just shown). */
const rememberedSearches = 20;

export class DiscoveryService {
  private readonly libraryRun: LibraryRun;
  // The last search per title and profile: a pick queues the candidate as main ranked it, so the
  // job's recorded score and reasons never come from the window.
  private readonly searches = new Map<string, CandidateSearch>();
  private scheduleTimer: NodeJS.Timeout | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: DiscoveryServiceDeps) {
    this.libraryRun = new LibraryRun(deps, (run) => deps.events.emit('discovery:runChanged', run));
    // A title that gets a job for a profile (from any path) no longer needs a choice for it.
    this.unsubscribe = deps.events.subscribe((event, payload) => {
      if (event !== 'downloads:changed') return;
      const ids = (payload as EventPayloads['downloads:changed']).changes.flatMap((change) =>
        change.status === 'queued' ? [change.id] : [],
      );
      const queued = ids.length > 0 ? deps.downloads.store.queuedTitles(ids) : [];
      const cleared = queued.length > 0 ? deps.store.clearOutcomes(queued) : [];
      if (cleared.length > 0) deps.events.emit('discovery:needsChoiceChanged', { mediaIds: cleared });
    });
    this.scheduleTimer = setInterval(() => this.checkSchedule(), deps.scheduleTickMs ?? 60_000);
    this.scheduleTimer.unref();
  }

  async findTrailer(mediaId: number, profileId?: number, slotKey?: string): Promise<CandidateSearch> {
    const title = this.deps.store.title(mediaId);
    if (!title) throw new AppError('NOT_FOUND', `There is no title ${mediaId} in the library.`);
    const profile = this.deps.profiles.usable(profileId);
    const seasons = this.deps.store.seasons(mediaId);
    const wanted = wantedSlots(profile, { kind: title.kind, seasons });
    // The slot asked for; else the first the title lacks; else the title's trailer.
    const slot =
      (slotKey ? parseSlotKey(slotKey) : null) ??
      this.deps.store.openSlots(mediaId, title.kind, profile)[0] ??
      wanted[0] ??
      titleTrailerSlot;
    const search = new TitleSearch(this.deps, title, profile, { unattended: false });
    const found = await search.forSlot(slot);
    const result: CandidateSearch = {
      mediaId,
      profileId: profile.id,
      profileName: profile.name,
      slot: toKey(slot),
      slotLabel: slotLabel(slot),
      slotChoices: slotChoices(wanted, title.kind, seasons, profile.languages),
      candidates: found.candidates,
      minScore: profile.minScore,
      query: found.query,
      warnings: found.warnings,
    };
    this.remember(result);
    return result;
  }

  /** Queues a candidate of the title's last search, with its score and reasons, as the person's pick. */
  pick(input: { mediaId: number; key: string; profileId?: number; slot?: string }): DownloadJob {
    const profile = this.deps.profiles.usable(input.profileId);
    const slot = input.slot ?? toKey(titleTrailerSlot);
    const candidate = this.searches
      .get(searchKey(input.mediaId, profile.id, slot))
      ?.candidates.find((c) => c.key === input.key);
    if (!candidate) {
      throw new AppError(
        'NOT_FOUND',
        'That video is no longer among the search results for this title. Search again and pick it there.',
      );
    }
    return this.deps.downloads.enqueue({
      mediaId: input.mediaId,
      source: candidate.url,
      profileId: profile.id,
      slot: parseSlotKey(slot) ?? titleTrailerSlot,
      choice: candidateChoice(candidate, profile, 'person'),
    });
  }

  reject(mediaId: number, key: string): void {
    if (!this.deps.store.title(mediaId))
      throw new AppError('NOT_FOUND', `There is no title ${mediaId} in the library.`);
    this.deps.store.reject(mediaId, key);
  }

  downloadMissing(input: { mediaIds?: number[]; profileId?: number } = {}): DiscoveryRun {
    const profiles =
      input.profileId === undefined ? this.enabledProfiles() : [this.deps.profiles.usable(input.profileId)];
    return this.libraryRun.start(profiles, input.mediaIds);
  }

  /** How many titles switching this profile on would add a download for (see the profile editor). */
  missingCount(input: { profileId?: number; acceptDetectedTrailers: boolean } & Partial<SlotProfile>): {
    titles: number;
  } {
    const { profileId, acceptDetectedTrailers, ...edited } = input;
    const saved: SlotProfile =
      profileId === undefined ? defaultSlotProfile : this.deps.profiles.get(profileId);
    const profile: SlotProfile = { ...saved, ...definedOnly(edited) };
    return { titles: this.deps.store.unsatisfiedCount(profile, profileId ?? 0, acceptDetectedTrailers) };
  }

  run(): DiscoveryRun {
    return this.libraryRun.status();
  }

  needsChoiceWindow(request: { offset: number; limit: number }): NeedsChoiceWindow {
    return this.deps.store.needsChoiceWindow(request.offset, request.limit);
  }

  settings(): DiscoverySettings {
    return this.deps.settings.visible();
  }

  updateSettings(
    patch: Partial<Omit<StoredDiscoverySettings, 'tmdbApiKey'>> & { tmdbApiKey?: string },
  ): DiscoverySettings {
    const { tmdbApiKey, ...rest } = patch;
    this.deps.settings.update({
      ...rest,
      ...(tmdbApiKey === undefined ? {} : { tmdbApiKey: tmdbApiKey === '' ? null : tmdbApiKey }),
    });
    return this.settings();
  }

  youtubeLane(): YoutubeLane {
    return this.deps.pacer.lane();
  }

  resumeYoutube(): YoutubeLane {
    this.deps.pacer.resume();
    return this.deps.pacer.lane();
  }

  /** Starts the unattended run when the schedule says it is time. */
  checkSchedule(): boolean {
    const { scheduleHours, lastScheduledRunAt } = this.deps.settings.stored();
    if (scheduleHours === null || this.libraryRun.status().running) return false;
    const now = (this.deps.now?.() ?? new Date()).getTime();
    const last = lastScheduledRunAt ? Date.parse(lastScheduledRunAt) : Number.NaN;
    if (!Number.isNaN(last) && now - last < scheduleHours * 3_600_000) return false;
    this.deps.settings.update({ lastScheduledRunAt: new Date(now).toISOString() });
    const profiles = this.enabledProfiles();
    if (profiles.length > 0) this.libraryRun.start(profiles);
    return true;
  }

  async close(): Promise<void> {
    if (this.scheduleTimer) clearInterval(this.scheduleTimer);
    this.unsubscribe();
    await this.libraryRun.stop();
  }

  private remember(search: CandidateSearch): void {
    const key = searchKey(search.mediaId, search.profileId, search.slot);
    this.searches.delete(key);
    this.searches.set(key, search);
    // Maps keep insertion order: the first key is the oldest search.
    if (this.searches.size > rememberedSearches) this.searches.delete(this.searches.keys().next().value!);
  }

  private enabledProfiles(): TrailerProfile[] {
    return this.deps.profiles.list().filter((profile) => profile.enabled);
  }
}

const searchKey = (mediaId: number, profileId: number, slot: string) => `${mediaId}:${profileId}:${slot}`;

/** What a profile not saved yet wants: the title's trailer (the contract's defaults). */
const defaultSlotProfile: SlotProfile = {
  wantedVideos: { trailer: 1 },
  maxVideosPerTitle: 6,
  seasonTrailers: false,
  languages: [],
  onePerLanguage: false,
};

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * What Find trailer may search for: the profile's slots for the title first, then every type of
 * video, each season's trailer (a series) and a trailer in each of the profile's languages.
 */
function slotChoices(
  wanted: VideoSlot[],
  kind: 'movie' | 'series',
  seasons: number[],
  languages: string[],
): { key: string; label: string }[] {
  const more: VideoSlot[] = [
    ...videoTypes.map((type): VideoSlot => ({ type, season: null, language: null, ordinal: 1 })),
    ...(kind === 'series' ? seasons.filter((s) => s > 0) : []).map((season): VideoSlot => ({
      type: 'trailer',
      season,
      language: null,
      ordinal: 1,
    })),
    ...languages.map((language): VideoSlot => ({ type: 'trailer', season: null, language, ordinal: 1 })),
  ];
  const seen = new Set<string>();
  return [...wanted, ...more].flatMap((slot) => {
    const key = toKey(slot);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ key, label: slotLabel(slot) }];
  });
}
