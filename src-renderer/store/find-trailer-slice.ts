import type { CandidateSearch, ContractError, DownloadJob, Result } from '../../src-preload/contract';
import { queuedMessage } from './download-messages';
import type { SliceCreator } from './types';

export interface FindTrailerState {
  open: boolean;
  mediaId: number | null;
  /** "The Matrix (1999)", for the dialog's text. */
  label: string;
  /** The profile asked for; null lets main take the default one. */
  profileId: number | null;
  /** The video searched for (a slot key such as "featurette/s2@de"); null lets main choose. */
  slot: string | null;
  status: 'idle' | 'searching' | 'ready' | 'error';
  search: CandidateSearch | null;
  /** Why the search failed. */
  searchError: ContractError | null;
  /** Why a pick, a rejection or a pasted link was refused; the dialog stays open. */
  actionError: ContractError | null;
  /** The candidate being queued or rejected, or 'paste'; its buttons wait meanwhile. */
  busy: string | null;
}

export interface FindTrailerTarget {
  mediaId: number;
  label: string;
  profileId?: number | null;
  /** The video to search for (a Review row's slot); omitted: the first the title lacks. */
  slot?: string | null;
}

/** The "Find trailer" dialog: a ranked search for one title, a pick, a rejection or a pasted link. */
export interface FindTrailerSlice {
  findTrailer: FindTrailerState;
  /** Opens the dialog and starts the search. */
  openFindTrailer(target: FindTrailerTarget): void;
  closeFindTrailer(): void;
  /** Searches again, for another profile or another video (slot key) when one is given. */
  searchTrailers(profileId?: number, slot?: string): Promise<void>;
  /** Queues this candidate with the search's profile; closes the dialog on success. */
  pickCandidate(key: string): Promise<boolean>;
  /** Never proposes this candidate for this title again; it leaves the list. */
  rejectCandidate(key: string): Promise<boolean>;
  /** Queues a pasted link or YouTube id for the dialog's video (slot), as the Download trailer dialog does. */
  downloadPasted(source: string): Promise<boolean>;
}

const closed: FindTrailerState = {
  open: false,
  mediaId: null,
  label: '',
  profileId: null,
  slot: null,
  status: 'idle',
  search: null,
  searchError: null,
  actionError: null,
  busy: null,
};

export const createFindTrailerSlice: SliceCreator<FindTrailerSlice> = (api) => (set, get) => {
  // Each search gets a number: an answer for a closed dialog, another title or an older profile
  // choice is dropped.
  let searchRequest = 0;
  // Bumped on every open and close: a pick answered after the dialog moved on changes nothing.
  let session = 0;
  const patch = (p: Partial<FindTrailerState>) =>
    set((state) => ({ findTrailer: { ...state.findTrailer, ...p } }));
  const profileToUse = () => {
    const { search, profileId } = get().findTrailer;
    return search?.profileId ?? profileId ?? undefined;
  };

  /** Queues through `send` (a pick or a pasted link) with the dialog's title and profile. */
  async function enqueue(
    busy: string,
    send: (target: { mediaId: number; profileId?: number; slot?: string }) => Promise<Result<DownloadJob>>,
  ): Promise<boolean> {
    const { mediaId, busy: already } = get().findTrailer;
    if (mediaId === null || already !== null) return false;
    const mine = session;
    patch({ busy, actionError: null });
    const profileId = profileToUse();
    const slot = get().findTrailer.search?.slot;
    const result = await send({
      mediaId,
      ...(profileId === undefined ? {} : { profileId }),
      ...(slot === undefined ? {} : { slot }),
    });
    if (mine !== session) return false;
    if (!result.ok) {
      patch({ busy: null, actionError: result.error });
      return false;
    }
    session++;
    get().onJobQueued(result.data);
    set({ findTrailer: closed });
    get().pushToast('success', queuedMessage(result.data));
    return true;
  }

  return {
    findTrailer: closed,

    openFindTrailer({ mediaId, label, profileId, slot }) {
      session++;
      set({
        findTrailer: {
          ...closed,
          open: true,
          mediaId,
          label,
          profileId: profileId ?? null,
          slot: slot ?? null,
        },
      });
      void get().searchTrailers();
    },

    closeFindTrailer() {
      session++;
      searchRequest++;
      set({ findTrailer: closed });
    },

    async searchTrailers(profileId, slot) {
      const { mediaId, open } = get().findTrailer;
      if (!open || mediaId === null) return;
      const mine = ++searchRequest;
      const chosen = profileId ?? get().findTrailer.profileId ?? undefined;
      // Another profile wants other videos: main picks its first missing one again.
      const video = slot ?? (profileId === undefined ? (get().findTrailer.slot ?? undefined) : undefined);
      patch({
        status: 'searching',
        profileId: chosen ?? null,
        slot: video ?? null,
        search: null,
        searchError: null,
        actionError: null,
      });
      const result = await api.procedures['discovery:findTrailer']({
        mediaId,
        ...(chosen === undefined ? {} : { profileId: chosen }),
        ...(video === undefined ? {} : { slot: video }),
      });
      if (mine !== searchRequest) return;
      if (result.ok) {
        patch({
          status: 'ready',
          search: result.data,
          profileId: result.data.profileId,
          slot: result.data.slot,
        });
      } else patch({ status: 'error', searchError: result.error });
    },

    pickCandidate(key) {
      const candidate = get().findTrailer.search?.candidates.find((c) => c.key === key);
      // Main queues the candidate it ranked, so the job keeps that score and those reasons.
      return candidate
        ? enqueue(key, (target) => api.procedures['discovery:pick']({ ...target, key }))
        : Promise.resolve(false);
    },

    async rejectCandidate(key) {
      const { mediaId, busy } = get().findTrailer;
      if (mediaId === null || busy !== null) return false;
      const mine = session;
      patch({ busy: key, actionError: null });
      const result = await api.procedures['discovery:reject']({ mediaId, key });
      if (mine !== session) return false;
      const now = get().findTrailer;
      if (!result.ok) {
        patch({ busy: null, actionError: result.error });
        return false;
      }
      patch({
        busy: null,
        search: now.search && {
          ...now.search,
          candidates: now.search.candidates.filter((c) => c.key !== key),
        },
      });
      return true;
    },

    downloadPasted(source) {
      // A pasted link fills the video the dialog's "Video" choice names, even while its search runs.
      return enqueue('paste', ({ slot: searched, ...target }) => {
        const slot = get().findTrailer.slot ?? searched;
        return api.procedures['downloads:enqueue']({ ...target, source, ...(slot ? { slot } : {}) });
      });
    },
  };
};
