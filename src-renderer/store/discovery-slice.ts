import type {
  LibrarySelection,
  ContractError,
  DiscoveryRun,
  DiscoverySettings,
  NeedsChoiceWindow,
  ProcedureInput,
  YoutubeLane,
} from '../../src-preload/contract';
import { stretchFor } from './activity-window-slice';
import { describeRunEnd, isStaleRun, runEndKey } from './discovery-messages';
import type { LoadStatus, SliceCreator } from './types';

export type DiscoverySettingsPatch = NonNullable<ProcedureInput<'discovery:updateSettings'>>;

/** Library runs, the "needs a choice" list, the YouTube lane and discovery's settings. */
export interface DiscoverySlice {
  /** The stretch of the Review list around the rows in view, with the whole list's totals. */
  needsChoice: NeedsChoiceWindow;
  needsChoiceStatus: LoadStatus;
  /** The Review table's rows in view, [start, end): fetches the stretch around them unless held. */
  showReviewRange(start: number, end: number): void;
  /** The run in progress or the last one; null until loaded. */
  discoveryRun: DiscoveryRun | null;
  youtubeLane: YoutubeLane | null;
  discoverySettings: DiscoverySettings | null;
  discoverySettingsStatus: LoadStatus;
  /** The run, the lane and the review list: at start and after a reconnect. */
  loadDiscovery(): Promise<void>;
  /** Refetches the review rows in view and the totals; calls made while one runs fold into one more. */
  loadNeedsChoice(): Promise<void>;
  onDiscoveryRun(run: DiscoveryRun): void;
  /** Searches and queues the missing trailers of the whole library or of these titles. */
  /** Of the whole library, or of a selection (ids picked by hand, or all matching as a filter). */
  downloadMissing(selection?: readonly number[] | { matching: LibrarySelection }): Promise<boolean>;
  onYoutubeLane(lane: YoutubeLane): void;
  resumeYoutube(): Promise<void>;
  loadDiscoverySettings(): Promise<void>;
  /** The refusal comes back for the form to show next to its fields. */
  updateDiscoverySettings(patch: DiscoverySettingsPatch): Promise<ContractError | null>;
}

export const createDiscoverySlice: SliceCreator<DiscoverySlice> = (api) => (set, get) => {
  let listing: Promise<void> | null = null;
  let listAgain = false;
  // The last run whose end was announced: the event and the call's answer may both report it.
  let announced: string | null = null;

  let range = { start: 0, end: 0 };

  async function fetchNeedsChoice(): Promise<void> {
    const result = await api.procedures['discovery:needsChoiceWindow'](stretchFor(range.start, range.end));
    if (result.ok) set({ needsChoice: result.data, needsChoiceStatus: 'ready' });
    else set({ needsChoiceStatus: 'error' });
  }

  function announceEnd(run: DiscoveryRun): void {
    if (run.running) return;
    const key = runEndKey(run);
    if (key !== null && key === announced) return;
    if (key !== null) announced = key;
    const { kind, message } = describeRunEnd(run);
    get().pushToast(kind, message);
  }

  /** Takes a run snapshot unless a newer one is held. */
  function takeRun(run: DiscoveryRun, announce: boolean): void {
    if (isStaleRun(get().discoveryRun, run)) return;
    set({ discoveryRun: run });
    if (announce) announceEnd(run);
  }

  return {
    needsChoice: { rows: [], offset: 0, total: 0, titles: 0 },
    needsChoiceStatus: 'idle',
    discoveryRun: null,
    youtubeLane: null,
    discoverySettings: null,
    discoverySettingsStatus: 'idle',

    async loadDiscovery() {
      const [run, lane] = await Promise.all([
        api.procedures['discovery:run'](),
        api.procedures['discovery:youtubeLane'](),
        get().loadNeedsChoice(),
      ]);
      // A run that ended while this window was away is not announced: it only shows its state.
      if (run.ok) takeRun(run.data, false);
      if (lane.ok) set({ youtubeLane: lane.data });
    },

    loadNeedsChoice() {
      if (listing) {
        listAgain = true;
        return listing;
      }
      if (get().needsChoiceStatus === 'idle') set({ needsChoiceStatus: 'loading' });
      listing = (async () => {
        do {
          listAgain = false;
          await fetchNeedsChoice();
        } while (listAgain);
        listing = null;
      })();
      return listing;
    },

    showReviewRange(start, end) {
      range = { start, end };
      const { offset, rows, total } = get().needsChoice;
      const heldEnd = offset + rows.length;
      if (offset <= start && (heldEnd >= Math.min(end, total) || heldEnd >= total)) return;
      void get().loadNeedsChoice();
    },

    onDiscoveryRun(run) {
      // Announced only when this window saw the run going: not the last run of a past session.
      const current = get().discoveryRun;
      const sawItRun = current?.running === true && current.startedAt === run.startedAt;
      takeRun(run, sawItRun);
    },

    async downloadMissing(selection) {
      const input = !selection
        ? {}
        : 'matching' in selection
          ? { matching: selection.matching }
          : selection.length > 0
            ? { mediaIds: [...selection] }
            : {};
      const result = await api.procedures['discovery:downloadMissing'](input);
      if (!result.ok) {
        get().pushToast('error', result.error.message);
        return false;
      }
      const run = result.data;
      takeRun(run, false);
      // A short run may have ended (its last event already here) before this answer arrived,
      // and one with nothing to do is over before it answers: then its summary comes from here.
      const held = get().discoveryRun;
      if (!held || held.startedAt !== run.startedAt) return true;
      // The progress bar shows a run that is going; only its end gets a toast.
      if (!held.running) announceEnd(held);
      return true;
    },

    onYoutubeLane(lane) {
      set({ youtubeLane: lane });
    },

    async resumeYoutube() {
      const result = await api.procedures['discovery:resumeYoutube']();
      if (!result.ok) {
        get().pushToast('error', result.error.message);
        return;
      }
      set({ youtubeLane: result.data });
      if (!result.data.paused) get().pushToast('success', 'YouTube searches and downloads run again.');
    },

    async loadDiscoverySettings() {
      if (get().discoverySettingsStatus !== 'ready') set({ discoverySettingsStatus: 'loading' });
      const result = await api.procedures['discovery:getSettings']();
      if (result.ok) set({ discoverySettings: result.data, discoverySettingsStatus: 'ready' });
      else set({ discoverySettingsStatus: 'error' });
    },

    async updateDiscoverySettings(patch) {
      const result = await api.procedures['discovery:updateSettings'](patch);
      if (!result.ok) return result.error;
      set({ discoverySettings: result.data, discoverySettingsStatus: 'ready' });
      get().pushToast('success', 'Saved the discovery settings.');
      return null;
    },
  };
};
