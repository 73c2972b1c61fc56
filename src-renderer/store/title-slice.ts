import type { ContractError, MediaDetail, TrailerFile } from '../../src-preload/contract';
import type { LoadStatus, SliceCreator } from './types';

export interface TitleState {
  mediaId: number | null;
  detail: MediaDetail | null;
  trailers: TrailerFile[];
  status: LoadStatus;
  error: ContractError | null;
}

export interface TitleSlice {
  title: TitleState;
  openTitle(mediaId: number): Promise<void>;
  /** Refetches the open title, keeping what is shown until the new data arrives. */
  refreshTitle(): Promise<void>;
  closeTitle(): void;
  /** The download whose video the player shows (one of `title.trailers`), or null. */
  playingVideoId: number | null;
  playVideo(downloadId: number): void;
  closePlayer(): void;
}

const empty: TitleState = { mediaId: null, detail: null, trailers: [], status: 'idle', error: null };

export const createTitleSlice: SliceCreator<TitleSlice> = (api) => (set, get) => {
  async function load(mediaId: number): Promise<void> {
    const [detail, trailers] = await Promise.all([
      api.procedures['media:get']({ mediaId }),
      api.procedures['media:trailers']({ mediaId }),
    ]);
    // The person may have moved to another title meanwhile.
    if (get().title.mediaId !== mediaId) return;
    if (!detail.ok) {
      set({ title: { ...get().title, detail: null, trailers: [], status: 'error', error: detail.error } });
      return;
    }
    set({
      title: {
        mediaId,
        detail: detail.data,
        trailers: trailers.ok ? trailers.data : [],
        status: trailers.ok ? 'ready' : 'error',
        error: trailers.ok ? null : trailers.error,
      },
    });
  }

  return {
    title: empty,
    playingVideoId: null,
    async openTitle(mediaId) {
      if (get().title.mediaId === mediaId && get().title.status !== 'error') return get().refreshTitle();
      set({ title: { ...empty, mediaId, status: 'loading' }, playingVideoId: null });
      await load(mediaId);
    },
    async refreshTitle() {
      const { mediaId } = get().title;
      if (mediaId !== null) await load(mediaId);
    },
    closeTitle() {
      set({ title: empty, playingVideoId: null });
    },
    playVideo(downloadId) {
      set({ playingVideoId: downloadId });
    },
    closePlayer() {
      set({ playingVideoId: null });
    },
  };
};
