// "Download missing trailers": every title that lacks a trailer for an enabled profile is searched,
// ranked and queued when the best candidate is good enough; the rest are listed for the person.
// One title at a time (YouTube's pacing makes more pointless); progress pushed a few times a second.
// When the sources cannot be reached at all (no internet), the run stops and says so: the titles it
// could not search are not listed for a choice, they are simply left for the next run.
import type { DiscoveryRun, TrailerCandidate } from '../../../src-preload/contract/discovery';
import { slotLabel, titleTrailerSlot, type VideoSlot } from '../../../src-preload/contract/video-kinds';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import { AppError, messageOf } from '../errors';
import type { DiscoveryServiceDeps } from './discovery-service';
import type { TitleToSearch } from './discovery-store';
import { candidateChoice } from './candidate-choice';
import { unattendedPick } from './rank/rank-candidates';
import { TitleSearch } from './title-search';

const PUBLISH_INTERVAL_MS = 250;

const idle: DiscoveryRun = {
  running: false,
  titles: 0,
  profiles: 0,
  total: 0,
  done: 0,
  queued: 0,
  needsChoice: 0,
  needsChoiceTitles: 0,
  satisfied: 0,
  failed: 0,
  startedAt: null,
  finishedAt: null,
  stopped: null,
};

export class LibraryRun {
  private state: DiscoveryRun = { ...idle };
  private controller: AbortController | null = null;
  private finished: Promise<void> = Promise.resolve();
  private lastPublished = 0;
  /** The titles waiting for a choice in this run: one title with two profiles counts once. */
  private readonly choiceTitles = new Set<number>();

  constructor(
    private readonly deps: DiscoveryServiceDeps,
    private readonly publish: (run: DiscoveryRun) => void,
  ) {}

  status(): DiscoveryRun {
    return { ...this.state };
  }

  /** Starts a run unless one is going (then returns that one). */
  start(profiles: TrailerProfile[], mediaIds?: number[]): DiscoveryRun {
    if (this.state.running) return this.status();
    const work = profiles.flatMap((profile) =>
      this.deps.store.unsatisfied(profile, mediaIds).map((title) => ({ title, profile })),
    );
    const titles = mediaIds ? new Set(mediaIds).size : this.deps.store.monitoredCount();
    const wanted = Math.max(work.length, titles * profiles.length);
    this.choiceTitles.clear();
    this.state = {
      ...idle,
      running: true,
      titles,
      profiles: profiles.length,
      total: wanted,
      // Titles asked for that already have their trailer are counted as satisfied from the start.
      satisfied: wanted - work.length,
      done: wanted - work.length,
      startedAt: this.now(),
    };
    this.controller = new AbortController();
    this.finished = this.process(work, this.controller.signal);
    this.publish(this.status());
    return this.status();
  }

  async stop(): Promise<void> {
    this.controller?.abort(new Error('closing'));
    await this.finished;
  }

  private async process(
    work: { title: TitleToSearch; profile: TrailerProfile }[],
    signal: AbortSignal,
  ): Promise<void> {
    const changed: number[] = [];
    for (const { title, profile } of work) {
      if (signal.aborted) break;
      try {
        await this.one(title.id, profile, signal, changed);
      } catch (error) {
        if (signal.aborted) break;
        if (error instanceof AppError && error.code === 'OFFLINE') {
          this.state.stopped = `Stopped after ${this.state.done} of ${this.state.total} titles. ${error.message}`;
          break;
        }
        this.state.failed += 1;
        this.deps.store.saveOutcome(title.id, profile.id, this.failedSlot ?? titleTrailerSlot, 'error', {
          score: null,
          title: null,
          message: messageOf(error),
        });
        changed.push(title.id);
      }
      this.state.done += 1;
      this.maybePublish();
    }
    this.state = { ...this.state, running: false, finishedAt: this.now() };
    this.publish(this.status());
    if (changed.length > 0) this.deps.events.emit('discovery:needsChoiceChanged', { mediaIds: changed });
  }

  /** The slot being searched when a title's search failed: its error is recorded for that slot. */
  private failedSlot: VideoSlot | null = null;

  /** Every slot the title still lacks for the profile, from one shared search (title-search.ts). */
  private async one(
    mediaId: number,
    profile: TrailerProfile,
    signal: AbortSignal,
    changed: number[],
  ): Promise<void> {
    this.failedSlot = null;
    const title = this.deps.store.title(mediaId);
    const slots = title ? this.deps.store.openSlots(mediaId, title.kind, profile) : [];
    // Satisfied since the run started (another run, a manual download), or removed: nothing to do.
    if (!title || slots.length === 0) {
      this.state.satisfied += 1;
      return;
    }
    // The profile says Plex's own trailer is enough: no search, no download of the title's trailer.
    const plexTrailer =
      profile.skipWhenPlexHasTrailer && slots.some(isTitleTrailer)
        ? await this.deps.plexHasTrailer?.(title.folderPath, signal)
        : false;
    const open = plexTrailer ? slots.filter((slot) => !isTitleTrailer(slot)) : slots;
    if (open.length === 0) {
      this.state.satisfied += 1;
      return;
    }
    const search = new TitleSearch(this.deps, title, profile, { unattended: true, signal });
    let waiting = false;
    for (const slot of open) {
      this.failedSlot = slot;
      const found = await search.forSlot(slot);
      const best = unattendedPick(found.candidates, profile.minScore);
      if (best && this.queue(mediaId, profile, slot, best)) {
        search.take(best.key, slot);
        continue;
      }
      if (best) continue;
      waiting = true;
      const message = found.warnings.join(' ') || null;
      const top = found.candidates[0];
      this.deps.store.saveOutcome(mediaId, profile.id, slot, top ? 'needs-choice' : 'no-candidates', {
        score: top?.score ?? null,
        title: top?.title ?? null,
        message: top
          ? message
          : (message ?? `No video looked like this title's ${slotLabel(slot).toLowerCase()}.`),
      });
    }
    this.failedSlot = null;
    if (waiting) {
      this.state.needsChoice += 1;
      this.choiceTitles.add(mediaId);
      this.state.needsChoiceTitles = this.choiceTitles.size;
      changed.push(mediaId);
    }
  }

  /** Queues the pick for the slot; false when the slot already had a live job (counted satisfied). */
  private queue(mediaId: number, profile: TrailerProfile, slot: VideoSlot, best: TrailerCandidate): boolean {
    try {
      this.deps.downloads.enqueue({
        mediaId,
        source: best.url,
        profileId: profile.id,
        slot,
        choice: candidateChoice(best, profile, 'run'),
      });
      this.state.queued += 1;
      return true;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'ALREADY_QUEUED') throw error;
      this.state.satisfied += 1;
      return false;
    }
  }

  private maybePublish(): void {
    const now = Date.now();
    if (now - this.lastPublished < PUBLISH_INTERVAL_MS) return;
    this.lastPublished = now;
    this.publish(this.status());
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}

const isTitleTrailer = (slot: VideoSlot) => slot.type === 'trailer' && slot.season === null;
