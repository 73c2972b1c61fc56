// "Download missing trailers": every title that lacks a trailer for an enabled profile is searched,
// ranked and queued when the best candidate is good enough; the rest are listed for the person.
// One title at a time (YouTube's pacing makes more pointless); progress pushed a few times a second.
// When the sources cannot be reached at all (no internet), the run stops and says so: the titles it
// could not search are not listed for a choice, they are simply left for the next run.
import type { DiscoveryRun } from '../../../src-preload/contract/discovery';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import { AppError, messageOf } from '../errors';
import type { DiscoveryServiceDeps } from './discovery-service';
import type { TitleToSearch } from './discovery-store';
import { candidateChoice } from './candidate-choice';
import { gatherCandidates } from './gather-candidates';
import { unattendedPick } from './rank/rank-candidates';

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
      this.deps.store
        .unsatisfied(profile.id, profile.acceptDetectedTrailers, mediaIds)
        .map((title) => ({ title, profile })),
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
        this.deps.store.saveOutcome(title.id, profile.id, 'error', {
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

  private async one(
    mediaId: number,
    profile: TrailerProfile,
    signal: AbortSignal,
    changed: number[],
  ): Promise<void> {
    const title = this.deps.store.title(mediaId);
    // Satisfied since the run started (another run, a manual download), or removed: nothing to do.
    if (!title || this.deps.store.isSatisfied(mediaId, profile.id, profile.acceptDetectedTrailers)) {
      this.state.satisfied += 1;
      return;
    }
    // The profile says Plex's own trailer is enough: no search, no download.
    if (profile.skipWhenPlexHasTrailer && (await this.deps.plexHasTrailer?.(title.folderPath, signal))) {
      this.state.satisfied += 1;
      return;
    }
    const found = await gatherCandidates(this.deps, title, profile, { unattended: true, signal });
    const best = unattendedPick(found.candidates, profile.minScore);
    if (best) {
      try {
        this.deps.downloads.enqueue({
          mediaId,
          source: best.url,
          profileId: profile.id,
          choice: candidateChoice(best, profile, 'run'),
        });
        this.state.queued += 1;
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'ALREADY_QUEUED') throw error;
        this.state.satisfied += 1;
      }
      return;
    }
    this.state.needsChoice += 1;
    this.choiceTitles.add(mediaId);
    this.state.needsChoiceTitles = this.choiceTitles.size;
    const message = found.warnings.join(' ') || null;
    const top = found.candidates[0];
    this.deps.store.saveOutcome(mediaId, profile.id, top ? 'needs-choice' : 'no-candidates', {
      score: top?.score ?? null,
      title: top?.title ?? null,
      message: top ? message : (message ?? "No video looked like this title's trailer."),
    });
    changed.push(mediaId);
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
